/* child: the process the charts are drawn in (pipeline/child.h).  It
 * starts its job only on the go child_release() sends; a build that dies
 * first closes the channel without one, and then the job must never run
 * -- it would make the temporary folder again after the signal's cleaner
 * removed it (seen once in the clean-clone CI's e2e_signals). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pipeline/child.h"
#include "support.h"

/* The job: make the file `arg` names. */
static Err touch(void *arg, Diag *d, bool in_child)
{
    (void)d;
    (void)in_child;
    FILE *f = fopen(arg, "w");
    if (f)
        fclose(f);
    return f ? ERR_OK : ERR_WRITE;
}

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void the_job_runs_on_the_go(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/ran", test_tmpdir("child_go"));
    ChildProc c = child_start(touch, path);
    assert_true(c.pid > 0);
    assert_false(exists(path));   /* it waits for the go */
    Diag d = DIAG_INIT;
    assert_int_equal(child_finish(&c, "charts", &d), ERR_OK);
    assert_true(exists(path));
    diag_release(&d);
}

/* As when the build dies of a signal: its end of the channel closes
 * with no go sent. */
static void the_job_never_runs_when_the_channel_closes_without_a_go(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/ran", test_tmpdir("child_no_go"));
    ChildProc c = child_start(touch, path);
    assert_true(c.pid > 0);
    close(c.go);
    c.go = -1;
    Diag d = DIAG_INIT;
    assert_int_equal(child_finish(&c, "charts", &d), ERR_RENDER);
    assert_false(exists(path));
    diag_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_job_runs_on_the_go),
        cmocka_unit_test(the_job_never_runs_when_the_channel_closes_without_a_go),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
