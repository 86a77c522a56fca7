/* load_rows.c -- the files of SPEC §2, row by row (load_rows.h). */
#include "load/load_rows.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/hash.h"
#include "load/load_scenarios.h"

static const char stage_list[] =
    "initial, growing, networking or self_sustaining";
static const char pillar_list[] =
    "legal, technical, organizational, capacity_development or cooperation";
static const char scheme_list[] =
    "technical_cooperation, training, expert_dispatch, seminar, grant_aid, "
    "loan, triangular, assessment or other";

/* ---- project_id hash (open addressing, load <= 1/2) ---- */

/* A slot holds a project index and its hash's upper half, so a probe
 * rarely touches a project record that is not the one sought. */
typedef struct Slot {
    int32_t project;          /* -1: empty */
    uint32_t hash;
} Slot;

static bool id_is(const Loader *L, int32_t p, const char *id, size_t n)
{
    return L->t->plen[p] == n && memcmp(L->t->keys + L->t->koff[p], id, n) == 0;
}

static size_t project_probe(const Loader *L, const char *id, size_t n,
                            uint64_t h)
{
    uint32_t tag = (uint32_t)(h >> 32);
    size_t i = (size_t)h & (L->t->pcap - 1);
    for (Slot *s; (s = &L->t->pslots[i])->project >= 0;
         i = (i + 1) & (L->t->pcap - 1))
        if (s->hash == tag && id_is(L, s->project, id, n))
            break;
    return i;
}

static void project_put(Loader *L, int32_t p)
{
    const char *id = L->t->keys + L->t->koff[p];
    uint64_t h = hash_bytes(id, L->t->plen[p]);
    L->t->pslots[project_probe(L, id, L->t->plen[p], h)] =
        (Slot){ p, (uint32_t)(h >> 32) };
}

/* Index of the project `f`, or -1.  Participation rows usually come in
 * runs of one project: the last hit is tried first. */
static int project_find(Loader *L, CsvField f)
{
    if (!L->t->pcap)
        return -1;
    if (L->last_project >= 0 && id_is(L, L->last_project, f.p, f.len))
        return L->last_project;
    int32_t p = L->t->pslots[project_probe(L, f.p, f.len,
                                        hash_bytes(f.p, f.len))].project;
    if (p >= 0)
        L->last_project = p;
    return p;
}

static void project_rehash(Loader *L)
{
    size_t cap = L->t->pcap ? L->t->pcap * 2 : 64;
    free(L->t->pslots);
    L->t->pslots = xrealloc(NULL, cap * sizeof *L->t->pslots);
    L->t->pcap = cap;
    for (size_t i = 0; i < cap; i++)
        L->t->pslots[i] = (Slot){ -1, 0 };
    for (int p = 0; p < L->m->n_projects; p++)
        project_put(L, p);
}

/* Note the project just appended in the lookup.  Its id is also copied
 * into `keys`, one compact buffer, so that the million look-ups of a big
 * participation.csv stay in cache. */
static void project_add(Loader *L, CsvField id)
{
    int p = L->m->n_projects - 1;
    size_t room = L->t->plen_cap;
    L->t->plen = ld_grow(L->t->plen, (size_t)p, &room, sizeof *L->t->plen);
    L->t->koff = ld_grow(L->t->koff, (size_t)p, &L->t->plen_cap, sizeof *L->t->koff);
    L->t->plen[p] = id.len;
    L->t->koff[p] = L->t->klen;
    if (L->t->klen + id.len > L->t->kcap) {
        while (L->t->klen + id.len > L->t->kcap)
            L->t->kcap = L->t->kcap ? L->t->kcap * 2 : 4096;
        L->t->keys = xrealloc(L->t->keys, L->t->kcap);
    }
    memcpy(L->t->keys + L->t->klen, id.p, id.len);
    L->t->klen += id.len;
    if ((size_t)L->m->n_projects * 2 > L->t->pcap)
        project_rehash(L);
    else
        project_put(L, p);
}

/* ---- countries.csv ---- */

enum { CO_ISO3, CO_NAME, CO_REGION, CO_TARGET_STAGE, CO_NAME_JA };

static const char *region_cell(Loader *L)
{
    CsvField f = ld_cell(L, CO_REGION);
    int r = region_from_name(f.p, f.len);
    if (r >= 0)
        return region_names[r];   /* static: the one list, model.h */
    if (!ld_empty(f)) {
        char list[512] = "";
        for (int i = 0; i < REGION_COUNT; i++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s",
                     i ? ", " : "", region_names[i]);
        ld_error(L, "column 'region': unknown region '%.*s', expected one of %s",
                 LD_V(f), list);
    }
    return arena_strndup(&L->m->arena, f.p, f.len);
}

static void row_country(Loader *L)
{
    Model *m = L->m;
    CsvField iso = ld_cell(L, CO_ISO3);
    int slot = ld_iso3(L, CO_ISO3, iso);
    Country c = { .line = L->line };
    c.name = ld_req_str(L, CO_NAME);
    c.name_ja = ld_opt_str(L, CO_NAME_JA);
    c.region = region_cell(L);
    int st = ld_token(L, CO_TARGET_STAGE, "stage", stage_from_name,
                      stage_list);
    c.target_stage = st < 0 ? STAGE_NONE : (Stage)st;
    if (slot < 0)
        return;
    if (L->t->iso3[slot] >= 0) {
        ld_error(L, "duplicate iso3 '%.*s' (first on line %ld)", LD_V(iso),
                 m->countries[L->t->iso3[slot]].line);
        return;
    }
    if (!ld_room(L, m->n_countries, L->s->max_countries, "countries",
                 "max_countries"))
        return;
    memcpy(c.iso3, iso.p, 3);
    m->countries = ld_grow(m->countries, (size_t)m->n_countries,
                           &L->cap[T_COUNTRIES], sizeof *m->countries);
    L->t->iso3[slot] = m->n_countries;
    m->countries[m->n_countries++] = c;
}

/* ---- gci_editions.csv ---- */

enum { ED_EDITION, ED_PUBLISHED, ED_PILLAR_MAX, ED_OVERALL_MAX,
       ED_REFERENCE_DATE, ED_SOURCE };

static int edition_find(const Model *m, int year)
{
    for (int e = 0; e < m->n_editions; e++)
        if (m->editions[e].year == year)
            return e;
    return -1;
}

/* A positive decimal maximum; RAT_ZERO when empty or bad (noted).
 *
 * Issue 21.2: a percent is score * (100 / max).  When 100 / max is a
 * decimal with at most MAX_SCALE_DECIMALS places, every percent has at
 * most 9 + 4 decimals, so every mean, median and excess of compute_i1.c
 * has a denominator dividing 10^13 * 120 and fits the 64 bits of a Rat
 * (rat.h).  A maximum such as 3 or 20.0000001 gives percents that
 * repeat; their sums cannot be kept exact, so the loader refuses them. */
#define MAX_SCALE_DECIMALS 4
static Rat max_cell(Loader *L, int c)
{
    CsvField f = ld_cell(L, c);
    Rat r;
    if (ld_empty(f))
        return RAT_ZERO;
    if (!rat_parse(f.p, f.len, &r) || r.num <= 0) {
        ld_error(L, "column '%s': invalid maximum '%.*s', expected a positive "
                 "decimal number", ld_col(L, c), LD_V(f));
        return RAT_ZERO;
    }
    Rat scale = rat_div(rat_int(100), r);
    int64_t pow10 = 1;
    for (int i = 0; i < MAX_SCALE_DECIMALS; i++)
        pow10 *= 10;
    if (pow10 % scale.den == 0)
        return r;
    ld_error(L, "column '%s': maximum '%.*s' cannot be computed exactly: 100 "
             "divided by it must be a decimal with at most %d places (1, 20, "
             "100 and 0.5 are; 3 and 20.0000001 are not)", ld_col(L, c), LD_V(f),
             MAX_SCALE_DECIMALS);
    return RAT_ZERO;
}

static void row_edition(Loader *L)
{
    Model *m = L->m;
    Edition e = { .line = L->line, .published = DATE_NONE };
    CsvField y = ld_cell(L, ED_EDITION);
    bool year_ok = ld_year(y, &e.year);
    if (!year_ok && !ld_empty(y))
        ld_error(L, "column 'edition': invalid year '%.*s', expected a year such "
                 "as 2020", LD_V(y));
    ld_date(L, ED_PUBLISHED, &e.published, &e.published_prec);
    /* §3.2: the end of the period its data describes; default published */
    e.has_reference_date = ld_date(L, ED_REFERENCE_DATE, &e.reference_date,
                                   &e.reference_prec);
    if (!e.has_reference_date) {
        e.reference_date = e.published;
        e.reference_prec = e.published_prec;
    } else if (e.published != DATE_NONE && e.reference_date > e.published)
        ld_error(L, "column 'reference_date': '%.*s' is after published '%.*s'; "
                 "an edition's data is collected before it is published",
                 LD_V(ld_cell(L, ED_REFERENCE_DATE)), LD_V(ld_cell(L, ED_PUBLISHED)));
    e.pillar_max = max_cell(L, ED_PILLAR_MAX);
    e.overall_max = max_cell(L, ED_OVERALL_MAX);
    if (!year_ok)
        return;
    int prev = edition_find(m, e.year);
    if (prev >= 0) {
        ld_error(L, "duplicate edition '%.*s' (first on line %ld)", LD_V(y),
                 m->editions[prev].line);
        return;
    }
    if (!ld_room(L, m->n_editions, L->s->max_editions, "editions",
                 "max_editions"))
        return;
    m->editions = ld_grow(m->editions, (size_t)m->n_editions,
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
    CsvField f = ld_cell(L, c);
    char buf[32];
    if (ld_empty(f))
        return false;
    if (!rat_parse(f.p, f.len, out)) {
        ld_error(L, "column '%s': invalid score '%.*s', expected a decimal number",
                 ld_col(L, c), LD_V(f));
        return false;
    }
    if (out->num < 0 || (max.num > 0 && rat_gt(*out, max))) {
        ld_error(L, "column '%s': score '%.*s' out of range, expected 0 to %s "
                 "(edition %d)", ld_col(L, c), LD_V(f), ld_rat_text(max, buf), year);
        return false;
    }
    return true;
}

/* §2: a row whose scores are all 0 or empty, one at least 0, is the
 * source's way of saying "not assessed": its cells count as empty. */
static void gci_zero_row(Loader *L, GciRow *g)
{
    unsigned scores = g->has & (PILLAR_ALL | GCI_HAS_OVERALL);
    if (!scores || (g->has & GCI_HAS_OVERALL && g->overall.num))
        return;
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (g->has & PILLAR_BIT(p) && g->pillar[p].num)
            return;
    ld_warn(L, "every score of %.*s in edition %.*s is 0 or empty: read as not "
            "assessed (its cells, tier included, count as empty)",
            LD_V(ld_cell(L, G_ISO3)), LD_V(ld_cell(L, G_EDITION)));
    g->has = 0;
    g->tier = 0;
    g->not_assessed = true;
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
    CsvField t = ld_cell(L, G_TIER);
    int64_t tier;
    if (ld_empty(t))
        return;
    if (ld_uint(t, 5, &tier) && tier >= 1) {
        g->tier = (int)tier;
        g->has |= GCI_HAS_TIER;
    } else
        ld_error(L, "column 'tier': invalid tier '%.*s', expected a whole number "
                 "from 1 to 5", LD_V(t));
}

static int edition_ref(Loader *L, CsvField y)
{
    int year;
    if (ld_empty(y))
        return -1;
    if (!ld_year(y, &year)) {
        ld_error(L, "column 'edition': invalid year '%.*s', expected a year such "
                 "as 2020", LD_V(y));
        return -1;
    }
    int e = edition_find(L->m, year);
    if (e < 0)
        ld_error(L, "column 'edition': edition '%.*s' is not declared in "
                 "gci_editions.csv", LD_V(y));
    return e;
}

static void row_gci(Loader *L)
{
    Model *m = L->m;
    CsvField iso = ld_cell(L, G_ISO3), y = ld_cell(L, G_EDITION);
    GciRow g = { .line = L->line };
    g.country = ld_country(L, G_ISO3, iso);
    g.edition = edition_ref(L, y);
    gci_scores(L, &g);
    gci_zero_row(L, &g);
    if (g.country < 0 || g.edition < 0)
        return;
    int32_t *seen = &L->t->gci_seen[(size_t)g.country * (size_t)m->n_editions
                                 + (size_t)g.edition];
    if (*seen >= 0) {
        ld_error(L, "duplicate row for iso3 '%.*s' and edition '%.*s' (first on "
               "line %ld)", LD_V(iso), LD_V(y), m->gci[*seen].line);
        return;
    }
    m->gci = ld_grow(m->gci, (size_t)m->n_gci, &L->cap[T_GCI], sizeof *m->gci);
    *seen = m->n_gci;
    m->gci[m->n_gci++] = g;
}

/* ---- projects.csv ---- */

enum { P_ID, P_TITLE, P_SCHEME, P_COUNTRIES, P_START, P_END, P_PILLARS,
       P_COUNTERPART, P_PARTNERS, P_BUDGET, P_URL, P_TITLE_JA, P_SOURCES };

static void project_countries(Loader *L, Project *p)
{
    size_t n = ld_split(L, P_COUNTRIES), k = 0;
    for (size_t i = 0; i < n; i++) {
        if (ld_repeated(L, P_COUNTRIES, i))
            continue;
        int c = ld_country(L, P_COUNTRIES, L->tmp_str[i]);
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
    size_t n = ld_split(L, P_PILLARS);
    for (size_t i = 0; i < n; i++) {
        CsvField f = L->tmp_str[i];
        if (ld_repeated(L, P_PILLARS, i))
            continue;
        int v = pillar_from_name(f.p, f.len);
        if (v < 0)
            ld_error(L, "column 'pillars': unknown pillar '%.*s', expected %s",
                     LD_V(f), pillar_list);
        else
            p->pillars |= PILLAR_BIT(v);
    }
}

/* The distinct items of a ';' cell, in file order, in the arena. */
static const char **text_list(Loader *L, int c, int *count)
{
    size_t n = ld_split(L, c), k = 0;
    const char **out = NEW(&L->m->arena, const char *, n);
    for (size_t i = 0; i < n; i++)
        if (!ld_repeated(L, c, i))
            out[k++] = arena_strndup(&L->m->arena, L->tmp_str[i].p,
                                     L->tmp_str[i].len);
    *count = (int)k;
    return out;
}

/* §2: a reduced start stands for the last day of its period, or for the
 * end day when that period ends after it; end before start is an error
 * only when the whole start period is after the end. */
static void project_dates(Loader *L, Project *p)
{
    p->start = p->end = DATE_NONE;
    bool s = ld_date(L, P_START, &p->start, &p->start_prec);
    bool e = ld_date(L, P_END, &p->end, &p->end_prec);
    if (s && e && date_period_first(p->start, p->start_prec) > p->end)
        ld_error(L, "column 'end': end '%.*s' is before start '%.*s'",
                 LD_V(ld_cell(L, P_END)), LD_V(ld_cell(L, P_START)));
    else if (s && e && p->start > p->end)
        p->start = p->end;
}

/* validate's warning (issue 16): an event with no reported end counts as
 * ongoing in every fiscal year from its start. */
static void project_end_warning(Loader *L, const Project *p)
{
    if (p->end != DATE_NONE || ld_empty(ld_cell(L, P_START))
        || (p->scheme != SCHEME_SEMINAR && p->scheme != SCHEME_TRAINING))
        return;
    ld_warn(L, "column 'end': empty for a %s: it counts as ongoing in every "
            "fiscal year from its start; give its last day if it is over",
            scheme_names[p->scheme]);
}

static void project_budget(Loader *L, Project *p)
{
    CsvField f = ld_cell(L, P_BUDGET);
    if (ld_empty(f))
        return;
    if (ld_uint(f, INT64_MAX, &p->budget_jpy))
        p->has_budget = true;
    else
        ld_error(L, "column 'budget_jpy': invalid amount '%.*s', expected a whole "
                 "number of yen, 0 or more, without separators", LD_V(f));
}

static void row_project(Loader *L)
{
    Model *m = L->m;
    CsvField id = ld_cell(L, P_ID);
    Project p = { .line = L->line };
    int prev = ld_empty(id) ? -1 : project_find(L, id);
    p.id = ld_req_str(L, P_ID);
    p.title = ld_req_str(L, P_TITLE);
    p.title_ja = ld_opt_str(L, P_TITLE_JA);
    int sc = ld_token(L, P_SCHEME, "scheme", scheme_from_name, scheme_list);
    p.scheme = sc < 0 ? SCHEME_OTHER : (Scheme)sc;
    project_countries(L, &p);
    project_dates(L, &p);
    project_pillars(L, &p);
    p.counterpart = ld_opt_str(L, P_COUNTERPART);
    p.partners = text_list(L, P_PARTNERS, &p.n_partners);
    project_budget(L, &p);
    p.url = ld_opt_str(L, P_URL);
    p.sources = text_list(L, P_SOURCES, &p.n_sources);
    project_end_warning(L, &p);
    if (ld_empty(id))
        return;
    if (prev >= 0) {
        ld_error(L, "duplicate project_id '%.*s' (first on line %ld)", LD_V(id),
                 m->projects[prev].line);
        return;
    }
    if (!ld_room(L, m->n_projects, L->s->max_projects, "projects",
                 "max_projects"))
        return;
    m->projects = ld_grow(m->projects, (size_t)m->n_projects,
                          &L->cap[T_PROJECTS], sizeof *m->projects);
    m->projects[m->n_projects++] = p;
    project_add(L, id);
}

/* ---- participation.csv ---- */

enum { PA_PROJECT, PA_ISO3, PA_FY, PA_PARTICIPANTS, PA_FEMALE, PA_DATE,
       PA_APPROX, PA_SOURCE };

static int project_ref(Loader *L, int c)
{
    CsvField f = ld_cell(L, c);
    if (ld_empty(f))
        return -1;
    int p = project_find(L, f);
    if (p < 0)
        ld_error(L, "column '%s': unknown project '%.*s'", ld_col(L, c), LD_V(f));
    return p;
}

int rows_project_ref(Loader *L, int c)
{
    return project_ref(L, c);
}

/* A head count: the value, -1 when empty, -2 when bad (noted). */
static int32_t count_cell(Loader *L, int c)
{
    CsvField f = ld_cell(L, c);
    int64_t v;
    if (ld_empty(f))
        return -1;
    if (ld_uint(f, INT32_MAX, &v))
        return (int32_t)v;
    ld_error(L, "column '%s': invalid number '%.*s', expected a whole number, 0 "
             "or more", ld_col(L, c), LD_V(f));
    return -2;
}

/* Participation can have millions of rows: it lives in the arena from
 * the start, sized by load_file() from the file's line count, so that its
 * pages are touched once (a realloc'd array moved into the arena at the
 * end would touch twice as much memory, which dominated the load time).
 * Growing is the fallback for input that is not a regular file. */
void rows_participation_reserve(Loader *L, size_t cap)
{
    if (cap < 64)
        cap = 64;
    Participation *p = NEW(&L->m->arena, Participation, cap);
    if (L->n_part)
        memcpy(p, L->part, L->n_part * sizeof *p);
    L->part = p;
    L->part_cap = cap;
}

/* §2: `approx` is `yes` or empty (`no` is read as empty). */
static bool approx_cell(Loader *L)
{
    CsvField f = ld_cell(L, PA_APPROX);
    if (ld_empty(f) || (f.len == 2 && memcmp(f.p, "no", 2) == 0))
        return false;
    if (f.len == 3 && memcmp(f.p, "yes", 3) == 0)
        return true;
    ld_error(L, "column 'approx': invalid value '%.*s', expected yes, no or "
             "empty", LD_V(f));
    return false;
}

/* §2: the date's period must overlap the row's fiscal year.  A row with
 * no date is warned of once per reader (issue 16): it counts from the
 * later of its project's start and the first day of its fiscal year. */
static bool participation_date(Loader *L, Participation *r, bool fy_ok)
{
    DatePrec prec = DATE_PREC_DAY;
    r->date = DATE_NONE;
    CsvField f = ld_cell(L, PA_DATE);
    if (ld_empty(f)) {
        if (!L->warned_undated && fy_ok) {
            L->undated_item = L->d->n < L->d->limit ? L->d->n : SIZE_MAX;
            ld_warn(L, "column 'date': empty: the row counts from the later of "
                    "its project's start and 1 April %d (later rows without a "
                    "date are not named)", r->fiscal_year);
        }
        L->warned_undated = true;
        return true;
    }
    if (!ld_date(L, PA_DATE, &r->date, &prec))
        return false;
    r->date_prec = (uint8_t)prec;
    if (fy_ok && (date_period_first(r->date, prec) > fy_last_day(r->fiscal_year)
                  || r->date < fy_first_day(r->fiscal_year))) {
        ld_error(L, "column 'date': '%.*s' is outside fiscal year %d (1 April "
                 "%d to 31 March %d)", LD_V(f), r->fiscal_year, r->fiscal_year,
                 r->fiscal_year + 1);
        return false;
    }
    return true;
}

static void row_participation(Loader *L)
{
    Participation r = { .line = L->line };
    r.project = project_ref(L, PA_PROJECT);
    r.country = ld_country(L, PA_ISO3, ld_cell(L, PA_ISO3));
    CsvField fy = ld_cell(L, PA_FY);
    bool fy_ok = ld_year(fy, &r.fiscal_year);
    if (!fy_ok && !ld_empty(fy))
        ld_error(L, "column 'fiscal_year': invalid fiscal year '%.*s', expected a "
                 "year such as 2024", LD_V(fy));
    r.participants = count_cell(L, PA_PARTICIPANTS);
    r.female = count_cell(L, PA_FEMALE);
    if (r.participants >= 0 && r.female > r.participants)
        ld_error(L, "column 'female': female '%.*s' is more than participants "
                 "'%.*s'", LD_V(ld_cell(L, PA_FEMALE)), LD_V(ld_cell(L, PA_PARTICIPANTS)));
    bool date_ok = participation_date(L, &r, fy_ok);
    r.approx = approx_cell(L);
    if (r.approx && r.participants < 0)
        ld_warn(L, "column 'approx': yes, but no participants count is given");
    r.source = ld_row_source(L, PA_SOURCE);
    if (r.project < 0 || r.country < 0 || !fy_ok || r.participants < -1
        || r.female < -1 || !date_ok)
        return;
    if (L->n_part == L->part_cap)
        rows_participation_reserve(L, L->n_part * 2);
    L->part[L->n_part++] = r;
}

/* ---- assessments.csv ---- */

enum { AS_ISO3, AS_DATE, AS_KIND, AS_RATING, AS_STAGE, AS_PILLAR,
       AS_PROJECT, AS_SUMMARY, AS_SOURCE, AS_ASSESSOR };

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
    CsvField f = ld_cell(L, AS_RATING);
    int64_t v;
    if (ld_empty(f))
        return;
    if (ld_uint(f, 4, &v) && v >= 1)
        a->rating = (int)v;
    else
        ld_error(L, "column 'rating': invalid rating '%.*s', expected 1, 2, 3 or "
                 "4", LD_V(f));
}

static void row_assessment(Loader *L)
{
    Model *m = L->m;
    Assessment a = { .line = L->line };
    a.country = ld_country(L, AS_ISO3, ld_cell(L, AS_ISO3));
    bool date_ok = ld_date(L, AS_DATE, &a.date, &a.date_prec);
    int kind = ld_token(L, AS_KIND, "kind", kind_from_name, "I2 or D1");
    assessment_rating(L, &a);
    int st = ld_token(L, AS_STAGE, "stage", stage_from_name, stage_list);
    a.stage = st < 0 ? STAGE_NONE : (Stage)st;
    a.pillar = ld_token(L, AS_PILLAR, "pillar", pillar_from_name,
                        pillar_list);
    a.project = project_ref(L, AS_PROJECT);
    bool has_project = !ld_empty(ld_cell(L, AS_PROJECT));
    if (kind == ASSESS_D1 && !has_project)
        ld_error(L, "column 'project_id': empty, but kind 'D1' needs a project");
    a.summary = ld_opt_str(L, AS_SUMMARY);
    a.assessor = ld_opt_str(L, AS_ASSESSOR);
    a.source = ld_opt_str(L, AS_SOURCE);
    if (a.country < 0 || !date_ok || kind < 0
        || (has_project && a.project < 0))
        return;
    a.kind = (AssessKind)kind;
    m->assessments = ld_grow(m->assessments, (size_t)m->n_assessments,
                             &L->cap[T_ASSESS], sizeof *m->assessments);
    m->assessments[m->n_assessments++] = a;
}

/* ---- the files ---- */

const FileSpec load_files[LOAD_N_FILES] = {
    { "countries.csv",
      { "iso3", "name", "region", "target_stage", "name_ja" },
      LD_BIT(CO_ISO3) | LD_BIT(CO_NAME) | LD_BIT(CO_REGION),
      LD_BIT(CO_ISO3) | LD_BIT(CO_NAME) | LD_BIT(CO_REGION), row_country },
    { "gci_editions.csv",
      { "edition", "published", "pillar_max", "overall_max",
        "reference_date", "source" },
      0xF, 0xF, row_edition },
    { "gci.csv",
      { "iso3", "edition", "overall", "legal", "technical", "organizational",
        "capacity_development", "cooperation", "tier", "source" },
      LD_BIT(G_ISO3) | LD_BIT(G_EDITION), LD_BIT(G_ISO3) | LD_BIT(G_EDITION), row_gci },
    { "projects.csv",
      { "project_id", "title", "scheme", "countries", "start", "end",
        "pillars", "counterpart", "partners", "budget_jpy", "url",
        "title_ja", "sources" },
      LD_BIT(P_ID) | LD_BIT(P_TITLE) | LD_BIT(P_SCHEME) | LD_BIT(P_COUNTRIES)
          | LD_BIT(P_START) | LD_BIT(P_PILLARS),
      /* §2: countries may be empty (multi-country activity); §3.7: a
       * project may list no pillars. */
      LD_BIT(P_ID) | LD_BIT(P_TITLE) | LD_BIT(P_SCHEME) | LD_BIT(P_START), row_project },
    { "participation.csv",
      { "project_id", "iso3", "fiscal_year", "participants", "female",
        "date", "approx", "source" },
      0x7, 0x7, row_participation },
    { "assessments.csv",
      { "iso3", "date", "kind", "rating", "stage", "pillar", "project_id",
        "summary", "source", "assessor" },
      0x7, 0x7, row_assessment },
    { "scenarios.csv", SCENARIO_COLUMNS, SCENARIO_REQUIRED, SCENARIO_REQUIRED,
      row_scenario },
    { "results.csv", RESULT_COLUMNS, RESULT_REQUIRED, RESULT_REQUIRED,
      row_result },
};

