/* compute_i2.c -- §3.9 I2: the assessed capability of each cooperation
 * country, from its I2 assessments known on the date. */
#include "compute/compute_internal.h"

const char *const i2_result_names[I2_RESULT_COUNT] = {
    "improved", "not_improved", "not_rated", "not_assessed",
};

/* Assessment i is newer than j (-1: none): a later date, or on the same
 * date the later row (§3.7) -- i comes later in the file than j. */
static bool newer(const Model *m, int i, int j)
{
    return j < 0 || m->assessments[i].date >= m->assessments[j].date;
}

typedef struct {
    int rated;          /* newest with a rating, -1 */
    int staged[2];      /* newest two with a stage, newest first, -1 */
    int count;          /* I2 assessments */
} Seen;

/* §3.9: one country's result from what its assessments gave. */
static I2Country decide(const Model *m, int c, const Seen *s)
{
    I2Country r = { .country = c, .assessment = -1, .previous = -1,
                    .n_assessments = s->count, .result = I2_NOT_ASSESSED };
    if (s->rated >= 0) {
        r.basis = I2_BY_RATING;
        r.assessment = s->rated;
        r.result = m->assessments[s->rated].rating >= 3 ? I2_IMPROVED
                                                          : I2_NOT_IMPROVED;
    } else if (s->staged[1] >= 0) {
        r.basis = I2_BY_STAGES;
        r.assessment = s->staged[0];
        r.previous = s->staged[1];
        r.result = m->assessments[s->staged[0]].stage
                           > m->assessments[s->staged[1]].stage
                       ? I2_IMPROVED : I2_NOT_IMPROVED;
    } else if (s->count > 0)
        r.result = I2_NOT_RATED;
    return r;
}

int compute_i2_eval(const Model *m, const Snapshot *sn, Arena *scratch,
                    I2Country *out, int *counts)
{
    Seen *seen = NEW(scratch, Seen, m->n_countries + 1);
    for (int c = 0; c < m->n_countries; c++)
        seen[c] = (Seen){ -1, { -1, -1 }, 0 };
    /* file order: of two on one date the later row comes last */
    for (int i = 0; i < m->n_assessments; i++) {
        const Assessment *a = &m->assessments[i];
        if (a->kind != ASSESS_I2 || a->date > sn->date || !sn->coop[a->country])
            continue;
        Seen *s = &seen[a->country];
        s->count++;
        if (a->rating > 0 && newer(m, i, s->rated))
            s->rated = i;
        if (a->stage == STAGE_NONE)
            continue;
        if (newer(m, i, s->staged[0])) {
            s->staged[1] = s->staged[0];
            s->staged[0] = i;
        } else if (newer(m, i, s->staged[1]))
            s->staged[1] = i;
    }
    for (int k = 0; k < I2_RESULT_COUNT; k++)
        counts[k] = 0;
    int n = 0;
    for (int c = 0; c < m->n_countries; c++) {
        if (!sn->coop[c])
            continue;
        I2Country r = decide(m, c, &seen[c]);
        counts[r.result]++;
        if (out)
            out[n] = r;
        n++;
    }
    return counts[I2_IMPROVED];
}
