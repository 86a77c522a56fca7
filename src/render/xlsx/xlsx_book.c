/* xlsx_book.c -- what every sheet of the workbook shares (xlsx_book.h). */
#include "render/xlsx/xlsx_book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *xl(Xlsx *x, const char *key)
{
    return catalog_get(x->ctx->cat, key);
}

const char *xl_yesno(Xlsx *x, bool v)
{
    return xl(x, v ? "common.yes" : "common.no");
}

const char *xl_country(Xlsx *x, int country)
{
    return model_country_name(x->m, country, catalog_lang(x->ctx->cat));
}

void xl_open(Xlsx *x, XSheet *s, const char *key)
{
    xs_open(s, &x->book, xl(x, key));
}

const char *xl_fmt(Xlsx *x, const char *key, const char *name,
                   const char *value)
{
    char *t = catalog_format(x->ctx->cat, key, name, value, NULL);
    const char *out = arena_strdup(&x->scratch, t ? t : key);
    free(t);
    return out;
}

void xl_note(Xlsx *x, XSheet *s, const char *key)
{
    xs_note(s, xl(x, key), x->book.note);
    xs_row(s);
}

const char *xl_reduced_label(Xlsx *x, const char *date_label)
{
    return xl_fmt(x, XL_REDUCED, "date", date_label);
}

void xl_header(Xlsx *x, XSheet *s, const char *const *keys, int n)
{
    const char *labels[XS_MAX_COLS];
    bool reduced = false;
    if (n > XS_MAX_COLS)
        n = XS_MAX_COLS;
    for (int i = 0; i < n; i++) {
        bool twin = i > 0 && strcmp(keys[i], XL_REDUCED) == 0;
        labels[i] = twin ? xl_reduced_label(x, labels[i - 1]) : xl(x, keys[i]);
        reduced |= twin;
    }
    if (reduced)
        xl_note(x, s, "xlsx.note_dates");
    xs_header(s, labels, n);
}

/* ---- stages (§3.4) ---- */

const char *const xl_stage_heads[XL_STAGE_COLS] = {
    "xlsx.col_stage", "xlsx.col_stage_source", "xlsx.col_target_stage",
    "xlsx.col_target_source", "xlsx.col_reached",
};

/* Where a stage came from, in words: "Tier in GCI 2024", "Assessment of
 * 15 January 2025", "Set in the country table" (§3.4). */
static const char *source_text(Xlsx *x, StageSource src, int edition,
                               int assessment)
{
    return vocab_source(x->cat, &x->scratch, src,
                        edition >= 0 ? x->m->editions[edition].year : 0,
                        assessment >= 0 ? x->m->assessments[assessment].date
                                        : DATE_NONE);
}

static void stage_pair(Xlsx *x, XSheet *s, Stage st, const char *source)
{
    xs_text(s, st == STAGE_NONE ? xl(x, "common.unknown")
                                : vocab_stage(x->cat, st));
    xs_text(s, source);
}

void xl_stage_cells(Xlsx *x, XSheet *s, const GCountry *g)
{
    bool gci = g->stage_source == SRC_GCI_TIER
               || g->stage_source == SRC_GCI_SCORE;
    bool assessed = g->stage_source == SRC_ASSESSMENT
                    && g->stage_assessment >= 0;
    stage_pair(x, s, g->stage,
               source_text(x, g->stage_source, gci ? g->stage_edition : -1,
                           assessed ? g->stage_assessment : -1));
    if (g->target_stage == STAGE_NONE) {
        xs_blank(s);
        xs_blank(s);
        xs_blank(s);
        return;
    }
    stage_pair(x, s, g->target_stage, source_text(x, g->target_source, -1, -1));
    /* §3.4: without a current stage, neither reached nor not */
    xs_text(s, g->unknown ? xl(x, "common.unknown") : xl_yesno(x, g->reached));
}

const char *xl_baseline_stage_source(Xlsx *x, const GCountry *g)
{
    return source_text(x, g->baseline_source, g->baseline_edition, -1);
}
