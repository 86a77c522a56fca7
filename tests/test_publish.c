/* publish: the output folder swap (SPEC §5) never destroys what the build
 * did not make (issue 9): publish_check_out() refuses dangerous folders,
 * fs_remove_tree() never follows a link, every output carries the
 * marker that lets the next build replace it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "publish/publish.h"
#include "support.h"

static char base[2048];

static const char *at(const char *rel)
{
    static char buf[4][4096];  /* base (< 2048) and a short name */
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", base, rel);
    return buf[k];
}

static void touch(const char *path)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("x\n", f);
    fclose(f);
}

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

static int setup(void **state)
{
    (void)state;
    snprintf(base, sizeof base, "%s", test_tmpdir("publish"));
    mkdir(at("data"), 0777);
    touch(at("data/countries.csv"));
    mkdir(at("theirs"), 0777);
    touch(at("theirs/precious.txt"));
    mkdir(at("empty"), 0777);
    mkdir(at("kept"), 0777);
    touch(at("kept/.gitkeep"));
    mkdir(at("old"), 0777);
    touch(at("old/" PUBLISH_MARKER));
    touch(at("old/index.html"));
    touch(at("afile"));
    assert_int_equal(symlink(at("theirs"), at("link")), 0);
    return 0;
}

/* The first line diag_print() gives for a check of `out`, "" if none. */
static Err check(const char *out, char *msg, size_t n)
{
    Diag d = DIAG_INIT;
    const char *keep[] = { at("data"), NULL, base };
    Err e = publish_check_out(out, keep, 3, &d);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    diag_print(&d, f);
    fclose(f);
    snprintf(msg, n, "%s", text);
    free(text);
    diag_release(&d);
    return e;
}

static void refused(const char *out, const char *why)
{
    char msg[1024];
    assert_int_equal(check(out, msg, sizeof msg), ERR_WRITE);
    if (!strstr(msg, why))
        fail_msg("--out %s: '%s' lacks '%s'", out, msg, why);
}

static void accepted(const char *out)
{
    char msg[1024];
    Err e = check(out, msg, sizeof msg);
    if (e)
        fail_msg("--out %s refused: %s", out, msg);
}

static void root_dot_and_dotdot_are_refused(void **state)
{
    (void)state;
    refused("/", "not '/', '.' or '..'");
    refused(".", "not '/', '.' or '..'");
    refused("..", "not '/', '.' or '..'");
    refused(at("empty/.."), "not '/', '.' or '..'");
    refused(at("empty/."), "not '/', '.' or '..'");
    refused("", "not '/', '.' or '..'");
    refused("///", "not '/', '.' or '..'");
}

static void the_data_folder_or_a_folder_holding_it_is_refused(void **state)
{
    (void)state;
    refused(at("data"), "it is or contains");
    refused(at("data/"), "it is or contains");
    refused(at("data//"), "it is or contains");
    refused(base, "it is or contains");        /* holds the data */
    char up[4096];
    snprintf(up, sizeof up, "%s/../%s", at("empty"), "data");
    refused(up, "it is or contains");           /* same folder, other name */
}

static void a_file_or_a_link_is_refused(void **state)
{
    (void)state;
    refused(at("afile"), "is not a folder");
    refused(at("link"), "symbolic link");
    refused(at("link/"), "symbolic link");
}

static void a_foreign_non_empty_folder_is_refused(void **state)
{
    (void)state;
    refused(at("theirs"), "not the output of an earlier build");
    assert_true(exists(at("theirs/precious.txt")));
}

static void new_empty_gitkeep_and_earlier_outputs_are_accepted(void **state)
{
    (void)state;
    accepted(at("new"));
    accepted(at("new/deeper/still"));
    accepted(at("empty"));
    accepted(at("kept"));
    accepted(at("old"));
    accepted(at("data/output"));   /* inside the data folder: data kept */
}

static void remove_tree_unlinks_a_link_without_following_it(void **state)
{
    (void)state;
    mkdir(at("victim"), 0777);
    touch(at("victim/keep.txt"));
    mkdir(at("tree"), 0777);
    assert_int_equal(symlink(at("victim"), at("tree/inner")), 0);
    assert_int_equal(symlink(at("victim"), at("toplink")), 0);
    fs_remove_tree(at("tree"));
    fs_remove_tree(at("toplink"));
    assert_false(exists(at("tree")));
    assert_false(exists(at("toplink")));
    assert_true(exists(at("victim/keep.txt")));
}

static void a_gitkeep_in_the_old_output_is_kept(void **state)
{
    (void)state;
    Publish p = { 0 };
    Diag d = DIAG_INIT;
    mkdir(at("repo_out"), 0777);
    FILE *f = fopen(at("repo_out/.gitkeep"), "w");
    assert_non_null(f);
    fclose(f);
    assert_int_equal(publish_begin(&p, at("repo_out"), &d), ERR_OK);
    assert_int_equal(publish_commit(&p, &d), ERR_OK);
    assert_true(exists(at("repo_out/.gitkeep")));
    assert_true(exists(at("repo_out/" PUBLISH_MARKER)));
    assert_int_equal(publish_begin(&p, at("site2"), &d), ERR_OK);
    assert_int_equal(publish_commit(&p, &d), ERR_OK);
    assert_false(exists(at("site2/.gitkeep")));   /* none where none was */
    diag_release(&d);
}

static void a_published_folder_carries_the_marker(void **state)
{
    (void)state;
    Publish p = { 0 };
    Diag d = DIAG_INIT;
    assert_int_equal(publish_begin(&p, at("site"), &d), ERR_OK);
    assert_int_equal(publish_commit(&p, &d), ERR_OK);
    assert_true(exists(at("site/" PUBLISH_MARKER)));
    accepted(at("site"));                /* the next build may replace it */
    diag_release(&d);
}

/* Issue 21.5: a second build into the same output deleted the first's
 * temporary folder while it wrote.  flock locks belong to an open file,
 * so a second publish_begin() in this process meets the first's lock as
 * another process would. */
static void a_second_build_into_one_output_is_refused_while_the_first_writes(void **state)
{
    (void)state;
    Publish p1, p2;
    Diag d = DIAG_INIT;
    assert_int_equal(publish_begin(&p1, at("locked"), &d), ERR_OK);
    char in_tmp[4200];
    snprintf(in_tmp, sizeof in_tmp, "%s/page.html", p1.tmp);
    touch(in_tmp);
    assert_int_equal(publish_begin(&p2, at("locked"), &d), ERR_WRITE);
    assert_int_equal(d.errors, 1);
    char want[4300];
    snprintf(want, sizeof want, "another build is writing %s (pid %ld)",
             at("locked"), (long)getpid());
    assert_string_equal(d.items[0].msg, want);
    assert_true(exists(in_tmp));               /* the first's work is intact */
    assert_int_equal(publish_commit(&p1, &d), ERR_OK);
    assert_true(exists(at("locked/page.html")));
    assert_int_equal(publish_begin(&p2, at("locked"), &d), ERR_OK);  /* released */
    publish_abort(&p2);
    assert_int_equal(d.errors, 1);
    diag_release(&d);
}

/* Issue 21.5: leftovers are removed only when their process is gone. */
static void leftovers_of_living_processes_are_kept(void **state)
{
    (void)state;
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0)
        _exit(0);
    assert_int_equal(waitpid(child, NULL, 0), child);   /* now gone */
    char dead[4096], alive[4096], old[4096];
    snprintf(dead, sizeof dead, "%s/.left.tmp-%ld", base, (long)child);
    snprintf(alive, sizeof alive, "%s/.left.tmp-%ld", base, (long)getppid());
    snprintf(old, sizeof old, "%s/.left.old-%ld", base, (long)child);
    assert_int_equal(mkdir(dead, 0777), 0);
    assert_int_equal(mkdir(alive, 0777), 0);
    assert_int_equal(mkdir(old, 0777), 0);
    Publish p;
    Diag d = DIAG_INIT;
    assert_int_equal(publish_begin(&p, at("left"), &d), ERR_OK);
    assert_false(exists(dead));
    assert_false(exists(old));
    assert_true(exists(alive));
    publish_abort(&p);
    rmdir(alive);
    diag_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(root_dot_and_dotdot_are_refused),
        cmocka_unit_test(the_data_folder_or_a_folder_holding_it_is_refused),
        cmocka_unit_test(a_file_or_a_link_is_refused),
        cmocka_unit_test(a_foreign_non_empty_folder_is_refused),
        cmocka_unit_test(new_empty_gitkeep_and_earlier_outputs_are_accepted),
        cmocka_unit_test(remove_tree_unlinks_a_link_without_following_it),
        cmocka_unit_test(a_published_folder_carries_the_marker),
        cmocka_unit_test(a_gitkeep_in_the_old_output_is_kept),
        cmocka_unit_test(a_second_build_into_one_output_is_refused_while_the_first_writes),
        cmocka_unit_test(leftovers_of_living_processes_are_kept),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
