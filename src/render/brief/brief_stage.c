/* brief_stage.c -- the development-stage section; see brief_stage.h. */
#include "render/brief/brief_stage.h"

#include "present/vocab.h"
#include "render/brief/brief_words.h"

#define TARGET_BAND ((PageColor){ 0.90, 0.94, 0.98 })
#define ARROW_W 16.0

/* Where a stage came from (§3.4): the catalogue's source sentence with
 * its edition or assessment date, and for a GCI source the tier or the
 * overall percent that decided it. */
static const char *provenance(Page *pg, StageSource src, int edition,
                              int assessment)
{
    const Model *m = pg->ctx->m;
    Date date = src == SRC_ASSESSMENT && assessment >= 0 ? m->assessments[assessment].date
                                                         : DATE_NONE;
    const char *source = vocab_source(pg->ctx->cat, pg->a, src,
                                      words_edition_year(pg, edition), date);
    const GciRow *r = edition >= 0 ? model_gci(m, pg->country, edition) : NULL;
    const char *d = NULL;
    if (src == SRC_GCI_TIER && r) {
        d = words_fmt(pg, "brief.prov_tier", "tier", words_int(pg, r->tier), (char *)NULL);
    } else if (src == SRC_GCI_SCORE && r) {
        char pct[32];
        rat_format2(compute_overall_percent(m, r), pct);
        d = words_fmt(pg, "brief.prov_score", "percent", pct, (char *)NULL);
    }
    return d ? words_fmt(pg, "brief.provenance", "source", source, "detail", d, (char *)NULL)
             : source;
}

/* One of the three stage boxes; returns its height. */
static double stage_box(Page *pg, double x, double y, double w,
                        const char *label, Stage s, const char *prov)
{
    double h = 4;
    h += page_text(pg, x + 6, y + h, w - 12, page_style(FONT_SMALL, PAGE_MUTED), label);
    h += page_text(pg, x + 6, y + h, w - 12, page_style(FONT_STAGE, PAGE_INK),
                   vocab_stage(pg->ctx->cat, s));
    h += page_text(pg, x + 6, y + h + 1, w - 12, page_style(FONT_SMALL, PAGE_MUTED), prov);
    return h + 5;
}

static double stage_boxes(Page *pg, double y)
{
    const GCountry *g = pg->g;
    const char *p[3] = {
        provenance(pg, g->baseline_source, g->baseline_edition, -1),
        provenance(pg, g->stage_source, g->stage_edition, g->stage_assessment),
        provenance(pg, g->target_source, -1, -1),
    };
    const char *labels[3] = { words_get(pg, "brief.stage_baseline"),
                              words_get(pg, "brief.stage_current"),
                              words_get(pg, "brief.stage_target") };
    Stage stages[3] = { g->baseline_stage, g->stage, g->target_stage };
    /* widths by what each box has to say (a strategy rule is a sentence,
     * a tier three words), each at least a quarter, so the boxes are as low
     * as they can be */
    double avail = PAGE_CONTENT_W - 2 * ARROW_W, w[3], nat[3], sum = 0;
    for (int i = 0; i < 3; i++) {
        nat[i] = layout_natural_width(pg->cache, FONT_SMALL, p[i]) + 12;
        sum += nat[i];
    }
    double fixed = 0, flex = 0, least_w[3];
    bool least[3];
    for (int i = 0; i < 3; i++) {
        /* a quarter, or the stage word on one line if that is wider */
        double sw = layout_natural_width(pg->cache, FONT_STAGE,
                                         vocab_stage(pg->ctx->cat, stages[i])) + 13;
        least_w[i] = sw > avail / 4 ? sw : avail / 4;
        least[i] = avail * nat[i] / sum < least_w[i];
        fixed += least[i] ? least_w[i] : 0;
        flex += least[i] ? 0 : nat[i];
    }
    /* the others only grow when one is held at its least: none falls below */
    for (int i = 0; i < 3; i++)
        w[i] = least[i] ? least_w[i] : (avail - fixed) * nat[i] / flex;
    bool was_dry = pg->dry;
    double bh = 0;
    pg->dry = true;   /* boxes share one height: measure first */
    for (int i = 0; i < 3; i++) {
        double h = stage_box(pg, 0, 0, w[i], labels[i], stages[i], p[i]);
        bh = h > bh ? h : bh;
    }
    pg->dry = was_dry;
    double x = PAGE_MARGIN;
    for (int i = 0; i < 3; i++) {
        page_rect(pg, x, y, w[i], bh, i == 2 ? TARGET_BAND : PAGE_BAND);
        stage_box(pg, x, y, w[i], labels[i], stages[i], p[i]);
        if (i < 2)
            page_text(pg, x + w[i], y + bh / 2 - 7, ARROW_W,
                      (PageStyle){ .font = FONT_STAGE, .color = PAGE_MUTED, .center = true },
                      "→");
        x += w[i] + ARROW_W;
    }
    return bh;
}

double brief_stage(Page *pg, double y)
{
    const GCountry *g = pg->g;
    /* §3.4: without a current stage, neither reached nor not */
    const char *key = g->target_stage == STAGE_NONE ? "brief.no_target"
                      : g->unknown                  ? "brief.stage_unknown"
                      : g->reached                  ? "brief.reached"
                                                    : "brief.not_reached";
    PageColor c = g->target_stage == STAGE_NONE || g->unknown ? PAGE_MUTED
                  : g->reached                  ? PAGE_GOOD
                                                : PAGE_BAD;
    double y0 = y;
    y += page_heading_aside(pg, PAGE_MARGIN, y, PAGE_CONTENT_W,
                            words_get(pg, "brief.stage_heading"), page_style(FONT_BOLD, c),
                            words_get(pg, key));
    y += stage_boxes(pg, y + 2) + 2;
    return y - y0;
}
