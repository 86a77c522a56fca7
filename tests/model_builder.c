/* model_builder.c -- build a small Model by hand for the compute tests.
 *
 * Included (#include "model_builder.c") by each tests/test_compute_*.c;
 * CMake compiles only test_*.c files, so this is not a program of its own.
 * Records are appended with increasing `line` values, as the loader does,
 * and referred to by iso3 / year / project id before model_index() sorts
 * them.  Every function aborts the test on a malformed argument (not
 * MB_CHECK(): the default build type defines NDEBUG).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compute/compute.h"
#include "model/model.h"
#include "config/settings.h"

#define MB_CHECK(cond)                                                        \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "%s:%d: builder: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                          \
        }                                                                     \
    } while (0)

typedef struct {
    Model m;
    long line;
    int cap_c, cap_e, cap_g, cap_p, cap_a;
    size_t cap_r;
} MB;

/* Room for one more record in an arena array, doubling when full. */
static inline void *mb_grow(Arena *a, void *old, size_t elem, size_t n, size_t *cap)
{
    if (n < *cap)
        return old;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *fresh = arena_alloc(a, elem, 16, ncap);
    if (n)
        memcpy(fresh, old, elem * n);
    *cap = ncap;
    return fresh;
}

#define MB_PUSH(b, arr, n, capf)                                              \
    do {                                                                      \
        size_t cap_ = (size_t)(b)->capf;                                      \
        (b)->m.arr = mb_grow(&(b)->m.arena, (b)->m.arr, sizeof *(b)->m.arr,   \
                             (size_t)(b)->m.n, &cap_);                        \
        (b)->capf = (__typeof__((b)->capf))cap_;                              \
    } while (0)

static inline Date mb_date(const char *s)
{
    Date d = 0;
    MB_CHECK(date_parse(s, strlen(s), &d));
    return d;
}

static inline Rat mb_rat(const char *s)
{
    Rat r = RAT_ZERO;
    MB_CHECK(rat_parse(s, strlen(s), &r));
    return r;
}

static inline int mb_country_ix(const MB *b, const char *iso3)
{
    for (int i = 0; i < b->m.n_countries; i++)
        if (strcmp(b->m.countries[i].iso3, iso3) == 0)
            return i;
    MB_CHECK(0 && "unknown country");
    return -1;
}

static inline int mb_edition_ix(const MB *b, int year)
{
    for (int i = 0; i < b->m.n_editions; i++)
        if (b->m.editions[i].year == year)
            return i;
    MB_CHECK(0 && "unknown edition");
    return -1;
}

static inline int mb_project_ix(const MB *b, const char *id)
{
    for (int i = 0; i < b->m.n_projects; i++)
        if (strcmp(b->m.projects[i].id, id) == 0)
            return i;
    MB_CHECK(0 && "unknown project");
    return -1;
}

/* target_stage: a stage name or NULL (empty cell). */
static inline void mb_country(MB *b, const char *iso3, const char *region,
                              const char *target_stage)
{
    MB_PUSH(b, countries, n_countries, cap_c);
    Country *c = &b->m.countries[b->m.n_countries++];
    memcpy(c->iso3, iso3, 4);
    c->name = arena_printf(&b->m.arena, "Country %s", iso3);
    c->region = arena_strdup(&b->m.arena, region);
    c->target_stage = target_stage
        ? (Stage)stage_from_name(target_stage, strlen(target_stage)) : STAGE_NONE;
    c->line = ++b->line;
}

static inline void mb_edition(MB *b, int year, const char *published,
                              const char *pillar_max, const char *overall_max)
{
    MB_PUSH(b, editions, n_editions, cap_e);
    Edition *e = &b->m.editions[b->m.n_editions++];
    e->year = year;
    e->published = mb_date(published);
    e->pillar_max = mb_rat(pillar_max);
    e->overall_max = mb_rat(overall_max);
    e->line = ++b->line;
}

/* spec: space-separated `key=value`, keys overall, tier and the pillar
 * names; a key left out is an empty cell.  "legal=10 overall=55 tier=3" */
static inline void mb_gci(MB *b, const char *iso3, int year, const char *spec)
{
    MB_PUSH(b, gci, n_gci, cap_g);
    GciRow *r = &b->m.gci[b->m.n_gci++];
    memset(r, 0, sizeof *r);
    r->country = mb_country_ix(b, iso3);
    r->edition = mb_edition_ix(b, year);
    r->line = ++b->line;
    for (const char *s = spec; *s;) {
        while (*s == ' ')
            s++;
        const char *eq = strchr(s, '='), *end = strchr(s, ' ');
        if (!end)
            end = s + strlen(s);
        MB_CHECK(eq && eq < end);
        size_t klen = (size_t)(eq - s), vlen = (size_t)(end - eq - 1);
        Rat v = RAT_ZERO;
        MB_CHECK(rat_parse(eq + 1, vlen, &v));
        int p = pillar_from_name(s, klen);
        if (p >= 0) {
            r->pillar[p] = v;
            r->has |= PILLAR_BIT(p);
        } else if (klen == 7 && memcmp(s, "overall", 7) == 0) {
            r->overall = v;
            r->has |= GCI_HAS_OVERALL;
        } else {
            MB_CHECK(klen == 4 && memcmp(s, "tier", 4) == 0);
            r->tier = (int)v.num;
            r->has |= GCI_HAS_TIER;
        }
        s = end;
    }
}

/* countries, pillars: ';'-separated, "" for none; end NULL = ongoing. */
static inline void mb_project(MB *b, const char *id, const char *countries,
                              const char *start, const char *end,
                              const char *pillars)
{
    MB_PUSH(b, projects, n_projects, cap_p);
    Project *p = &b->m.projects[b->m.n_projects++];
    memset(p, 0, sizeof *p);
    p->id = arena_strdup(&b->m.arena, id);
    p->title = arena_printf(&b->m.arena, "Project %s", id);
    p->countries = NEW(&b->m.arena, int, strlen(countries) / 4 + 1);
    for (const char *s = countries; *s; s += s[3] ? 4 : 3) {
        char iso[4] = { s[0], s[1], s[2], 0 };
        p->countries[p->n_countries++] = mb_country_ix(b, iso);
    }
    for (const char *s = pillars; *s;) {
        const char *e = strchr(s, ';');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        int k = pillar_from_name(s, n);
        MB_CHECK(k >= 0);
        p->pillars |= PILLAR_BIT(k);
        s += n + (e != NULL);
    }
    p->start = mb_date(start);
    p->end = end ? mb_date(end) : DATE_NONE;
    p->line = ++b->line;
}

/* By indexes into the records as appended (before mb_index). */
static inline void mb_part_ix(MB *b, int project, int country, int fy,
                              int32_t participants, int32_t female)
{
    MB_PUSH(b, participation, n_participation, cap_r);
    Participation *r = &b->m.participation[b->m.n_participation++];
    *r = (Participation){ project, country, fy, participants, female, ++b->line };
}

/* participants/female: -1 for an empty cell. */
static inline void mb_part(MB *b, const char *project, const char *iso3, int fy,
                           int32_t participants, int32_t female)
{
    mb_part_ix(b, mb_project_ix(b, project), mb_country_ix(b, iso3), fy,
               participants, female);
}

/* An I2 assessment; stage: a stage name or NULL. */
static inline void mb_assess(MB *b, const char *iso3, const char *date,
                             const char *stage)
{
    MB_PUSH(b, assessments, n_assessments, cap_a);
    Assessment *s = &b->m.assessments[b->m.n_assessments++];
    *s = (Assessment){ .country = mb_country_ix(b, iso3), .date = mb_date(date),
                       .kind = ASSESS_I2, .rating = 3,
                       .stage = stage ? (Stage)stage_from_name(stage, strlen(stage))
                                      : STAGE_NONE,
                       .pillar = -1, .project = -1, .line = ++b->line };
}

static inline void mb_index(MB *b) { model_index(&b->m); }

static inline void mb_release(MB *b) { model_release(&b->m); }

/* Default settings (SPEC §3) as of `as_of`. */
static inline Settings mb_settings(const char *as_of)
{
    Settings s;
    settings_defaults(&s);
    s.as_of = mb_date(as_of);
    return s;
}

/* After mb_index: the I1/G entry of a country, or NULL. */
static inline const I1Country *mb_i1(const Model *m, const Indicators *ind,
                                     const char *iso3)
{
    int c = model_find_country(m, iso3);
    for (int i = 0; i < ind->i1.n_countries; i++)
        if (ind->i1.countries[i].country == c)
            return &ind->i1.countries[i];
    return NULL;
}

static inline const GCountry *mb_g(const Model *m, const Indicators *ind,
                                   const char *iso3)
{
    int c = model_find_country(m, iso3);
    return c < 0 ? NULL : &ind->g.countries[c];
}

/* Exact comparison of a Rat with a decimal literal. */
static inline int mb_rat_eq(Rat a, const char *dec)
{
    return rat_cmp(a, mb_rat(dec)) == 0;
}
