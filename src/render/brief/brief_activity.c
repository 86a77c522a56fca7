/* brief_activity.c -- participation and latest assessments; see
 * brief_activity.h. */
#include "render/brief/brief_activity.h"

#include <stdio.h>

#include "present/vocab.h"
#include "render/brief/brief_words.h"

/* ---- participation by fiscal year ---- */

/* Women, with their share of the participants when it is known. */
static const char *women(Page *pg, const ParticipationSum *ps)
{
    if (ps->has_female && ps->has_participants && ps->participants > 0)
        return arena_printf(pg->a, "%lld (%lld%%)", (long long)ps->female,
                            (long long)((ps->female * 100 + ps->participants / 2)
                                        / ps->participants));
    return words_count(pg, ps->has_female, ps->female, false);
}

static double participation(Page *pg, double x, double y, double w)
{
    const Indicators *ind = pg->ctx->ind;
    double y0 = y;
    int first = -1, n = 0;
    for (int i = 0; i < ind->n_participation; i++)
        if (ind->participation[i].country == pg->country) {
            first = first < 0 ? i : first;
            n++;
        }
    y += page_heading(pg, x, y, w, words_get(pg, "brief.participation_heading"));
    if (!n)
        return y - y0 + page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED),
                                  words_get(pg, "brief.no_participation"));
    int skip = n > ACTIVITY_MAX_FY_ROWS ? n - ACTIVITY_MAX_FY_ROWS : 0, rows = n - skip + 1;
    const char **cells = NEW(pg->a, const char *, 4 * (size_t)rows);
    LayoutFont *fonts = NEW(pg->a, LayoutFont, 4 * (size_t)rows);
    cells[0] = words_get(pg, "brief.col_fy");
    cells[1] = words_get(pg, "brief.col_participants");
    cells[2] = words_get(pg, "brief.col_women");
    cells[3] = words_get(pg, "brief.col_activities");
    for (int i = first + skip, r = 1; i < first + n; i++, r++) {
        const ParticipationSum *ps = &ind->participation[i];
        const char **row = cells + 4 * r;
        row[0] = words_fmt(pg, "brief.fy", "fy", words_int(pg, ps->fy), (char *)NULL);
        VocabPeople sum = vocab_people_of(ps);   /* §3.7: "3+", "about 80" */
        const char *people = vocab_people(pg->ctx->cat, pg->a, &sum);
        row[1] = people ? people : catalog_get(pg->ctx->cat, "common.not_reported");
        row[2] = women(pg, ps);
        row[3] = words_int(pg, ps->activities);
    }
    for (int i = 0; i < 4 * rows; i++)
        fonts[i] = i < 4 ? FONT_COLHEAD : FONT_BODY;
    double widths[4];
    page_columns(pg, cells, fonts, rows, 4, w, 0, widths);
    y += page_table_row(pg, x, y, widths, FONT_COLHEAD, cells, 4);
    page_rule(pg, x, y, w, 0.4, PAGE_RULE);
    y += 1.5;
    for (int r = 1; r < rows; r++)
        y += page_table_row(pg, x, y, widths, FONT_BODY, cells + 4 * r, 4);
    if (skip)
        y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED),
                       words_fmt(pg, "brief.earlier_years", "n", words_int(pg, skip),
                                 (char *)NULL));
    return y - y0;
}

/* ---- latest assessments ---- */

/* The newest known assessments of the country, newest first; of two on
 * one date the later row first (§3.7).  Returns how many (<= max). */
static int latest_assessments(const Page *pg, int *out, int max)
{
    const Model *m = pg->ctx->m;
    int n = 0;
    for (int i = m->n_assessments - 1; i >= 0; i--) {
        const Assessment *a = &m->assessments[i];
        if (a->country != pg->country || !pg->ctx->ind->assessment_known[i])
            continue;
        int j = n < max ? n++ : max;
        /* keep the `max` newest: insert by date, later rows already first */
        while (j > 0 && m->assessments[out[j - 1]].date < a->date) {
            if (j < max)
                out[j] = out[j - 1];
            j--;
        }
        if (j < max)
            out[j] = i;
    }
    return n;
}

/* Rating, assessed stage, pillar and project, as far as given, joined by
 * the catalogue's brief.details pattern ("{a} · {b}"); "" for none. */
static const char *assessment_details(Page *pg, const Assessment *a)
{
    const Model *m = pg->ctx->m;
    const char *parts[4] = { NULL, NULL, NULL, NULL };
    if (a->rating) {
        char key[32];
        snprintf(key, sizeof key, "brief.rating_%d", a->rating);
        parts[0] = words_get(pg, key);
    }
    if (a->stage != STAGE_NONE)
        parts[1] = words_fmt(pg, "brief.assessed_stage", "stage",
                             vocab_stage(pg->ctx->cat, a->stage), (char *)NULL);
    if (a->pillar >= 0)
        parts[2] = vocab_pillar(pg->ctx->cat, a->pillar);
    if (a->project >= 0)
        parts[3] = m->projects[a->project].id;
    const char *details = "";
    for (int i = 0; i < 4; i++)
        if (parts[i])
            details = details[0] ? words_fmt(pg, "brief.details", "a", details, "b",
                                             parts[i], (char *)NULL)
                                 : parts[i];
    return details;
}

static double assessments(Page *pg, double x, double y, double w)
{
    const Model *m = pg->ctx->m;
    double y0 = y;
    int idx[ACTIVITY_MAX_ASSESSMENTS];
    int n = latest_assessments(pg, idx, ACTIVITY_MAX_ASSESSMENTS);
    y += page_heading(pg, x, y, w, words_get(pg, "brief.assessments_heading"));
    if (!n)
        return y - y0 + page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED),
                                  words_get(pg, "brief.no_assessments"));
    for (int i = 0; i < n; i++) {
        const Assessment *a = &m->assessments[idx[i]];
        const char *details = assessment_details(pg, a);
        y += page_text(pg, x, y, w, page_style(FONT_BOLD, PAGE_INK),
                       words_fmt(pg, "brief.assessment_line", "date", words_date_at(pg, a->date, a->date_prec),
                                 "kind",
                                 words_get(pg, a->kind == ASSESS_I2 ? "brief.kind_i2"
                                                                    : "brief.kind_d1"),
                                 (char *)NULL));
        if (details[0])
            y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED), details);
        /* the newest one's summary in full; the older ones' are on the
         * country page (a note says so), not cut to fit */
        if (a->summary && i == 0)
            y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_INK), a->summary);
        else if (a->summary)
            y += page_text(pg, x, y, w, page_style(FONT_SMALL, PAGE_MUTED),
                           words_get(pg, "brief.summary_elsewhere"));
        y += 3;
    }
    return y - y0;
}

double brief_activity(Page *pg, double x, double y, double w)
{
    double h = participation(pg, x, y, w) + PAGE_GAP;
    return h + assessments(pg, x, y + h, w);
}
