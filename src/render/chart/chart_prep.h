/* chart_prep.h -- what the charts need from the catalogue and the
 * indicators, resolved once per build on the main thread.
 *
 * Catalogue look-ups may remember missing keys, so they are not done in
 * the drawing threads: chart_prep_init() loads the chart definitions of
 * the views asked for and resolves every text into a ChartPrep, which the
 * views (chart_views.h) then only read, from any thread.  The prep owns
 * its strings (an arena) until chart_prep_release().
 */
#ifndef CYBERDASH_CHART_PREP_H
#define CYBERDASH_CHART_PREP_H

#include <stdbool.h>

#include "base/arena.h"
#include "render/chart/chart.h"
#include "render/render.h"

typedef enum {
    VIEW_D2, VIEW_I1, VIEW_STAGES, VIEW_PARTICIPANTS, VIEW_TREND,
    VIEW_CONTEXT, VIEW_COUNTRY, VIEW_SCENARIO, VIEW_COUNT
} ViewKind;

extern const char *const view_names[VIEW_COUNT]; /* "d2_cumulative", ... */

/* Participants of one fiscal year, all countries together (§3.7). */
typedef struct {
    double total, women;        /* sums of the reported counts */
    int unreported;             /* rows with activity but no count */
    bool has_women, approx;     /* approx: an approximate count is in it */
    const char *label;          /* the total as shown: "20", "about 20",
                                   "3+" (rows without a count), NULL at 0 */
} FyPeople;

/* Resolved texts: raw catalogue strings by key, plus formatted ones. */
typedef struct {
    const char *key;
    const char *text;
} PrepText;

typedef struct {
    const RenderCtx *ctx;
    ChartDef defs[VIEW_COUNT];
    bool loaded[VIEW_COUNT];
    PrepText *texts;
    int n_texts, cap_texts;
    Arena arena;               /* every prepared string */
    const char *source;        /* the source line with the data's date */
    const char *title[VIEW_COUNT], *subtitle[VIEW_COUNT];
    int fy_lo, fy_hi;          /* FY labels prepared for this range */
    const char **fy_label;     /* [fy - fy_lo] */
    const char **trend_label;  /* per trend point */
    const char **target_label; /* per D2 target */
    const char **edition_label;  /* per model edition */
    const char *pillar_label[PILLAR_COUNT];
    const char *stage_label[STAGE_COUNT + 1];  /* last: unknown */
    const char *i1_improved, *i1_not_improved, *i1_not_assessable;
    const char *ctx_no_group;
    const char *participants_message;  /* NULL when there are numbers */
    bool *i1_ceiling;          /* [I1 country]: latest 100 % in every
                                  targeted pillar (no room to improve) */
    FyPeople *people;          /* [fy - fy_lo], fy_lo..fy_hi */
    int people_unreported;     /* rows without a count, all years */
    const char *trend_i1_target, *trend_d2_target;
    const char *list_sep;
    /* §3.10 VIEW_SCENARIO, per model scenario (NULL: no chart): its
     * title (the indicator) and subtitle (project, unit, status). */
    const char **scenario_title, **scenario_subtitle;
} ChartPrep;

/* Build the prep on the main thread: load the chart definitions needed
 * for `views` (a bit set of 1 << ViewKind) and resolve every text.
 * Problems (bad definitions) go to ctx->diag; ERR_CONFIG on any. */
Err chart_prep_init(ChartPrep *p, const RenderCtx *ctx, unsigned views);
void chart_prep_release(ChartPrep *p);
/* A prepared raw text ("charts.trend_i1"); the key itself if absent. */
const char *chart_prep_text(const ChartPrep *p, const char *key);

#endif
