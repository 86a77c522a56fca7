#include "fixture.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

/* ---- failing loudly ---- */

static _Noreturn void fail_at(int line, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void fail_at(int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: ", __FILE__, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

#define FX_CHECK(cond, ...)                                                   \
    do {                                                                      \
        if (!(cond))                                                          \
            fail_at(__LINE__, __VA_ARGS__);                                   \
    } while (0)

/* ---- values ---- */

Date fx_date(const char *iso)
{
    Date d = DATE_NONE;
    FX_CHECK(date_parse(iso, strlen(iso), &d), "not a date: '%s'", iso);
    return d;
}

Date fx_date_prec(const char *iso, DatePrec *prec)
{
    Date d = DATE_NONE;
    FX_CHECK(date_parse_reduced(iso, strlen(iso), &d, prec), "not a date: '%s'", iso);
    return d;
}

Rat fx_rat(const char *dec)
{
    Rat r = RAT_ZERO;
    FX_CHECK(rat_parse(dec, strlen(dec), &r), "not a decimal: '%s'", dec);
    return r;
}

bool fx_rat_eq(Rat a, const char *dec)
{
    return rat_cmp(a, fx_rat(dec)) == 0;
}

static Stage stage_or_none(const char *name)
{
    if (!name)
        return STAGE_NONE;
    int s = stage_from_name(name, strlen(name));
    FX_CHECK(s >= 0, "not a stage: '%s'", name);
    return (Stage)s;
}

static int pillar_of(const char *name, size_t n)
{
    int p = pillar_from_name(name, n);
    FX_CHECK(p >= 0, "not a pillar: '%.*s'", (int)n, name);
    return p;
}

/* ---- finding what was appended ---- */

static int country_ix(const FxBuilder *b, const char *iso3)
{
    for (int i = 0; i < b->m.n_countries; i++)
        if (strcmp(b->m.countries[i].iso3, iso3) == 0)
            return i;
    fail_at(__LINE__, "unknown country '%s'", iso3);
}

static int edition_ix(const FxBuilder *b, int year)
{
    for (int i = 0; i < b->m.n_editions; i++)
        if (b->m.editions[i].year == year)
            return i;
    fail_at(__LINE__, "unknown edition %d", year);
}

static int project_ix(const FxBuilder *b, const char *id)
{
    for (int i = 0; i < b->m.n_projects; i++)
        if (strcmp(b->m.projects[i].id, id) == 0)
            return i;
    fail_at(__LINE__, "unknown project '%s'", id);
}

/* ---- appending ---- */

/* Room for record n in an arena array, doubling it when full: the old
 * block stays in the arena, which frees only all at once. */
static void *grow(FxBuilder *b, void *old, size_t elem, size_t n, size_t *cap)
{
    FX_CHECK(!b->m.iso3_index, "a record added after fx_index()");
    if (n < *cap)
        return old;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *fresh = arena_alloc(&b->m.arena, elem, 16, ncap);
    if (n)
        memcpy(fresh, old, elem * n);
    *cap = ncap;
    return fresh;
}

/* The next record of table `arr` (counted by `n`), zeroed, its line set. */
#define APPEND(b, arr, n, cap)                                                \
    ((b)->m.arr = grow((b), (b)->m.arr, sizeof *(b)->m.arr,                   \
                       (size_t)(b)->m.n, &(b)->cap),                          \
     (b)->m.arr[(b)->m.n].line = (long)(b)->m.n + 2,                          \
     &(b)->m.arr[(b)->m.n++])

Country *fx_country(FxBuilder *b, const char *iso3, const char *region,
                    const char *target_stage)
{
    FX_CHECK(strlen(iso3) == 3, "not an iso3: '%s'", iso3);
    Country *c = APPEND(b, countries, n_countries, cap_countries);
    memcpy(c->iso3, iso3, 4);
    c->name = arena_printf(&b->m.arena, "Country %s", iso3);
    c->region = arena_strdup(&b->m.arena, region);
    c->target_stage = stage_or_none(target_stage);
    return c;
}

Edition *fx_edition(FxBuilder *b, int year, const char *published,
                    const char *pillar_max, const char *overall_max)
{
    Edition *e = APPEND(b, editions, n_editions, cap_editions);
    e->year = year;
    e->published = fx_date(published);
    e->pillar_max = fx_rat(pillar_max);
    e->overall_max = fx_rat(overall_max);
    return e;
}

/* One `key=value` of a GCI spec (`klen` bytes of key at `key`). */
static void gci_cell(GciRow *r, const char *key, size_t klen, Rat v)
{
    if (klen == 7 && memcmp(key, "overall", 7) == 0) {
        r->overall = v;
        r->has |= GCI_HAS_OVERALL;
    } else if (klen == 4 && memcmp(key, "tier", 4) == 0) {
        r->tier = (int)v.num;
        r->has |= GCI_HAS_TIER;
    } else {
        int p = pillar_of(key, klen);
        r->pillar[p] = v;
        r->has |= PILLAR_BIT(p);
    }
}

GciRow *fx_gci(FxBuilder *b, const char *iso3, int year, const char *spec)
{
    int country = country_ix(b, iso3), edition = edition_ix(b, year);
    GciRow *r = APPEND(b, gci, n_gci, cap_gci);
    r->country = country;
    r->edition = edition;
    for (const char *s = spec; *s;) {
        while (*s == ' ')
            s++;
        const char *eq = strchr(s, '='), *end = strchr(s, ' ');
        if (!end)
            end = s + strlen(s);
        FX_CHECK(eq && eq < end, "not key=value: '%s'", s);
        Rat v = RAT_ZERO;
        FX_CHECK(rat_parse(eq + 1, (size_t)(end - eq - 1), &v),
                 "not a decimal in '%s'", s);
        gci_cell(r, s, (size_t)(eq - s), v);
        s = end;
    }
    return r;
}

Project *fx_project(FxBuilder *b, const char *id, const char *countries,
                    const char *start, const char *end, const char *pillars)
{
    Project *p = APPEND(b, projects, n_projects, cap_projects);
    p->id = arena_strdup(&b->m.arena, id);
    p->title = arena_printf(&b->m.arena, "Project %s", id);
    p->countries = NEW(&b->m.arena, int, strlen(countries) / 4 + 1);
    for (const char *s = countries; *s; s += s[3] ? 4 : 3) {
        char iso[4] = { s[0], s[1], s[2], 0 };
        p->countries[p->n_countries++] = country_ix(b, iso);
    }
    for (const char *s = pillars; *s;) {
        const char *semi = strchr(s, ';');
        size_t n = semi ? (size_t)(semi - s) : strlen(s);
        p->pillars |= PILLAR_BIT(pillar_of(s, n));
        s += n + (semi != NULL);
    }
    p->start = fx_date_prec(start, &p->start_prec);
    p->end = end ? fx_date_prec(end, &p->end_prec) : DATE_NONE;
    if (p->end != DATE_NONE && p->start > p->end)   /* §2, as the loader */
        p->start = p->end;
    return p;
}

Participation *fx_part(FxBuilder *b, const char *project, const char *iso3,
                       int fy, int32_t participants, int32_t female)
{
    int pr = project_ix(b, project), c = country_ix(b, iso3);
    Participation *r = APPEND(b, participation, n_participation, cap_participation);
    r->project = pr;
    r->country = c;
    r->fiscal_year = fy;
    r->participants = participants;
    r->female = female;
    r->date = DATE_NONE;
    return r;
}

Assessment *fx_assess(FxBuilder *b, const char *iso3, const char *date,
                      const char *stage)
{
    int c = country_ix(b, iso3);
    Assessment *s = APPEND(b, assessments, n_assessments, cap_assessments);
    s->country = c;
    s->date = fx_date(date);
    s->kind = ASSESS_I2;
    s->rating = 3;
    s->stage = stage_or_none(stage);
    s->pillar = -1;
    s->project = -1;
    return s;
}

Assessment *fx_assess_d1(FxBuilder *b, const char *iso3, const char *date,
                         const char *project, int rating)
{
    int pr = project_ix(b, project);
    Assessment *s = fx_assess(b, iso3, "2000-01-01", NULL);
    s->date = fx_date_prec(date, &s->date_prec);
    s->kind = ASSESS_D1;
    s->rating = rating;
    s->project = pr;
    return s;
}

static int scenario_ix(const FxBuilder *b, int project, const char *id)
{
    for (int i = 0; i < b->m.n_scenarios; i++)
        if (b->m.scenarios[i].project == project && strcmp(b->m.scenarios[i].id, id) == 0)
            return i;
    fail_at(__LINE__, "unknown indicator '%s'", id);
}

Scenario *fx_scenario(FxBuilder *b, const char *project, const char *id,
                      const char *direction, const char *baseline,
                      const char *target, const char *target_date,
                      const char *baseline_date)
{
    int pr = project_ix(b, project);
    int dir = direction_from_name(direction, strlen(direction));
    FX_CHECK(dir >= 0, "not a direction: '%s'", direction);
    Scenario *s = APPEND(b, scenarios, n_scenarios, cap_scenarios);
    s->project = pr;
    s->id = arena_strdup(&b->m.arena, id);
    s->indicator = arena_printf(&b->m.arena, "Indicator %s", id);
    s->pillar = PILLAR_TECHNICAL;
    s->direction = (Direction)dir;
    s->baseline = fx_rat(baseline);
    s->target = fx_rat(target);
    s->target_date = fx_date_prec(target_date, &s->target_prec);
    s->has_baseline_date = baseline_date != NULL;
    if (baseline_date)
        s->baseline_date = fx_date_prec(baseline_date, &s->baseline_prec);
    else {
        s->baseline_date = b->m.projects[pr].start;
        s->baseline_prec = b->m.projects[pr].start_prec;
    }
    return s;
}

Result *fx_result(FxBuilder *b, const char *project, const char *id,
                  const char *date, const char *value)
{
    int sc = scenario_ix(b, project_ix(b, project), id);
    Result *r = APPEND(b, results, n_results, cap_results);
    r->scenario = sc;
    r->date = fx_date_prec(date, &r->date_prec);
    r->value = fx_rat(value);
    return r;
}

void fx_part_date(Participation *r, const char *date, bool approx)
{
    DatePrec prec;
    r->date = fx_date_prec(date, &prec);
    r->date_prec = (uint8_t)prec;
    r->approx = approx;
}

void fx_reference(Edition *e, const char *date)
{
    e->reference_date = fx_date_prec(date, &e->reference_prec);
    e->has_reference_date = true;
}

void fx_index(FxBuilder *b)
{
    FX_CHECK(!b->m.iso3_index, "fx_index() twice");
    model_index(&b->m);
}

/* ---- the world ---- */

void fx_open(FxWorld *w, const char *lang, const char *as_of)
{
    *w = (FxWorld){ .diag = DIAG_INIT };
    settings_defaults(&w->s);
    w->s.as_of = fx_date(as_of);
    if (lang) {
        snprintf(w->s.lang, sizeof w->s.lang, "%s", lang);
        settings_localise(&w->s);
        if (catalog_load(&w->cat, test_source_dir(), lang, &w->diag) != ERR_OK) {
            diag_print(&w->diag, stderr);
            fail_at(__LINE__, "the '%s' catalogue does not load", lang);
        }
    }
    w->ctx = (RenderCtx){ .m = &w->b.m, .ind = &w->ind, .s = &w->s,
                          .cat = w->cat, .resources = test_source_dir(),
                          .diag = &w->diag };
}

void fx_compute(FxWorld *w)
{
    FX_CHECK(w->b.m.iso3_index, "fx_compute() before fx_index()");
    w->ind = compute_indicators(&w->b.m, &w->s, &w->perm);
}

void fx_close(FxWorld *w)
{
    catalog_free(w->cat);
    diag_release(&w->diag);
    arena_release(&w->perm);
    model_release(&w->b.m);
    *w = (FxWorld){ 0 };
}

void fx_ind_head(FxWorld *w, int latest_edition_year)
{
    Indicators *ind = &w->ind;
    ind->as_of = w->s.as_of;
    ind->fiscal_year = date_fiscal_year(w->s.as_of);
    ind->quarter = date_fiscal_quarter(w->s.as_of);
    ind->baseline_edition_year = w->s.baseline_edition;
    ind->latest_edition_year = latest_edition_year;
}

void fx_all_started(FxWorld *w)
{
    FX_CHECK(w->b.m.iso3_index, "fx_all_started() before fx_index()");
    w->ind.project_started = NEW(&w->perm, bool, w->b.m.n_projects);
    for (int p = 0; p < w->b.m.n_projects; p++)
        w->ind.project_started[p] = true;
    w->ind.participation_known = NEW(&w->perm, bool, w->b.m.n_participation + 1);
    for (size_t i = 0; i < w->b.m.n_participation; i++)   /* as compute */
        w->ind.participation_known[i] =
            w->b.m.participation[i].from <= w->s.as_of;   /* set by fx_index */
}

GCountry *fx_g_countries(FxWorld *w)
{
    FX_CHECK(w->b.m.iso3_index, "fx_g_countries() before fx_index()");
    G *g = &w->ind.g;
    g->n_countries = w->b.m.n_countries;
    g->countries = NEW(&w->perm, GCountry, g->n_countries);
    for (int c = 0; c < g->n_countries; c++)
        g->countries[c] = (GCountry){ .country = c, .baseline_stage = STAGE_NONE,
            .baseline_edition = -1, .stage = STAGE_NONE, .stage_edition = -1,
            .stage_assessment = -1, .target_stage = STAGE_NONE };
    return g->countries;
}

Err fx_render(FxWorld *w, RenderFn render, const char *outdir)
{
    w->ctx.outdir = outdir;
    if (!w->ind.changes && w->ind.n_trend > 0) {   /* hand-set: no change */
        w->ind.changes = NEW(&w->perm, ChangeSet, w->ind.n_trend);
        for (int k = 0; k < w->ind.n_trend; k++)
            w->ind.changes[k] = (ChangeSet){
                k ? w->ind.trend[k - 1].date : w->ind.trend[0].date - 1,
                w->ind.trend[k].date, NULL, 0 };
    }
    /* a hand-built world has no files: the settings alone are hashed */
    FX_CHECK(!fingerprint_inputs(&w->inputs, NULL, &w->s, &w->diag), "fingerprint");
    w->ctx.inputs = &w->inputs;
    Err err = render(&w->ctx);
    if (!err && w->cat && catalog_missing(w->cat, &w->diag))
        err = ERR_CONFIG;
    if (err)
        diag_print(&w->diag, stderr);
    return err;
}

const I1Country *fx_i1(const FxWorld *w, const char *iso3)
{
    int c = model_find_country(&w->b.m, iso3);
    for (int i = 0; i < w->ind.i1.n_countries; i++)
        if (w->ind.i1.countries[i].country == c)
            return &w->ind.i1.countries[i];
    return NULL;
}

const GCountry *fx_g(const FxWorld *w, const char *iso3)
{
    int c = model_find_country(&w->b.m, iso3);
    return c < 0 ? NULL : &w->ind.g.countries[c];
}

const I2Country *fx_i2(const FxWorld *w, const char *iso3)
{
    int c = model_find_country(&w->b.m, iso3);
    for (int i = 0; i < w->ind.i2.n_countries; i++)
        if (w->ind.i2.countries[i].country == c)
            return &w->ind.i2.countries[i];
    return NULL;
}

const D1Project *fx_d1(const FxWorld *w, const char *project)
{
    int p = model_find_project(&w->b.m, project, strlen(project));
    for (int i = 0; i < w->ind.d1.n_projects; i++)
        if (w->ind.d1.projects[i].project == p)
            return &w->ind.d1.projects[i];
    return NULL;
}

const D1Indicator *fx_d1_indicator(const FxWorld *w, const char *project,
                                   const char *id)
{
    const D1Project *p = fx_d1(w, project);
    for (int k = 0; p && k < p->n_indicators; k++)
        if (strcmp(w->b.m.scenarios[p->indicators[k].scenario].id, id) == 0)
            return &p->indicators[k];
    return NULL;
}
