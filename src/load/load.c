/* load.c -- the six CSV files of SPEC §2 into a Model.
 *
 * One table-driven loader: each file is a FileSpec (its columns, which are
 * required, which cells may not be empty, and a row function).  csvread
 * hands over records; the first one maps header names to column ids; each
 * later record is spread into `cell[]` by column id and checked by the
 * file's row function, which appends a record to the Model when its keys
 * are sound.  Cross-file references use lookups built during the load
 * (model_index() builds the model's own only at the end).  Tables grow in
 * malloc'd arrays and move into the arena once, at the end.
 */
#include "load/load.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "base/arena.h"
#include "base/utf8.h"
#include "load/csvread.h"

#define MAX_COLS 16
#define ISO3_SLOTS (26 * 26 * 26)

typedef struct Loader Loader;

typedef struct {
    const char *file;
    const char *cols[MAX_COLS];
    unsigned required;        /* bit c: column c must be in the header */
    unsigned nonempty;        /* bit c: its cells may not be empty */
    void (*row)(Loader *L);
} FileSpec;

struct Loader {
    Model *m;
    Diag *d;
    const Settings *s;
    const FileSpec *fs;
    long line;

    int *colmap;              /* header position -> column id or -1 */
    size_t n_hdr;
    bool have_header;
    unsigned missing;         /* required columns absent from the header */
    CsvField cell[MAX_COLS];

    int32_t *iso3;            /* ISO3_SLOTS: country index or -1 */
    struct Slot *pslots;      /* project_id hash, capacity pcap */
    size_t pcap;
    size_t *plen, *koff;      /* each project's id: length, offset in keys */
    size_t plen_cap;
    char *keys;               /* every project id, back to back */
    size_t klen, kcap;
    int32_t last_project;     /* last project found, or -1 */
    int32_t *gci_seen;        /* [country * n_editions + edition]: row */
    size_t cap[6];            /* room of the six growing tables */

    Participation *part;      /* participation rows, room cap[T_PART] */
    size_t n_part;
    char *hdr_text;           /* a copy of the current file's header */
    CsvField *hdr;
    size_t n_hdr_copy;

    int *tmp_int;             /* scratch for one multi-valued cell */
    CsvField *tmp_str;
    size_t tmp_cap;
};

enum { T_COUNTRIES, T_EDITIONS, T_GCI, T_PROJECTS, T_PART, T_ASSESS };


/* ---- small helpers ---- */


/* Room for one more element in a growing table (geometric growth). */
static void *grow(void *p, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return p;
    *cap = *cap ? *cap * 2 : 64;
    return xrealloc(p, *cap * size);
}

static void err(Loader *L, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void err(Loader *L, const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(L->d, L->fs->file, L->line, "%s", msg);
}

static void warn(Loader *L, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void warn(Loader *L, const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_warning(L->d, L->fs->file, L->line, "%s", msg);
}

/* A value is quoted in messages up to 100 bytes, cut on a UTF-8 boundary,
 * so a 64 kB cell cannot drown the report. */
static int shown(CsvField f)
{
    return (int)utf8_cut(f.p, f.len, 100);
}
#define V(f) shown(f), (f).p

static const char *col(const Loader *L, int c) { return L->fs->cols[c]; }

static CsvField cell(const Loader *L, int c) { return L->cell[c]; }

static bool is_empty(CsvField f) { return f.len == 0; }

/* Arena copy of a cell; NULL when it is empty. */
static const char *opt_str(Loader *L, int c)
{
    CsvField f = cell(L, c);
    return f.len ? arena_strndup(&L->m->arena, f.p, f.len) : NULL;
}

/* Arena copy of a required cell ("" when empty: the error is noted). */
static const char *req_str(Loader *L, int c)
{
    CsvField f = cell(L, c);
    return arena_strndup(&L->m->arena, f.p, f.len);
}

static bool parse_uint(CsvField f, int64_t max, int64_t *out)
{
    if (f.len == 0 || f.len > 18)
        return false;
    int64_t v = 0;
    for (size_t i = 0; i < f.len; i++) {
        if (f.p[i] < '0' || f.p[i] > '9')
            return false;
        v = v * 10 + (f.p[i] - '0');
    }
    if (v > max)
        return false;
    *out = v;
    return true;
}

static bool parse_year(CsvField f, int *out)
{
    int64_t v;
    if (f.len != 4 || !parse_uint(f, 9999, &v) || v < 1000)
        return false;
    *out = (int)v;
    return true;
}

/* "20" for an integer, else the exact value to 2 decimals ("20.50"). */
static const char *rat_text(Rat r, char buf[32])
{
    if (r.den == 1)
        snprintf(buf, 32, "%lld", (long long)r.num);
    else
        rat_format2(r, buf);
    return buf;
}

static int iso3_slot(CsvField f)
{
    if (f.len != 3)
        return -1;
    for (int i = 0; i < 3; i++)
        if (f.p[i] < 'A' || f.p[i] > 'Z')
            return -1;
    return ((f.p[0] - 'A') * 26 + (f.p[1] - 'A')) * 26 + (f.p[2] - 'A');
}

/* The slot of a well-formed code, or -1 with the error noted.  Empty
 * cells are left to the required-cell check. */
static int iso3_checked(Loader *L, int c, CsvField f)
{
    int slot = iso3_slot(f);
    if (slot < 0 && !is_empty(f))
        err(L, "column '%s': invalid country code '%.*s', expected three "
               "upper-case letters (ISO 3166-1 alpha-3)", col(L, c), V(f));
    return slot;
}

/* Index of a country declared in countries.csv, or -1 (noted). */
static int country_ref(Loader *L, int c, CsvField f)
{
    int slot = iso3_checked(L, c, f);
    if (slot < 0)
        return -1;
    int idx = L->iso3[slot];
    if (idx < 0)
        err(L, "column '%s': unknown country code '%.*s'", col(L, c), V(f));
    return idx;
}

/* A date cell: true with *out set when valid; false when empty or bad
 * (bad noted). */
static bool date_cell(Loader *L, int c, Date *out)
{
    CsvField f = cell(L, c);
    if (is_empty(f))
        return false;
    if (date_parse(f.p, f.len, out))
        return true;
    err(L, "column '%s': invalid date '%.*s', expected a real day written "
           "YYYY-MM-DD", col(L, c), V(f));
    return false;
}

/* A token cell through `lookup`: its value, or -1 when empty or unknown
 * (unknown noted with the list of allowed values). */
static int token_cell(Loader *L, int c, const char *what,
                      int (*lookup)(const char *, size_t), const char *allowed)
{
    CsvField f = cell(L, c);
    if (is_empty(f))
        return -1;
    int v = lookup(f.p, f.len);
    if (v < 0)
        err(L, "column '%s': unknown %s '%.*s', expected %s", col(L, c), what,
            V(f), allowed);
    return v;
}

static const char stage_list[] =
    "initial, growing, networking or self_sustaining";
static const char pillar_list[] =
    "legal, technical, organizational, capacity_development or cooperation";
static const char scheme_list[] =
    "technical_cooperation, training, expert_dispatch, seminar, grant_aid, "
    "loan, triangular or other";

/* Split a multi-valued cell on ';' into trimmed, non-empty items, in
 * L->tmp_str; returns their number. */
static size_t split_items(Loader *L, CsvField f)
{
    size_t n = 0;
    const char *p = f.p, *end = f.p + f.len;
    while (p <= end) {
        const char *q = memchr(p, ';', (size_t)(end - p));
        if (!q)
            q = end;
        const char *a = p, *b = q;
        while (a < b && (*a == ' ' || *a == '\t'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
            b--;
        if (b > a) {
            if (n == L->tmp_cap) {
                L->tmp_cap = L->tmp_cap ? L->tmp_cap * 2 : 16;
                L->tmp_str = xrealloc(L->tmp_str, L->tmp_cap * sizeof *L->tmp_str);
                L->tmp_int = xrealloc(L->tmp_int, L->tmp_cap * sizeof *L->tmp_int);
            }
            L->tmp_str[n++] = (CsvField){ a, (size_t)(b - a) };
        }
        p = q + 1;
    }
    return n;
}

static bool same(CsvField a, CsvField b)
{
    return a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

/* True (and a warning) when item i repeats an earlier item of the cell. */
static bool repeated(Loader *L, int c, size_t i)
{
    for (size_t k = 0; k < i; k++)
        if (same(L->tmp_str[k], L->tmp_str[i])) {
            warn(L, "column '%s': duplicate value '%.*s' (kept once)",
                 col(L, c), V(L->tmp_str[i]));
            return true;
        }
    return false;
}

/* ---- project_id hash (open addressing, load <= 1/2) ---- */

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603u;      /* FNV-1a, as model.c */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211u;
    }
    return h;
}

/* A slot holds a project index and its hash's upper half, so a probe
 * rarely touches a project record that is not the one sought. */
typedef struct Slot {
    int32_t project;          /* -1: empty */
    uint32_t hash;
} Slot;

static bool id_is(const Loader *L, int32_t p, const char *id, size_t n)
{
    return L->plen[p] == n && memcmp(L->keys + L->koff[p], id, n) == 0;
}

static size_t project_probe(const Loader *L, const char *id, size_t n,
                            uint64_t h)
{
    uint32_t tag = (uint32_t)(h >> 32);
    size_t i = (size_t)h & (L->pcap - 1);
    for (Slot *s; (s = &L->pslots[i])->project >= 0;
         i = (i + 1) & (L->pcap - 1))
        if (s->hash == tag && id_is(L, s->project, id, n))
            break;
    return i;
}

static void project_put(Loader *L, int32_t p)
{
    const char *id = L->keys + L->koff[p];
    uint64_t h = hash_bytes(id, L->plen[p]);
    L->pslots[project_probe(L, id, L->plen[p], h)] =
        (Slot){ p, (uint32_t)(h >> 32) };
}

/* Index of the project `f`, or -1.  Participation rows usually come in
 * runs of one project: the last hit is tried first. */
static int project_find(Loader *L, CsvField f)
{
    if (!L->pcap)
        return -1;
    if (L->last_project >= 0 && id_is(L, L->last_project, f.p, f.len))
        return L->last_project;
    int32_t p = L->pslots[project_probe(L, f.p, f.len,
                                        hash_bytes(f.p, f.len))].project;
    if (p >= 0)
        L->last_project = p;
    return p;
}

static void project_rehash(Loader *L)
{
    size_t cap = L->pcap ? L->pcap * 2 : 64;
    free(L->pslots);
    L->pslots = xrealloc(NULL, cap * sizeof *L->pslots);
    L->pcap = cap;
    for (size_t i = 0; i < cap; i++)
        L->pslots[i] = (Slot){ -1, 0 };
    for (int p = 0; p < L->m->n_projects; p++)
        project_put(L, p);
}

/* Note the project just appended in the lookup.  Its id is also copied
 * into `keys`, one compact buffer, so that the million look-ups of a big
 * participation.csv stay in cache. */
static void project_add(Loader *L, CsvField id)
{
    int p = L->m->n_projects - 1;
    size_t room = L->plen_cap;
    L->plen = grow(L->plen, (size_t)p, &room, sizeof *L->plen);
    L->koff = grow(L->koff, (size_t)p, &L->plen_cap, sizeof *L->koff);
    L->plen[p] = id.len;
    L->koff[p] = L->klen;
    if (L->klen + id.len > L->kcap) {
        while (L->klen + id.len > L->kcap)
            L->kcap = L->kcap ? L->kcap * 2 : 4096;
        L->keys = xrealloc(L->keys, L->kcap);
    }
    memcpy(L->keys + L->klen, id.p, id.len);
    L->klen += id.len;
    if ((size_t)L->m->n_projects * 2 > L->pcap)
        project_rehash(L);
    else
        project_put(L, p);
}

/* ---- countries.csv ---- */

enum { CO_ISO3, CO_NAME, CO_REGION, CO_TARGET_STAGE, CO_NAME_JA };

static const char *region_cell(Loader *L)
{
    CsvField f = cell(L, CO_REGION);
    int r = region_from_name(f.p, f.len);
    if (r >= 0)
        return region_names[r];   /* static: the one list, model.h */
    if (!is_empty(f)) {
        char list[512] = "";
        for (int i = 0; i < REGION_COUNT; i++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s",
                     i ? ", " : "", region_names[i]);
        err(L, "column 'region': unknown region '%.*s', expected one of %s",
            V(f), list);
    }
    return arena_strndup(&L->m->arena, f.p, f.len);
}

static void row_country(Loader *L)
{
    Model *m = L->m;
    CsvField iso = cell(L, CO_ISO3);
    int slot = iso3_checked(L, CO_ISO3, iso);
    Country c = { .line = L->line };
    c.name = req_str(L, CO_NAME);
    c.name_ja = opt_str(L, CO_NAME_JA);
    c.region = region_cell(L);
    int st = token_cell(L, CO_TARGET_STAGE, "stage", stage_from_name,
                        stage_list);
    c.target_stage = st < 0 ? STAGE_NONE : (Stage)st;
    if (slot < 0)
        return;
    if (L->iso3[slot] >= 0) {
        err(L, "duplicate iso3 '%.*s' (first on line %ld)", V(iso),
            m->countries[L->iso3[slot]].line);
        return;
    }
    memcpy(c.iso3, iso.p, 3);
    m->countries = grow(m->countries, (size_t)m->n_countries,
                        &L->cap[T_COUNTRIES], sizeof *m->countries);
    L->iso3[slot] = m->n_countries;
    m->countries[m->n_countries++] = c;
}

/* ---- gci_editions.csv ---- */

enum { ED_EDITION, ED_PUBLISHED, ED_PILLAR_MAX, ED_OVERALL_MAX,
       ED_PUBLISHED_REPORTED, ED_SOURCE };

static int edition_find(const Model *m, int year)
{
    for (int e = 0; e < m->n_editions; e++)
        if (m->editions[e].year == year)
            return e;
    return -1;
}

/* A positive decimal maximum; RAT_ZERO when empty or bad (noted). */
static Rat max_cell(Loader *L, int c)
{
    CsvField f = cell(L, c);
    Rat r;
    if (is_empty(f))
        return RAT_ZERO;
    if (rat_parse(f.p, f.len, &r) && r.num > 0)
        return r;
    err(L, "column '%s': invalid maximum '%.*s', expected a positive decimal "
           "number", col(L, c), V(f));
    return RAT_ZERO;
}

static void row_edition(Loader *L)
{
    Model *m = L->m;
    Edition e = { .line = L->line, .published = DATE_NONE };
    CsvField y = cell(L, ED_EDITION);
    bool year_ok = parse_year(y, &e.year);
    if (!year_ok && !is_empty(y))
        err(L, "column 'edition': invalid year '%.*s', expected a year such "
               "as 2020", V(y));
    date_cell(L, ED_PUBLISHED, &e.published);
    e.pillar_max = max_cell(L, ED_PILLAR_MAX);
    e.overall_max = max_cell(L, ED_OVERALL_MAX);
    if (!year_ok)
        return;
    int prev = edition_find(m, e.year);
    if (prev >= 0) {
        err(L, "duplicate edition '%.*s' (first on line %ld)", V(y),
            m->editions[prev].line);
        return;
    }
    m->editions = grow(m->editions, (size_t)m->n_editions,
                       &L->cap[T_EDITIONS], sizeof *m->editions);
    m->editions[m->n_editions++] = e;
}

/* ---- gci.csv ---- */

enum { G_ISO3, G_EDITION, G_OVERALL, G_LEGAL, G_TECHNICAL, G_ORGANIZATIONAL,
       G_CAPACITY_DEVELOPMENT, G_COOPERATION, G_TIER, G_SOURCE };

/* A score within 0..max of its edition (§2); true with *out when present
 * and valid.  An edition whose maximum is bad (max 0) skips the range. */
static bool score_cell(Loader *L, int c, Rat max, int year, Rat *out)
{
    CsvField f = cell(L, c);
    char buf[32];
    if (is_empty(f))
        return false;
    if (!rat_parse(f.p, f.len, out)) {
        err(L, "column '%s': invalid score '%.*s', expected a decimal number",
            col(L, c), V(f));
        return false;
    }
    if (out->num < 0 || (max.num > 0 && rat_gt(*out, max))) {
        err(L, "column '%s': score '%.*s' out of range, expected 0 to %s "
               "(edition %d)", col(L, c), V(f), rat_text(max, buf), year);
        return false;
    }
    return true;
}

static void gci_scores(Loader *L, GciRow *g)
{
    const Edition *e = g->edition >= 0 ? &L->m->editions[g->edition] : NULL;
    Rat pmax = e ? e->pillar_max : RAT_ZERO;
    Rat omax = e ? e->overall_max : RAT_ZERO;
    int year = e ? e->year : 0;
    if (score_cell(L, G_OVERALL, omax, year, &g->overall))
        g->has |= GCI_HAS_OVERALL;
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (score_cell(L, G_LEGAL + p, pmax, year, &g->pillar[p]))
            g->has |= PILLAR_BIT(p);
    CsvField t = cell(L, G_TIER);
    int64_t tier;
    if (is_empty(t))
        return;
    if (parse_uint(t, 5, &tier) && tier >= 1) {
        g->tier = (int)tier;
        g->has |= GCI_HAS_TIER;
    } else
        err(L, "column 'tier': invalid tier '%.*s', expected a whole number "
               "from 1 to 5", V(t));
}

static int edition_ref(Loader *L, CsvField y)
{
    int year;
    if (is_empty(y))
        return -1;
    if (!parse_year(y, &year)) {
        err(L, "column 'edition': invalid year '%.*s', expected a year such "
               "as 2020", V(y));
        return -1;
    }
    int e = edition_find(L->m, year);
    if (e < 0)
        err(L, "column 'edition': edition '%.*s' is not declared in "
               "gci_editions.csv", V(y));
    return e;
}

static void row_gci(Loader *L)
{
    Model *m = L->m;
    CsvField iso = cell(L, G_ISO3), y = cell(L, G_EDITION);
    GciRow g = { .line = L->line };
    g.country = country_ref(L, G_ISO3, iso);
    g.edition = edition_ref(L, y);
    gci_scores(L, &g);
    if (g.country < 0 || g.edition < 0)
        return;
    int32_t *seen = &L->gci_seen[(size_t)g.country * (size_t)m->n_editions
                                 + (size_t)g.edition];
    if (*seen >= 0) {
        err(L, "duplicate row for iso3 '%.*s' and edition '%.*s' (first on "
               "line %ld)", V(iso), V(y), m->gci[*seen].line);
        return;
    }
    m->gci = grow(m->gci, (size_t)m->n_gci, &L->cap[T_GCI], sizeof *m->gci);
    *seen = m->n_gci;
    m->gci[m->n_gci++] = g;
}

/* ---- projects.csv ---- */

enum { P_ID, P_TITLE, P_SCHEME, P_COUNTRIES, P_START, P_END, P_PILLARS,
       P_COUNTERPART, P_PARTNERS, P_BUDGET, P_URL, P_TITLE_JA,
       P_START_REPORTED, P_END_REPORTED, P_SOURCES };

static void project_countries(Loader *L, Project *p)
{
    size_t n = split_items(L, cell(L, P_COUNTRIES)), k = 0;
    for (size_t i = 0; i < n; i++) {
        if (repeated(L, P_COUNTRIES, i))
            continue;
        int c = country_ref(L, P_COUNTRIES, L->tmp_str[i]);
        if (c >= 0)
            L->tmp_int[k++] = c;
    }
    p->countries = NEW(&L->m->arena, int, k);
    if (k)
        memcpy(p->countries, L->tmp_int, k * sizeof *p->countries);
    p->n_countries = (int)k;
}

static void project_pillars(Loader *L, Project *p)
{
    size_t n = split_items(L, cell(L, P_PILLARS));
    for (size_t i = 0; i < n; i++) {
        CsvField f = L->tmp_str[i];
        if (repeated(L, P_PILLARS, i))
            continue;
        int v = pillar_from_name(f.p, f.len);
        if (v < 0)
            err(L, "column 'pillars': unknown pillar '%.*s', expected %s",
                V(f), pillar_list);
        else
            p->pillars |= PILLAR_BIT(v);
    }
}

static void project_partners(Loader *L, Project *p)
{
    size_t n = split_items(L, cell(L, P_PARTNERS)), k = 0;
    p->partners = NEW(&L->m->arena, const char *, n);
    for (size_t i = 0; i < n; i++)
        if (!repeated(L, P_PARTNERS, i))
            p->partners[k++] = arena_strndup(&L->m->arena, L->tmp_str[i].p,
                                             L->tmp_str[i].len);
    p->n_partners = (int)k;
}

static void project_dates(Loader *L, Project *p)
{
    p->start = p->end = DATE_NONE;
    bool s = date_cell(L, P_START, &p->start);
    bool e = date_cell(L, P_END, &p->end);
    if (s && e && p->end < p->start)
        err(L, "column 'end': end '%.*s' is before start '%.*s'",
            V(cell(L, P_END)), V(cell(L, P_START)));
    p->start_reported = opt_str(L, P_START_REPORTED);
    p->end_reported = opt_str(L, P_END_REPORTED);
}

static void project_budget(Loader *L, Project *p)
{
    CsvField f = cell(L, P_BUDGET);
    if (is_empty(f))
        return;
    if (parse_uint(f, INT64_MAX, &p->budget_jpy))
        p->has_budget = true;
    else
        err(L, "column 'budget_jpy': invalid amount '%.*s', expected a whole "
               "number of yen, 0 or more, without separators", V(f));
}

static void row_project(Loader *L)
{
    Model *m = L->m;
    CsvField id = cell(L, P_ID);
    Project p = { .line = L->line };
    int prev = is_empty(id) ? -1 : project_find(L, id);
    p.id = req_str(L, P_ID);
    p.title = req_str(L, P_TITLE);
    p.title_ja = opt_str(L, P_TITLE_JA);
    int sc = token_cell(L, P_SCHEME, "scheme", scheme_from_name, scheme_list);
    p.scheme = sc < 0 ? SCHEME_OTHER : (Scheme)sc;
    project_countries(L, &p);
    project_dates(L, &p);
    project_pillars(L, &p);
    p.counterpart = opt_str(L, P_COUNTERPART);
    project_partners(L, &p);
    project_budget(L, &p);
    p.url = opt_str(L, P_URL);
    if (is_empty(id))
        return;
    if (prev >= 0) {
        err(L, "duplicate project_id '%.*s' (first on line %ld)", V(id),
            m->projects[prev].line);
        return;
    }
    m->projects = grow(m->projects, (size_t)m->n_projects,
                       &L->cap[T_PROJECTS], sizeof *m->projects);
    m->projects[m->n_projects++] = p;
    project_add(L, id);
}

/* ---- participation.csv ---- */

enum { PA_PROJECT, PA_ISO3, PA_FY, PA_PARTICIPANTS, PA_FEMALE, PA_SOURCE };

static int project_ref(Loader *L, int c)
{
    CsvField f = cell(L, c);
    if (is_empty(f))
        return -1;
    int p = project_find(L, f);
    if (p < 0)
        err(L, "column '%s': unknown project '%.*s'", col(L, c), V(f));
    return p;
}

/* A head count: the value, -1 when empty, -2 when bad (noted). */
static int32_t count_cell(Loader *L, int c)
{
    CsvField f = cell(L, c);
    int64_t v;
    if (is_empty(f))
        return -1;
    if (parse_uint(f, INT32_MAX, &v))
        return (int32_t)v;
    err(L, "column '%s': invalid number '%.*s', expected a whole number, 0 "
           "or more", col(L, c), V(f));
    return -2;
}

/* Participation can have millions of rows: it lives in the arena from
 * the start, sized by load_file() from the file's line count, so that its
 * pages are touched once (a realloc'd array moved into the arena at the
 * end would touch twice as much memory, which dominated the load time).
 * Growing is the fallback for input that is not a regular file. */
static void participation_grow(Loader *L, size_t cap)
{
    if (cap < 64)
        cap = 64;
    Participation *p = NEW(&L->m->arena, Participation, cap);
    if (L->n_part)
        memcpy(p, L->part, L->n_part * sizeof *p);
    L->part = p;
    L->cap[T_PART] = cap;
}

static void row_participation(Loader *L)
{
    Participation r = { .line = L->line };
    r.project = project_ref(L, PA_PROJECT);
    r.country = country_ref(L, PA_ISO3, cell(L, PA_ISO3));
    CsvField fy = cell(L, PA_FY);
    bool fy_ok = parse_year(fy, &r.fiscal_year);
    if (!fy_ok && !is_empty(fy))
        err(L, "column 'fiscal_year': invalid fiscal year '%.*s', expected a "
               "year such as 2024", V(fy));
    r.participants = count_cell(L, PA_PARTICIPANTS);
    r.female = count_cell(L, PA_FEMALE);
    if (r.participants >= 0 && r.female > r.participants)
        err(L, "column 'female': female '%.*s' is more than participants "
               "'%.*s'", V(cell(L, PA_FEMALE)), V(cell(L, PA_PARTICIPANTS)));
    if (r.project < 0 || r.country < 0 || !fy_ok || r.participants < -1
        || r.female < -1)
        return;
    if (L->n_part == L->cap[T_PART])
        participation_grow(L, L->n_part * 2);
    L->part[L->n_part++] = r;
}

/* ---- assessments.csv ---- */

enum { AS_ISO3, AS_DATE, AS_KIND, AS_RATING, AS_STAGE, AS_PILLAR,
       AS_PROJECT, AS_SUMMARY, AS_SOURCE };

static int kind_from_name(const char *s, size_t n)
{
    if (n == 2 && memcmp(s, "I2", 2) == 0)
        return ASSESS_I2;
    if (n == 2 && memcmp(s, "D1", 2) == 0)
        return ASSESS_D1;
    return -1;
}

static void assessment_rating(Loader *L, Assessment *a)
{
    CsvField f = cell(L, AS_RATING);
    int64_t v;
    if (is_empty(f))
        return;
    if (parse_uint(f, 4, &v) && v >= 1)
        a->rating = (int)v;
    else
        err(L, "column 'rating': invalid rating '%.*s', expected 1, 2, 3 or "
               "4", V(f));
}

static void row_assessment(Loader *L)
{
    Model *m = L->m;
    Assessment a = { .line = L->line };
    a.country = country_ref(L, AS_ISO3, cell(L, AS_ISO3));
    bool date_ok = date_cell(L, AS_DATE, &a.date);
    int kind = token_cell(L, AS_KIND, "kind", kind_from_name, "I2 or D1");
    assessment_rating(L, &a);
    int st = token_cell(L, AS_STAGE, "stage", stage_from_name, stage_list);
    a.stage = st < 0 ? STAGE_NONE : (Stage)st;
    a.pillar = token_cell(L, AS_PILLAR, "pillar", pillar_from_name,
                          pillar_list);
    a.project = project_ref(L, AS_PROJECT);
    bool has_project = !is_empty(cell(L, AS_PROJECT));
    if (kind == ASSESS_D1 && !has_project)
        err(L, "column 'project_id': empty, but kind 'D1' needs a project");
    a.summary = opt_str(L, AS_SUMMARY);
    if (a.country < 0 || !date_ok || kind < 0
        || (has_project && a.project < 0))
        return;
    a.kind = (AssessKind)kind;
    m->assessments = grow(m->assessments, (size_t)m->n_assessments,
                          &L->cap[T_ASSESS], sizeof *m->assessments);
    m->assessments[m->n_assessments++] = a;
}

/* ---- the files ---- */

#define BIT(c) (1u << (c))

static const FileSpec files[] = {
    { "countries.csv",
      { "iso3", "name", "region", "target_stage", "name_ja" },
      BIT(CO_ISO3) | BIT(CO_NAME) | BIT(CO_REGION),
      BIT(CO_ISO3) | BIT(CO_NAME) | BIT(CO_REGION), row_country },
    { "gci_editions.csv",
      { "edition", "published", "pillar_max", "overall_max",
        "published_reported", "source" },
      0xF, 0xF, row_edition },
    { "gci.csv",
      { "iso3", "edition", "overall", "legal", "technical", "organizational",
        "capacity_development", "cooperation", "tier", "source" },
      BIT(G_ISO3) | BIT(G_EDITION), BIT(G_ISO3) | BIT(G_EDITION), row_gci },
    { "projects.csv",
      { "project_id", "title", "scheme", "countries", "start", "end",
        "pillars", "counterpart", "partners", "budget_jpy", "url",
        "title_ja", "start_reported", "end_reported", "sources" },
      BIT(P_ID) | BIT(P_TITLE) | BIT(P_SCHEME) | BIT(P_COUNTRIES)
          | BIT(P_START) | BIT(P_PILLARS),
      /* §2: countries may be empty (multi-country activity); §3.7: a
       * project may list no pillars. */
      BIT(P_ID) | BIT(P_TITLE) | BIT(P_SCHEME) | BIT(P_START), row_project },
    { "participation.csv",
      { "project_id", "iso3", "fiscal_year", "participants", "female",
        "source" },
      0x7, 0x7, row_participation },
    { "assessments.csv",
      { "iso3", "date", "kind", "rating", "stage", "pillar", "project_id",
        "summary", "source" },
      0x7, 0x7, row_assessment },
};
#define N_FILES (sizeof files / sizeof *files)
_Static_assert(N_FILES == LOAD_N_FILES, "load.h lists every file");
#define N_REQUIRED_FILES 4

static int column_id(const FileSpec *fs, CsvField name)
{
    for (int c = 0; c < MAX_COLS && fs->cols[c]; c++)
        if (strlen(fs->cols[c]) == name.len
            && memcmp(fs->cols[c], name.p, name.len) == 0)
            return c;
    return -1;
}

/* Keep the header's text: a file read in parts names its columns in the
 * messages of every part. */
static void copy_header(Loader *L, const CsvField *f, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += f[i].len + 1;
    free(L->hdr_text);
    free(L->hdr);
    L->hdr_text = xrealloc(NULL, len + 1);
    L->hdr = xrealloc(NULL, (n + 1) * sizeof *L->hdr);
    len = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(L->hdr_text + len, f[i].p, f[i].len);
        L->hdr_text[len + f[i].len] = '\0';
        L->hdr[i] = (CsvField){ L->hdr_text + len, f[i].len };
        len += f[i].len + 1;
    }
    L->n_hdr_copy = n;
}

static void header(Loader *L, const CsvField *f, size_t n)
{
    unsigned seen = 0;
    copy_header(L, f, n);
    L->colmap = xrealloc(NULL, n * sizeof *L->colmap);
    L->n_hdr = n;
    for (size_t i = 0; i < n; i++) {
        int c = column_id(L->fs, f[i]);
        L->colmap[i] = -1;
        if (c < 0)
            warn(L, "unknown column '%.*s' (ignored)", V(f[i]));
        else if (seen & BIT(c))
            err(L, "duplicate column '%s'", col(L, c));
        else {
            seen |= BIT(c);
            L->colmap[i] = c;
        }
    }
    L->missing = L->fs->required & ~seen;
    for (int c = 0; c < MAX_COLS; c++)
        if (L->missing & BIT(c))
            err(L, "missing required column '%s'", col(L, c));
}

static bool on_record(void *user, const CsvField *f, size_t n, long line)
{
    Loader *L = user;
    L->line = line;
    if (!L->have_header) {
        L->have_header = true;
        header(L, f, n);
        return true;
    }
    if (n != L->n_hdr) {
        err(L, "wrong number of fields: expected %zu (as in the header), "
               "found %zu", L->n_hdr, n);
        return true;
    }
    for (int c = 0; c < MAX_COLS; c++)
        L->cell[c] = (CsvField){ "", 0 };
    for (size_t i = 0; i < n; i++)
        if (L->colmap[i] >= 0)
            L->cell[L->colmap[i]] = f[i];
    unsigned check = L->fs->nonempty & ~L->missing;
    for (int c = 0; c < MAX_COLS; c++)
        if ((check & BIT(c)) && is_empty(L->cell[c]))
            err(L, "column '%s': empty, a value is required", col(L, c));
    L->fs->row(L);
    return true;
}

static size_t count_newlines(const char *p, size_t n)
{
    size_t k = 0;
    for (const char *e = p + n; (p = memchr(p, '\n', (size_t)(e - p))); p++)
        k++;
    return k;
}

/* An upper bound on the records of a regular file (its line breaks + 1),
 * read in chunks and rewound; 0 when the file cannot be rewound. */
static size_t count_lines(FILE *in)
{
    struct stat st;
    if (fstat(fileno(in), &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    char *buf = xrealloc(NULL, CSVREAD_CHUNK);
    size_t n, lines = 1;
    while ((n = fread(buf, 1, CSVREAD_CHUNK, in)) > 0)
        lines += count_newlines(buf, n);
    free(buf);
    rewind(in);
    return lines;
}

/* Where the files come from: a folder, or buffers in memory. */
typedef struct {
    const char *dir;
    const LoadBuffer *mem;
} Source;

/* The file `i` opened for reading, or NULL when absent (errno ENOENT) or
 * unreadable (errno set). */
static FILE *source_open(const Source *src, size_t i)
{
    static char empty[1];
    if (src->mem) {
        const LoadBuffer *b = &src->mem[i];
        errno = ENOENT;
        if (!b->data)
            return NULL;
        /* fmemopen only reads through the pointer in "rb" mode */
        return fmemopen(b->len ? (void *)(uintptr_t)b->data : empty,
                        b->len, "rb");
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", src->dir, files[i].file);
    return fopen(path, "rb");
}

/* ---- a big participation.csv in two halves at once ---- */

/* Below this a second thread costs more than it saves. */
#define HALVES_MIN_BYTES (4u << 20)

typedef struct {
    Loader L;
    Diag d;
    const char *p;
    size_t n;
    long line;
    pthread_t thread;
} Half;

static void read_half(Half *h)
{
    FILE *in = fmemopen((void *)(uintptr_t)h->p, h->n, "rb");
    if (!in) {
        diag_error(h->L.d, h->L.fs->file, 0, "cannot read: %s", strerror(errno));
        return;
    }
    CsvPart part = { h->line, h->L.hdr, h->L.n_hdr_copy };
    csvread_stream_part(in, h->L.fs->file, h->L.s, &part, on_record, &h->L,
                        h->L.d);
    fclose(in);
}

static void *read_half_thread(void *arg)
{
    read_half(arg);
    return NULL;
}

/* Where each record starts at a line break -- no quote anywhere in the
 * file, so none is inside a field -- the rows after the header are read
 * as two halves, the second on a thread of its own with its own Loader
 * (sharing the look-up tables, which only the earlier files write) and
 * its own Diag, merged after the first: the same rows, in the same order,
 * with the same messages as one pass (issue 8: 1M rows load in about half
 * the time).  Returns false, having read nothing, when the file is not
 * such a file; the caller then reads it in one pass. */
static bool load_in_halves(Loader *L, const char *p, size_t size)
{
    const Settings *s = L->s;
    if (size < HALVES_MIN_BYTES || size > s->max_file_bytes
        || memchr(p, '"', size))
        return false;
    const char *eol = memchr(p, '\n', size);
    if (!eol)
        return false;
    size_t body = (size_t)(eol - p) + 1;
    size_t lines = count_newlines(p, size) + 1;
    if (lines > s->max_rows)
        return false;           /* one pass reports the limit */
    /* The header alone, as a file of one line (its BOM skipped there). */
    FILE *in = fmemopen((void *)(uintptr_t)p, body, "rb");
    if (!in)
        return false;
    Diag hd = DIAG_INIT;
    Diag *d = L->d;
    L->d = &hd;
    Err e = csvread_stream(in, L->fs->file, s, on_record, L, &hd);
    fclose(in);
    L->d = d;
    if (e || !L->have_header || !L->hdr) {
        diag_release(&hd);
        L->have_header = false;
        free(L->colmap);
        L->colmap = NULL;
        return false;
    }
    diag_merge(d, &hd);
    diag_release(&hd);

    const char *mid = memchr(p + body + (size - body) / 2, '\n',
                             size - body - (size - body) / 2);
    size_t split = mid ? (size_t)(mid - p) + 1 : size;
    size_t first_lines = count_newlines(p + body, split - body);
    participation_grow(L, lines);
    Half a = { .L = *L, .p = p + body, .n = split - body, .line = 2 };
    Half b = { .L = *L, .d = DIAG_INIT, .p = p + split, .n = size - split,
               .line = 2 + (long)first_lines };
    /* The second half fills the table from the row after the first half's
     * last possible one; room for all of them, so it never grows. */
    size_t b_at = first_lines + 1;
    b.L.part += b_at;
    b.L.cap[T_PART] = lines - b_at;
    b.L.n_part = 0;
    b.L.d = &b.d;
    b.L.tmp_int = NULL;
    b.L.tmp_str = NULL;
    b.L.tmp_cap = 0;
    bool threaded = pthread_create(&b.thread, NULL, read_half_thread, &b) == 0;
    read_half(&a);
    if (threaded)
        pthread_join(b.thread, NULL);
    else
        read_half(&b);
    *L = a.L;
    memmove(L->part + L->n_part, b.L.part, b.L.n_part * sizeof *L->part);
    L->n_part += b.L.n_part;
    diag_merge(L->d, &b.d);
    diag_release(&b.d);
    free(b.L.tmp_int);
    free(b.L.tmp_str);
    return true;
}

/* participation.csv from a regular file: mapped, then read in halves when
 * it can be; false when it was not read. */
static bool load_participation_mapped(Loader *L, FILE *in)
{
    struct stat st;
    if (fstat(fileno(in), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
        return false;
    size_t size = (size_t)st.st_size;
    void *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                   fileno(in), 0);
    if (p == MAP_FAILED)
        return false;
    bool done = load_in_halves(L, p, size);
    munmap(p, size);
    return done;
}

static void load_file(Loader *L, const Source *src, size_t i)
{
    const FileSpec *fs = &files[i];
    L->fs = fs;
    L->line = 0;
    FILE *in = source_open(src, i);
    if (!in) {
        if (errno != ENOENT)
            err(L, "cannot open: %s", strerror(errno));
        return;                 /* absent optional file: no rows */
    }
    L->have_header = false;
    L->missing = 0;
    Err e = ERR_OK;
    if (fs->row == row_participation && !src->mem
        && load_participation_mapped(L, in))
        fclose(in);
    else {
        if (fs->row == row_participation)
            participation_grow(L, count_lines(in));
        e = csvread_stream(in, fs->file, L->s, on_record, L, L->d);
        fclose(in);
    }
    if (fs->row == row_participation) {
        L->m->participation = L->part;
        L->m->n_participation = L->n_part;
    }
    if (!e && !L->have_header) {
        L->line = 0;
        err(L, "empty file, expected a header row");
    }
    free(L->colmap);
    L->colmap = NULL;
}

static void *to_arena(Arena *a, void *p, size_t n, size_t size, size_t align)
{
    void *r = arena_alloc(a, size, align, n + 1);
    if (n)
        memcpy(r, p, n * size);
    free(p);
    return r;
}

#define MOVE(L, field, n) \
    ((L)->m->field = to_arena(&(L)->m->arena, (L)->m->field, (size_t)(n), \
                              sizeof *(L)->m->field, _Alignof(max_align_t)))

static void finish(Loader *L)
{
    Model *m = L->m;
    MOVE(L, countries, m->n_countries);
    MOVE(L, editions, m->n_editions);
    MOVE(L, gci, m->n_gci);
    MOVE(L, projects, m->n_projects);
    MOVE(L, assessments, m->n_assessments);
    free(L->iso3);
    free(L->pslots);
    free(L->plen);
    free(L->koff);
    free(L->keys);
    free(L->gci_seen);
    free(L->tmp_int);
    free(L->tmp_str);
    free(L->hdr_text);
    free(L->hdr);
}

/* The folder and the required files exist; each missing one is noted. */
static bool inputs_present(const Source *src, Diag *d)
{
    struct stat st;
    char path[4096];
    if (!src->mem && (stat(src->dir, &st) != 0 || !S_ISDIR(st.st_mode))) {
        diag_error(d, src->dir, 0, "data folder not found");
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < N_REQUIRED_FILES; i++) {
        bool present;
        if (src->mem)
            present = src->mem[i].data != NULL;
        else {
            snprintf(path, sizeof path, "%s/%s", src->dir, files[i].file);
            present = stat(path, &st) == 0;
        }
        if (!present) {
            diag_error(d, files[i].file, 0, "missing required file");
            ok = false;
        }
    }
    return ok;
}

static Err load_from(Model *m, const Source *src, const Settings *s, Diag *d)
{
    if (!inputs_present(src, d))
        return ERR_NOINPUT;
    size_t errors_before = d->errors;
    Loader L = { .m = m, .d = d, .s = s, .last_project = -1 };
    L.iso3 = xrealloc(NULL, ISO3_SLOTS * sizeof *L.iso3);
    for (int i = 0; i < ISO3_SLOTS; i++)
        L.iso3[i] = -1;
    for (size_t i = 0; i < N_FILES; i++) {
        if (files[i].row == row_gci) {
            /* countries and editions are in: size the duplicate table */
            size_t cells = (size_t)m->n_countries * (size_t)m->n_editions;
            L.gci_seen = xrealloc(NULL, (cells + 1) * sizeof *L.gci_seen);
            for (size_t k = 0; k < cells; k++)
                L.gci_seen[k] = -1;
        }
        load_file(&L, src, i);
    }
    finish(&L);
    model_index(m);
    return d->errors > errors_before ? ERR_DATA : ERR_OK;
}

Err load_data(Model *m, const char *dir, const Settings *s, Diag *d)
{
    Source src = { .dir = dir };
    return load_from(m, &src, s, d);
}

Err load_data_from_memory(Model *m, const LoadBuffer mem[LOAD_N_FILES],
                          const Settings *s, Diag *d)
{
    Source src = { .mem = mem };
    return load_from(m, &src, s, d);
}

const char *load_file_name(LoadFileId f)
{
    return (unsigned)f < N_FILES ? files[f].file : NULL;
}
