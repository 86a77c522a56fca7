/* fingerprint.c -- SHA-256 of the inputs and the settings (fingerprint.h). */
#include "load/fingerprint.h"

#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/date.h"
#include "base/fsutil.h"
#include "load/load.h"

/* A growing text for the settings; malloc'd. */
typedef struct { char *p; size_t n, cap; } Text;

static void text_add(Text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (k < 0)
        abort();
    if (t->n + (size_t)k + 1 > t->cap) {
        t->cap = (t->n + (size_t)k + 1) * 2;
        t->p = realloc(t->p, t->cap);
        if (!t->p)
            abort();
    }
    va_start(ap, fmt);
    vsnprintf(t->p + t->n, t->cap - t->n, fmt, ap);
    va_end(ap);
    t->n += (size_t)k;
}

/* An exact decimal as "num/den": the text must change with the value and
 * only with it, which a rounded form would not promise. */
static void add_rat(Text *t, const char *key, Rat r)
{
    text_add(t, "%s = %" PRId64 "/%" PRId64 "\n", key, r.num, r.den);
}

char *fingerprint_settings_text(const Settings *s)
{
    Text t = { 0 };
    char as_of[11];
    date_format(s->as_of, as_of);
    text_add(&t, "build.as_of = %s\n", as_of);
    text_add(&t, "i1.rule = %s\n", rule_names[s->rule]);
    add_rat(&t, "i1.min_delta", s->min_delta);
    text_add(&t, "i1.target = %d\ni1.by_fy = %d\n", s->i1_target, s->i1_by_fy);
    text_add(&t, "i1.baseline_edition = %d\n", s->baseline_edition);
    text_add(&t, "i1.attribution = %s\n", attribution_names[s->attribution]);
    text_add(&t, "d2.window_start_fy = %d\nd2.targets =", s->window_start_fy);
    for (int i = 0; i < s->n_d2_targets; i++)
        text_add(&t, " %d:%d", s->d2_targets[i].fy, s->d2_targets[i].target);
    text_add(&t, "\nd2.compare = %s\nd2.count =", compare_names[s->d2_compare]);
    for (int b = 0; b < BASIS_COUNT; b++)
        if (s->d2_count & BASIS_BIT(b))
            text_add(&t, " %s", basis_names[b]);
    text_add(&t, "\n");
    add_rat(&t, "stages.initial_below", s->initial_below);
    add_rat(&t, "stages.growing_below", s->growing_below);
    add_rat(&t, "stages.networking_below", s->networking_below);
    return t.p;
}

static void hex_of(GChecksum *c, char out[FP_HEX])
{
    snprintf(out, FP_HEX, "%s", g_checksum_get_string(c));
}

/* One file: absent is fine (an optional file; the loader has already
 * refused a missing required one); anything else but a regular file
 * read to its end is an error. */
static Err hash_file(FpFile *f, const char *dir, Diag *d)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, f->name) >= sizeof path) {
        diag_error(d, f->name, 0, "path too long");
        return ERR_NOINPUT;
    }
    struct stat st;
    int fd = fs_open_input(path, &st);   /* as the loader opens it */
    if (fd < 0 && errno == ENOENT)
        return ERR_OK;
    if (fd < 0 || !S_ISREG(st.st_mode)) {
        diag_error(d, f->name, 0, "cannot read it to fingerprint the inputs: %s",
                   fd < 0 ? strerror(errno) : "not a regular file");
        if (fd >= 0)
            close(fd);
        return ERR_NOINPUT;
    }
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    static unsigned char buf[1 << 16];   /* one build hashes at a time */
    ssize_t k;
    f->bytes = 0;
    while ((k = read(fd, buf, sizeof buf)) > 0) {
        g_checksum_update(c, buf, k);
        f->bytes += (uint64_t)k;
    }
    int read_errno = errno;
    close(fd);
    if (k < 0) {
        g_checksum_free(c);
        diag_error(d, f->name, 0, "cannot read it to fingerprint the inputs: %s",
                   strerror(read_errno));
        return ERR_NOINPUT;
    }
    f->present = true;
    hex_of(c, f->sha256);
    g_checksum_free(c);
    return ERR_OK;
}

int fingerprint_published(const Fingerprint *fp, PublishedFile out[PUBLISHED_FILES])
{
    int n = 0;
    for (int i = 0; i < LOAD_N_FILES && n < PUBLISHED_FILES; i++)
        if (fp->files[i].present) {
            snprintf(out[n].name, sizeof out[n].name, "%s", fp->files[i].name);
            snprintf(out[n].sha256, sizeof out[n].sha256, "%s", fp->files[i].sha256);
            n++;
        }
    return n;
}

Err fingerprint_inputs(Fingerprint *fp, const char *dir, const Settings *s, Diag *d)
{
    memset(fp, 0, sizeof *fp);
    GChecksum *all = g_checksum_new(G_CHECKSUM_SHA256);
    Err err = ERR_OK;
    char line[128];
    for (int i = 0; i < LOAD_N_FILES && !err; i++) {
        FpFile *f = &fp->files[i];
        f->name = load_file_name((LoadFileId)i);
        if (dir)
            err = hash_file(f, dir, d);
        if (err || !f->present)
            continue;
        int n = snprintf(line, sizeof line, "%s %" PRIu64 " %s\n", f->name,
                         f->bytes, f->sha256);
        g_checksum_update(all, (const guchar *)line, n);
    }
    char *text = fingerprint_settings_text(s);
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(c, (const guchar *)text, (gssize)strlen(text));
    hex_of(c, fp->settings_sha256);
    g_checksum_free(c);
    free(text);
    int n = snprintf(line, sizeof line, "settings %s\n", fp->settings_sha256);
    g_checksum_update(all, (const guchar *)line, n);
    hex_of(all, fp->overall);
    g_checksum_free(all);
    return err;
}
