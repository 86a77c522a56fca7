/* catalog.c -- the .ini files of i18n/<lang>/ read through base/inifile
 * (libinih, with line numbers and over-long lines refused), checked
 * against English.
 *
 * Long texts are written as a key line followed by indented continuation
 * lines; inih delivers each as another call for the same key, and they are
 * joined with one space between ASCII ends, directly otherwise (Japanese
 * has no spaces between words).
 */
#define _POSIX_C_SOURCE 200809L
#include "config/catalog.h"

#include <dirent.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/fsutil.h"
#include "base/inifile.h"
#include "base/utf8.h"

enum {
    MAX_CATALOG_FILE = 1 << 20,        /* bytes per .ini file */
    MAX_PAIRS = 16                     /* placeholders per catalog_format */
};

typedef struct {
    const char *key;                   /* "section.name" */
    const char *text;
    const char *file;                  /* "i18n/en/html.ini" */
    long line;
} Entry;

typedef struct {
    Entry *v;
    size_t n, cap;
    const char **files;                /* files read, "i18n/en/html.ini" */
    size_t n_files, cap_files;
} Table;

/* Keys asked for but absent.  catalog_get() takes a const Catalog, yet
 * must remember what it could not find: the set lives behind a pointer,
 * guarded by a lock so renderers may run in threads. */
typedef struct {
    pthread_mutex_t lock;
    char **keys;
    size_t n, cap;
} Missing;

struct Catalog {
    char lang[8];
    Arena arena;
    Table t;
    Missing *missing;
};

/* ---- growing arrays ---- */

static void *grow(void *v, size_t *cap, size_t size)
{
    *cap = *cap ? *cap * 2 : 64;
    void *r = realloc(v, *cap * size);
    if (!r)
        abort();
    return r;
}

static void table_add(Table *t, Entry e)
{
    if (t->n == t->cap)
        t->v = grow(t->v, &t->cap, sizeof *t->v);
    t->v[t->n++] = e;
}

static void table_add_file(Table *t, const char *file)
{
    if (t->n_files == t->cap_files)
        t->files = grow(t->files, &t->cap_files, sizeof *t->files);
    t->files[t->n_files++] = file;
}

static void table_release(Table *t)
{
    free(t->v);
    free(t->files);
    *t = (Table){0};
}

/* ---- parsing one file ---- */

typedef struct {
    Arena *arena;
    Table *t;
    const char *file;
    Diag *d;
    size_t last;                       /* entry of the last key line + 1 */
} Reader;

static bool is_ascii(unsigned char c) { return c < 0x80; }

static bool on_entry(void *user, const IniEntry *ie)
{
    Reader *r = user;
    if (ie->continued && r->last) {
        Entry *e = &r->t->v[r->last - 1];
        size_t n = strlen(e->text);
        bool space = n && *ie->value && is_ascii((unsigned char)e->text[n - 1])
                     && is_ascii((unsigned char)*ie->value);
        e->text = arena_printf(r->arena, "%s%s%s", e->text, space ? " " : "",
                               ie->value);
        return true;
    }
    r->last = 0;
    if (!*ie->section) {
        diag_error(r->d, r->file, ie->line, "key '%s' outside a [section]",
                   ie->key);
        return true;
    }
    table_add(r->t, (Entry){ arena_printf(r->arena, "%s.%s", ie->section,
                                          ie->key),
                             arena_strdup(r->arena, ie->value), r->file,
                             ie->line });
    r->last = r->t->n;
    return true;
}

static bool parse_file(Arena *a, Table *t, const char *path, const char *file,
                       Diag *d)
{
    size_t n = 0;
    char *buf = fs_read_file(path, MAX_CATALOG_FILE, &n);
    if (!buf) {
        diag_error(d, file, 0, "cannot read: %s (at most %d bytes)",
                   strerror(errno), MAX_CATALOG_FILE);
        return false;
    }
    static const char syntax[] = "expected 'key = text', '[section]' or an "
                                 "indented continuation line";
    IniSource src = { file, syntax, "continue the text on indented lines" };
    Reader r = { a, t, file, d, 0 };
    size_t errors = d->errors;
    bool ok = inifile_parse(&src, buf, n, on_entry, &r, d) && d->errors == errors;
    free(buf);
    return ok;
}

/* ---- one language folder ---- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && !strcmp(s + n - k, suffix);
}

/* The *.ini names of a folder, sorted (readdir order is not stable). */
static char **list_ini(const char *dir, size_t *n)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return NULL;
    char **v = NULL;
    size_t cap = 0;
    *n = 0;
    for (struct dirent *de; (de = readdir(dp));) {
        if (de->d_name[0] == '.' || !ends_with(de->d_name, ".ini"))
            continue;
        if (*n == cap)
            v = grow(v, &cap, sizeof *v);
        v[(*n)++] = strdup(de->d_name);
    }
    closedir(dp);
    if (!v)
        v = calloc(1, sizeof *v);
    qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

static int cmp_entry(const void *pa, const void *pb)
{
    const Entry *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    if (!c)
        c = strcmp(a->file, b->file);
    return c ? c : (a->line > b->line) - (a->line < b->line);
}

static void check_duplicates(const Table *t, Diag *d)
{
    for (size_t i = 1; i < t->n; i++)
        if (!strcmp(t->v[i].key, t->v[i - 1].key))
            diag_error(d, t->v[i].file, t->v[i].line,
                       "duplicate key '%s' (first defined at %s:%ld)",
                       t->v[i].key, t->v[i - 1].file, t->v[i - 1].line);
}

/* Read the .ini files of i18n/<lang>/ under `root` into `t`, sorted by
 * key. */
static bool load_lang(Arena *a, Table *t, const char *root, const char *lang,
                      Diag *d)
{
    const char *dir = arena_printf(a, "%s/i18n/%s", root, lang);
    size_t n = 0;
    char **names = list_ini(dir, &n);
    if (!names || n == 0) {
        diag_error(d, arena_printf(a, "i18n/%s", lang), 0,
                   "no catalogue for language '%s' (no .ini file)", lang);
        free(names);
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < n; i++) {
        const char *file = arena_printf(a, "i18n/%s/%s", lang, names[i]);
        const char *path = arena_printf(a, "%s/%s", dir, names[i]);
        table_add_file(t, file);
        ok &= parse_file(a, t, path, file, d);
        free(names[i]);
    }
    free(names);
    if (t->n > 1)
        qsort(t->v, t->n, sizeof *t->v, cmp_entry);
    check_duplicates(t, d);
    return ok;
}

/* ---- checking a translation against English ---- */

static const char *base_name(const char *file)
{
    const char *s = strrchr(file, '/');
    return s ? s + 1 : file;
}

static bool has_file(const Table *t, const char *base)
{
    for (size_t i = 0; i < t->n_files; i++)
        if (!strcmp(base_name(t->files[i]), base))
            return true;
    return false;
}

static void check_pair(const Entry *en, const Entry *xx, Diag *d)
{
    if (strcmp(base_name(en->file), base_name(xx->file)))
        diag_error(d, xx->file, xx->line, "key '%s' belongs in %s "
                   "(as in %s)", xx->key, base_name(en->file), en->file);
}

static void report_missing(const Entry *en, const Table *xx, const char *lang,
                           Arena *a, Diag *d)
{
    const char *base = base_name(en->file);
    const char *file = arena_printf(a, "i18n/%s/%s", lang, base);
    if (has_file(xx, base))
        diag_error(d, file, 0, "missing key '%s' (defined in %s)", en->key,
                   en->file);
}

/* Every key of English in the translation and nothing else (§4). */
static void check_against(const Table *en, const Table *xx, const char *lang,
                          Arena *a, Diag *d)
{
    for (size_t f = 0; f < en->n_files; f++)
        if (!has_file(xx, base_name(en->files[f])))
            diag_error(d, arena_printf(a, "i18n/%s/%s", lang,
                                       base_name(en->files[f])),
                       0, "missing file (%s has its keys)", en->files[f]);
    size_t i = 0, j = 0;
    while (i < en->n || j < xx->n) {
        int c = i == en->n ? 1 : j == xx->n ? -1
              : strcmp(en->v[i].key, xx->v[j].key);
        if (c < 0) {
            if (!i || strcmp(en->v[i].key, en->v[i - 1].key))
                report_missing(&en->v[i], xx, lang, a, d);
            i++;
        } else if (c > 0) {    /* a duplicate was reported already */
            if (!j || strcmp(xx->v[j].key, xx->v[j - 1].key))
                diag_error(d, xx->v[j].file, xx->v[j].line, "key '%s' is not "
                           "in the reference catalogue i18n/en/", xx->v[j].key);
            j++;
        } else
            check_pair(&en->v[i++], &xx->v[j++], d);
    }
}

/* ---- public ---- */

static bool lang_valid(const char *lang)
{
    size_t n = strspn(lang, "abcdefghijklmnopqrstuvwxyz");
    return n >= 2 && n <= 3 && !lang[n];
}

static Catalog *catalog_new(const char *lang)
{
    Catalog *c = calloc(1, sizeof *c);
    Missing *m = calloc(1, sizeof *m);
    if (!c || !m)
        abort();
    snprintf(c->lang, sizeof c->lang, "%s", lang);
    pthread_mutex_init(&m->lock, NULL);
    c->missing = m;
    return c;
}

Err catalog_load(Catalog **out, const char *root, const char *lang, Diag *d)
{
    *out = NULL;
    if (!lang_valid(lang)) {
        diag_error(d, "i18n", 0, "unknown language '%s' (expected a code "
                   "such as 'en' or 'ja')", lang);
        return ERR_CONFIG;
    }
    size_t before = d->errors;
    Catalog *c = catalog_new(lang);
    bool ok = load_lang(&c->arena, &c->t, root, "en", d);
    if (ok && strcmp(lang, "en")) {
        Table xx = {0};
        ok = load_lang(&c->arena, &xx, root, lang, d);
        if (ok)
            check_against(&c->t, &xx, lang, &c->arena, d);
        table_release(&c->t);
        c->t = xx;
    }
    if (!ok || d->errors > before) {
        catalog_free(c);
        return ERR_CONFIG;
    }
    *out = c;
    return ERR_OK;
}

void catalog_free(Catalog *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->missing->n; i++)
        free(c->missing->keys[i]);
    free(c->missing->keys);
    pthread_mutex_destroy(&c->missing->lock);
    free(c->missing);
    table_release(&c->t);
    arena_release(&c->arena);
    free(c);
}

const char *catalog_lang(const Catalog *c) { return c->lang; }

static int cmp_key(const void *key, const void *e)
{
    return strcmp(key, ((const Entry *)e)->key);
}

static const char *remember_missing(Missing *m, const char *key)
{
    pthread_mutex_lock(&m->lock);
    const char *r = NULL;
    for (size_t i = 0; i < m->n && !r; i++)
        if (!strcmp(m->keys[i], key))
            r = m->keys[i];
    if (!r) {
        if (m->n == m->cap)
            m->keys = grow(m->keys, &m->cap, sizeof *m->keys);
        char *k = strdup(key);
        if (!k)
            abort();
        r = m->keys[m->n++] = k;
    }
    pthread_mutex_unlock(&m->lock);
    return r;
}

const char *catalog_get(const Catalog *c, const char *key)
{
    const Entry *e = c->t.n ? bsearch(key, c->t.v, c->t.n, sizeof *c->t.v,
                                      cmp_key) : NULL;
    return e ? e->text : remember_missing(c->missing, key);
}

size_t catalog_missing(const Catalog *c, Diag *d)
{
    Missing *m = c->missing;
    pthread_mutex_lock(&m->lock);
    if (m->n > 1)
        qsort(m->keys, m->n, sizeof *m->keys, cmp_str);
    for (size_t i = 0; i < m->n; i++) {
        /* English is the reference: the key belongs in its section's file. */
        int sec = (int)strcspn(m->keys[i], ".");
        char file[300];
        snprintf(file, sizeof file, "i18n/en/%.*s.ini", sec, m->keys[i]);
        diag_error(d, file, 0, "missing key '%s' (asked for by the program)",
                   m->keys[i]);
    }
    size_t n = m->n;
    pthread_mutex_unlock(&m->lock);
    return n;
}

/* ---- placeholders ---- */

typedef struct {
    char *p;
    size_t n, cap;
} Out;

static void out_add(Out *o, const char *s, size_t n)
{
    if (o->n + n + 1 > o->cap) {
        while (o->n + n + 1 > o->cap)
            o->cap = o->cap ? o->cap * 2 : 128;
        o->p = realloc(o->p, o->cap);
        if (!o->p)
            abort();
    }
    memcpy(o->p + o->n, s, n);
    o->n += n;
    o->p[o->n] = '\0';
}

/* `text` with each {name} of names[] replaced; other braces stay as they
 * are.  Returns a malloc'd string. */
static char *expand(const char *text, const char *const *names,
                    const char *const *values, size_t k)
{
    Out o = {0};
    out_add(&o, "", 0);
    for (const char *p = text; *p;) {
        const char *b = strchr(p, '{');
        if (!b) {
            out_add(&o, p, strlen(p));
            break;
        }
        out_add(&o, p, (size_t)(b - p));
        const char *e = strchr(b, '}');
        size_t i = 0;
        for (; e && i < k; i++)
            if (strlen(names[i]) == (size_t)(e - b - 1)
                && !memcmp(names[i], b + 1, (size_t)(e - b - 1)))
                break;
        if (e && i < k) {
            out_add(&o, values[i], strlen(values[i]));
            p = e + 1;
        } else {
            out_add(&o, b, 1);
            p = b + 1;
        }
    }
    return o.p;
}

char *catalog_vformat(const Catalog *c, const char *key, va_list ap)
{
    const char *names[MAX_PAIRS], *values[MAX_PAIRS];
    size_t k = 0;
    for (const char *name; (name = va_arg(ap, const char *));) {
        const char *value = va_arg(ap, const char *);
        if (k < MAX_PAIRS) {
            names[k] = name;
            values[k++] = value ? value : "";
        }
    }
    return expand(catalog_get(c, key), names, values, k);
}

char *catalog_format(const Catalog *c, const char *key, ...)
{
    va_list ap;
    va_start(ap, key);
    char *s = catalog_vformat(c, key, ap);
    va_end(ap);
    return s;
}

/* Copy into buf[n], never cutting a UTF-8 sequence in two. */
static void copy_out(char *buf, size_t n, char *s)
{
    if (!n) {
        free(s);
        return;
    }
    size_t len = utf8_cut(s, strlen(s), n - 1);
    memcpy(buf, s, len);
    buf[len] = '\0';
    free(s);
}

void catalog_date(const Catalog *c, Date dt, char *buf, size_t n)
{
    catalog_date_prec(c, dt, DATE_PREC_DAY, buf, n);
}

void catalog_date_prec(const Catalog *c, Date dt, DatePrec prec, char *buf,
                       size_t n)
{
    static const char *const formats[] = { "common.date_format",
        "common.date_format_month", "common.date_format_year" };
    int y, m, d;
    date_to_ymd(dt, &y, &m, &d);
    char sy[16], sm[8], sd[8], key[32];
    snprintf(sy, sizeof sy, "%d", y);
    snprintf(sm, sizeof sm, "%d", m);
    snprintf(sd, sizeof sd, "%d", d);
    snprintf(key, sizeof key, "common.month_%d", m);
    const char *names[] = { "year", "month", "day", "month_name" };
    const char *values[] = { sy, sm, sd, catalog_get(c, key) };
    copy_out(buf, n, expand(catalog_get(c, formats[prec]), names, values, 4));
}

void catalog_quarter(const Catalog *c, int fy, int q, char *buf, size_t n)
{
    char sfy[16], sq[16];
    snprintf(sfy, sizeof sfy, "%d", fy);
    snprintf(sq, sizeof sq, "%d", q);
    const char *names[] = { "fy", "q" };
    const char *values[] = { sfy, sq };
    copy_out(buf, n, expand(catalog_get(c, "common.quarter_format"), names,
                            values, 2));
}
