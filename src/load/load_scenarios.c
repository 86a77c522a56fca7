/* load_scenarios.c -- scenarios.csv and results.csv, row by row
 * (load_scenarios.h). */
#include "load/load_scenarios.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"

static const char pillar_list[] =
    "legal, technical, organizational, capacity_development or cooperation";

/* ---- (project, indicator_id) -> scenario, open addressing ---- */

static uint64_t scenario_hash(int project, const char *id, size_t n)
{
    return hash_bytes(id, n) ^ ((uint64_t)(uint32_t)project * 0x9E3779B97F4A7C15u);
}

static size_t scenario_probe(const Loader *L, int project, const char *id,
                             size_t n)
{
    size_t i = (size_t)scenario_hash(project, id, n) & (L->t->scap - 1);
    for (int32_t s; (s = L->t->sslots[i]) >= 0; i = (i + 1) & (L->t->scap - 1)) {
        const Scenario *sc = &L->m->scenarios[s];
        if (sc->project == project && strlen(sc->id) == n
            && memcmp(sc->id, id, n) == 0)
            break;
    }
    return i;
}

/* The scenario of `project` named `id`, or -1. */
static int scenario_find(const Loader *L, int project, CsvField id)
{
    if (!L->t->scap)
        return -1;
    return L->t->sslots[scenario_probe(L, project, id.p, id.len)];
}

/* Note the scenario just appended (load <= 1/2). */
static void scenario_add(Loader *L)
{
    int n = L->m->n_scenarios;
    if ((size_t)n * 2 > L->t->scap) {
        size_t cap = L->t->scap ? L->t->scap * 2 : 64;
        free(L->t->sslots);
        L->t->sslots = xrealloc(NULL, cap * sizeof *L->t->sslots);
        L->t->scap = cap;
        for (size_t i = 0; i < cap; i++)
            L->t->sslots[i] = -1;
        for (int s = 0; s < n - 1; s++) {
            const Scenario *sc = &L->m->scenarios[s];
            L->t->sslots[scenario_probe(L, sc->project, sc->id, strlen(sc->id))] = s;
        }
    }
    const Scenario *sc = &L->m->scenarios[n - 1];
    L->t->sslots[scenario_probe(L, sc->project, sc->id, strlen(sc->id))] = n - 1;
}

/* A decimal value (§3.7: exact); false when empty or bad (noted). */
static bool value_cell(Loader *L, int c, Rat *out)
{
    CsvField f = ld_cell(L, c);
    if (ld_empty(f))
        return false;
    if (rat_parse(f.p, f.len, out))
        return true;
    ld_error(L, "column '%s': invalid number '%.*s', expected a decimal number "
             "such as 12 or -3.5 (at most 15 digits, 9 after the point)",
             ld_col(L, c), LD_V(f));
    return false;
}

/* ---- scenarios.csv ---- */

enum { SC_PROJECT, SC_ID, SC_PILLAR, SC_INDICATOR, SC_DIRECTION, SC_BASELINE,
       SC_TARGET, SC_TARGET_DATE, SC_BASELINE_DATE, SC_UNIT, SC_INDICATOR_JA,
       SC_SOURCE };

/* §2: the target lies on the side `direction` names, and differs from
 * the baseline (progress divides by target - baseline, §3.10). */
static bool scenario_values(Loader *L, Scenario *s, bool dir_ok)
{
    bool b = value_cell(L, SC_BASELINE, &s->baseline);
    bool t = value_cell(L, SC_TARGET, &s->target);
    if (!b || !t)
        return false;
    int cmp = rat_cmp(s->target, s->baseline);
    if (cmp == 0) {
        ld_error(L, "column 'target': '%.*s' equals the baseline '%.*s'; a "
                 "target must differ from its baseline",
                 LD_V(ld_cell(L, SC_TARGET)), LD_V(ld_cell(L, SC_BASELINE)));
        return false;
    }
    if (dir_ok && (cmp > 0) != (s->direction == DIRECTION_INCREASE)) {
        ld_error(L, "column 'direction': '%s' contradicts baseline '%.*s' and "
                 "target '%.*s', expected %s", direction_names[s->direction],
                 LD_V(ld_cell(L, SC_BASELINE)), LD_V(ld_cell(L, SC_TARGET)),
                 direction_names[cmp > 0 ? DIRECTION_INCREASE : DIRECTION_DECREASE]);
        return false;
    }
    return true;
}

/* The baseline date as the data gives it, for messages: "2023-10", or
 * "2023-04-01 (the project's start)". */
static const char *baseline_text(const Scenario *s, char buf[64])
{
    char d[11];
    date_format_prec(s->baseline_date, s->baseline_prec, d);
    snprintf(buf, 64, "%s%s", d, s->has_baseline_date ? "" : " (the project's start)");
    return buf;
}

/* §2: dates at their precision; baseline_date defaults to the project's
 * start; the target date may not come before the baseline date. */
static bool scenario_dates(Loader *L, Scenario *s)
{
    bool t = ld_date(L, SC_TARGET_DATE, &s->target_date, &s->target_prec);
    bool b_given = !ld_empty(ld_cell(L, SC_BASELINE_DATE));
    s->has_baseline_date = ld_date(L, SC_BASELINE_DATE, &s->baseline_date,
                                   &s->baseline_prec);
    if (b_given && !s->has_baseline_date)
        return false;
    if (!s->has_baseline_date) {
        if (s->project < 0)
            return t;
        s->baseline_date = L->m->projects[s->project].start;
        s->baseline_prec = L->m->projects[s->project].start_prec;
    }
    if (!t || s->baseline_date == DATE_NONE)
        return t;
    if (s->target_date < date_period_first(s->baseline_date, s->baseline_prec)) {
        char buf[64];
        ld_error(L, "column 'target_date': '%.*s' is before the baseline date %s",
                 LD_V(ld_cell(L, SC_TARGET_DATE)), baseline_text(s, buf));
        return false;
    }
    return true;
}

void row_scenario(Loader *L)
{
    Model *m = L->m;
    Scenario s = { .line = L->line, .pillar = -1 };
    s.project = rows_project_ref(L, SC_PROJECT);
    CsvField id = ld_cell(L, SC_ID);
    s.id = ld_req_str(L, SC_ID);
    s.pillar = ld_token(L, SC_PILLAR, "pillar", pillar_from_name, pillar_list);
    s.indicator = ld_req_str(L, SC_INDICATOR);
    s.indicator_ja = ld_opt_str(L, SC_INDICATOR_JA);
    s.unit = ld_opt_str(L, SC_UNIT);
    s.source = ld_opt_str(L, SC_SOURCE);
    int dir = ld_token(L, SC_DIRECTION, "direction", direction_from_name,
                       "increase or decrease");
    s.direction = dir < 0 ? DIRECTION_INCREASE : (Direction)dir;
    bool values_ok = scenario_values(L, &s, dir >= 0);
    bool dates_ok = scenario_dates(L, &s);
    if (s.project < 0 || ld_empty(id) || s.pillar < 0 || dir < 0 || !values_ok
        || !dates_ok || ld_empty(ld_cell(L, SC_INDICATOR)))
        return;
    int prev = scenario_find(L, s.project, id);
    if (prev >= 0) {
        ld_error(L, "duplicate indicator_id '%.*s' in project '%s' (first on "
                 "line %ld)", LD_V(id), m->projects[s.project].id,
                 m->scenarios[prev].line);
        return;
    }
    m->scenarios = ld_grow(m->scenarios, (size_t)m->n_scenarios,
                           &L->cap[T_SCENARIOS], sizeof *m->scenarios);
    m->scenarios[m->n_scenarios++] = s;
    scenario_add(L);
}

/* ---- results.csv ---- */

enum { RE_PROJECT, RE_ID, RE_DATE, RE_VALUE, RE_SOURCE, RE_NOTE };

void row_result(Loader *L)
{
    Model *m = L->m;
    Result r = { .line = L->line, .scenario = -1 };
    int project = rows_project_ref(L, RE_PROJECT);
    CsvField id = ld_cell(L, RE_ID);
    if (project >= 0 && !ld_empty(id)) {
        r.scenario = scenario_find(L, project, id);
        if (r.scenario < 0)
            ld_error(L, "column 'indicator_id': unknown indicator '%.*s' of "
                     "project '%s', expected an indicator_id of scenarios.csv",
                     LD_V(id), m->projects[project].id);
    }
    bool date_ok = ld_date(L, RE_DATE, &r.date, &r.date_prec);
    bool value_ok = value_cell(L, RE_VALUE, &r.value);
    r.source = ld_opt_str(L, RE_SOURCE);
    r.note = ld_opt_str(L, RE_NOTE);
    if (r.scenario < 0 || !date_ok || !value_ok)
        return;
    /* §2: a result is measured from the baseline on; a reduced date is
     * before it only when its whole period is. */
    const Scenario *s = &m->scenarios[r.scenario];
    if (s->baseline_date != DATE_NONE && r.date < date_period_first(s->baseline_date, s->baseline_prec)) {
        char buf[64];
        ld_error(L, "column 'date': '%.*s' is before the baseline date %s of "
                 "indicator '%s'", LD_V(ld_cell(L, RE_DATE)),
                 baseline_text(s, buf), s->id);
        return;
    }
    m->results = ld_grow(m->results, (size_t)m->n_results, &L->cap[T_RESULTS],
                         sizeof *m->results);
    m->results[m->n_results++] = r;
}
