/* compute_stage.c -- stages and the final goal G (SPEC §3.4, §3.7). */
#include "compute/compute_internal.h"

#include <string.h>

const char *const source_codes[SRC_COUNT] = {
    "none",
    "gci_tier",
    "gci_score",
    "assessment",
    "table",
    "strategy_initial",
    "strategy_forefront",
    "strategy_asia",
    "default",
};

/* §3.4: tier 5 -> initial, 4 -> growing, 3 -> networking, 2 or 1 ->
 * self_sustaining; without a tier, the overall percent against the
 * thresholds, compared exactly (§3.7: 20.00 % is growing). */
static Stage stage_of_row(const Timeline *t, const GciRow *r, StageSource *src)
{
    *src = SRC_NONE;
    if (!r)
        return STAGE_NONE;
    if (r->has & GCI_HAS_TIER) {
        *src = SRC_GCI_TIER;
        return r->tier >= 5 ? STAGE_INITIAL
             : r->tier == 4 ? STAGE_GROWING
             : r->tier == 3 ? STAGE_NETWORKING
                            : STAGE_SELF_SUSTAINING;
    }
    if (!(r->has & GCI_HAS_OVERALL))
        return STAGE_NONE;
    *src = SRC_GCI_SCORE;
    Rat pct = compute_overall_percent(t->m, r);
    if (rat_lt(pct, t->s->initial_below))
        return STAGE_INITIAL;
    if (rat_lt(pct, t->s->growing_below))
        return STAGE_GROWING;
    if (rat_lt(pct, t->s->networking_below))
        return STAGE_NETWORKING;
    return STAGE_SELF_SUSTAINING;
}

/* §3.7: the baseline edition counts only once published. */
static void baseline_stage(const Timeline *t, Date d, GCountry *o)
{
    o->baseline_edition = -1;
    o->baseline_stage = STAGE_NONE;
    o->baseline_source = SRC_NONE;
    if (!compute_edition_visible(t->m, t->base_e, d))
        return;
    const GciRow *r = model_gci(t->m, o->country, t->base_e);
    o->baseline_stage = stage_of_row(t, r, &o->baseline_source);
    if (o->baseline_stage != STAGE_NONE)
        o->baseline_edition = t->base_e;
}

/* §3.4, §3.7: the newest assessment stage by d wins; else the newest
 * published edition whose row gives a stage. */
static void current_stage(const Timeline *t, const Snapshot *sn, GCountry *o)
{
    const Model *m = t->m;
    o->stage = STAGE_NONE;
    o->stage_source = SRC_NONE;
    o->stage_edition = -1;
    o->stage_assessment = sn->assess[o->country];
    if (o->stage_assessment >= 0) {
        o->stage = m->assessments[o->stage_assessment].stage;
        o->stage_source = SRC_ASSESSMENT;
        return;
    }
    for (int e = m->n_editions - 1; e >= 0; e--) {
        if (!compute_edition_visible(m, e, sn->date))
            continue;
        StageSource src;
        Stage st = stage_of_row(t, model_gci(m, o->country, e), &src);
        if (st != STAGE_NONE) {
            o->stage = st;
            o->stage_source = src;
            o->stage_edition = e;
            return;
        }
    }
}

/* §1: the regions of the strategy's "South-East Asian countries and
 * cooperating countries of South, East and Central Asia". */
static bool strategy_asia(const char *region)
{
    return !strcmp(region, "Southeast Asia") || !strcmp(region, "South Asia")
        || !strcmp(region, "East Asia") || !strcmp(region, "Central Asia");
}

/* §3.4, §3.7: the table's target, else the rule for cooperation
 * countries: the strategy's groups, then this tool's fallback. */
static void target_stage(const Model *m, GCountry *o)
{
    const Country *c = &m->countries[o->country];
    o->target_stage = STAGE_NONE;
    o->target_source = SRC_NONE;
    if (c->target_stage != STAGE_NONE) {
        o->target_stage = c->target_stage;
        o->target_source = SRC_TABLE;
    } else if (!o->cooperation) {
        return;   /* no target unless target_stage is set */
    } else if (o->baseline_stage == STAGE_INITIAL) {
        o->target_stage = STAGE_GROWING;
        o->target_source = SRC_STRATEGY_INITIAL;
    } else if (strcmp(c->region, "Southeast Asia") == 0
               && o->baseline_stage >= STAGE_NETWORKING) {
        o->target_stage = STAGE_SELF_SUSTAINING;
        o->target_source = SRC_STRATEGY_FOREFRONT;
    } else {      /* an unknown baseline stage included */
        o->target_stage = STAGE_NETWORKING;
        o->target_source = o->baseline_stage != STAGE_NONE && strategy_asia(c->region)
                               ? SRC_STRATEGY_ASIA : SRC_DEFAULT;
    }
}

int compute_g_eval(const Timeline *t, const Snapshot *sn, GCountry *out,
                   int *with_target, int *unknown)
{
    int reached = 0;
    *with_target = *unknown = 0;
    for (int c = 0; c < t->m->n_countries; c++) {
        GCountry *o = &out[c];
        memset(o, 0, sizeof *o);
        o->country = c;
        o->cooperation = sn->coop[c];
        baseline_stage(t, sn->date, o);
        current_stage(t, sn, o);
        target_stage(t->m, o);
        /* §3.4: with a target but no current stage: unknown, neither
         * reached nor not. */
        o->unknown = o->target_stage != STAGE_NONE && o->stage == STAGE_NONE;
        o->reached = o->target_stage != STAGE_NONE && o->stage != STAGE_NONE
                     && o->stage >= o->target_stage;
        reached += o->reached;
        *unknown += o->unknown;
        *with_target += o->target_stage != STAGE_NONE;
    }
    return reached;
}
