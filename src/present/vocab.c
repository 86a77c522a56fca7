/* vocab.c -- see vocab.h. */
#include "present/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "common.<group>_<code>" */
static const char *word(const Catalog *cat, const char *group, const char *code)
{
    char key[128];
    snprintf(key, sizeof key, "common.%s_%s", group, code);
    return catalog_get(cat, key);
}

const char *vocab_status(const Catalog *cat, Status st)
{
    return word(cat, "status", status_names[st]);
}

const char *vocab_stage(const Catalog *cat, Stage st)
{
    if (st < 0 || st >= STAGE_COUNT)
        return catalog_get(cat, "common.unknown");
    return word(cat, "stage", stage_names[st]);
}

const char *vocab_pillar(const Catalog *cat, int pillar)
{
    return word(cat, "pillar", pillar_names[pillar]);
}

const char *vocab_scheme(const Catalog *cat, Scheme sc)
{
    return word(cat, "scheme", scheme_names[sc]);
}

const char *vocab_region(const Catalog *cat, const char *region)
{
    if (!region)
        return "";
    int r = region_from_name(region, strlen(region));
    return r < 0 ? region : word(cat, "region", region_codes[r]);
}

const char *vocab_rule(const Catalog *cat, I1Rule rule)
{
    return word(cat, "rule", rule_names[rule]);
}

const char *vocab_source(const Catalog *cat, Arena *a, StageSource src,
                         int edition_year, Date date)
{
    char key[128], year[16] = "", day[64] = "";
    if (edition_year > 0)
        snprintf(year, sizeof year, "%d", edition_year);
    if (date != DATE_NONE)
        catalog_date(cat, date, day, sizeof day);
    snprintf(key, sizeof key, "common.source_%s", source_codes[src]);
    char *t = catalog_format(cat, key, "edition", year, "date", day, NULL);
    const char *out = arena_strdup(a, t ? t : key);
    free(t);
    return out;
}

/* The separator of the list pattern: what stands between {a} and {b}. */
static const char *separator(const Catalog *cat, Arena *a)
{
    const char *pat = catalog_get(cat, "common.list_join");
    const char *pa = strstr(pat, "{a}"), *pb = pa ? strstr(pa, "{b}") : NULL;
    if (!pb)
        return ", ";
    return arena_strndup(a, pa + 3, (size_t)(pb - pa - 3));
}

const char *vocab_join(const Catalog *cat, Arena *a, const char *const *items,
                       int n)
{
    if (n <= 0)
        return "";
    const char *sep = separator(cat, a);
    size_t seplen = strlen(sep), len = 0;
    for (int i = 0; i < n; i++)
        len += strlen(items[i]) + (i ? seplen : 0);
    char *out = arena_alloc(a, 1, 1, len + 1), *p = out;
    for (int i = 0; i < n; i++) {
        if (i) {
            memcpy(p, sep, seplen);
            p += seplen;
        }
        size_t k = strlen(items[i]);
        memcpy(p, items[i], k);
        p += k;
    }
    *p = '\0';
    return out;
}

const char *vocab_pillars(const Catalog *cat, Arena *a, PillarSet set)
{
    const char *names[PILLAR_COUNT];
    int n = 0;
    for (int p = 0; p < PILLAR_COUNT; p++)
        if (set & PILLAR_BIT(p))
            names[n++] = vocab_pillar(cat, p);
    return vocab_join(cat, a, names, n);
}

/* common.reason_* texts take {edition} (the baseline's year), {pillars},
 * and for cooperation_after_latest {latest}, {reference} and {start}. */
/* Whether the data has a GCI row for the country in any edition, published
 * or not (a row of a later edition does not make "in no edition" false by
 * the as-of date, but the sentence then falls back to the baseline one,
 * which stays true). */
static bool in_any_edition(const Model *m, int country)
{
    for (int e = 0; e < m->n_editions; e++)
        if (model_gci(m, country, e))
            return true;
    return false;
}

const char *vocab_reason(const Catalog *cat, Arena *a, const Model *m,
                         const I1Country *c, int baseline_year)
{
    char key[128], year[16], latest[16] = "";
    const char *reference = "", *start = "";
    snprintf(key, sizeof key, "common.reason_%s", na_reason_codes[c->reason]);
    /* Issue 19: a country in no GCI edition at all (Cook Islands) is not
     * "not covered by the baseline edition" alone: say exactly that. */
    if (c->reason == NA_NO_BASELINE_ROW && !in_any_edition(m, c->country))
        snprintf(key, sizeof key, "common.reason_in_no_edition");
    snprintf(year, sizeof year, "%d", baseline_year);
    if (c->latest_edition >= 0) {
        const Edition *e = &m->editions[c->latest_edition];
        snprintf(latest, sizeof latest, "%d", e->year);
        reference = vocab_date(cat, a, e->reference_date, e->reference_prec);
    }
    if (c->first_late_project >= 0) {
        const Project *p = &m->projects[c->first_late_project];
        start = vocab_date(cat, a, p->start, p->start_prec);
    }
    char *t = catalog_format(cat, key, "edition", year, "pillars",
                             vocab_pillars(cat, a, c->reason_pillars),
                             "latest", latest, "reference", reference,
                             "start", start, NULL);
    const char *out = arena_strdup(a, t ? t : key);
    free(t);
    return out;
}

int vocab_decimals(Rat r)
{
    char buf[48];
    rat_format_decimal(r, buf);
    const char *dot = strchr(buf, '.');
    return dot ? (int)strlen(dot + 1) : 0;
}

const char *vocab_score(Arena *a, Rat r, int decimals)
{
    char buf[48];
    rat_format_decimal(r, buf);
    int have = vocab_decimals(r);
    if (have >= decimals)
        return arena_strdup(a, buf);
    return arena_printf(a, "%s%s%.*s", buf, have ? "" : ".", decimals - have,
                        "000000000");
}

const char *vocab_date(const Catalog *cat, Arena *a, Date d, DatePrec prec)
{
    if (d == DATE_NONE)
        return "";
    char buf[64];
    catalog_date_prec(cat, d, prec, buf, sizeof buf);
    return arena_strdup(a, buf);
}

const char *vocab_row_at(const Model *m, RowRef r, char buf[VOCAB_ROW_REF_SIZE])
{
    const char *file = "";
    long line = 0;
    switch (r.file) {
    case ROW_GCI: file = "gci.csv"; line = m->gci[r.index].line; break;
    case ROW_EDITION: file = "gci_editions.csv"; line = m->editions[r.index].line; break;
    case ROW_PROJECT: file = "projects.csv"; line = m->projects[r.index].line; break;
    case ROW_PARTICIPATION:
        file = "participation.csv";
        line = m->participation[r.index].line;
        break;
    case ROW_ASSESSMENT: file = "assessments.csv"; line = m->assessments[r.index].line; break;
    case ROW_RESULT: file = "results.csv"; line = m->results[r.index].line; break;
    case ROW_NONE: buf[0] = '\0'; return buf;
    }
    snprintf(buf, VOCAB_ROW_REF_SIZE, "%s:%ld", file, line);
    return buf;
}

const char *vocab_row_ref(const Model *m, const D2Row *r,
                          char buf[VOCAB_ROW_REF_SIZE])
{
    RowRef at = { r->kind == D2_ROW_PROJECT ? ROW_PROJECT : ROW_PARTICIPATION,
                  r->index };
    return vocab_row_at(m, at, buf);
}

const char *vocab_change_group(const Catalog *cat, ChangeKind k)
{
    static const char *const group[CH_KIND_COUNT] = {
        "i1", "i1", "d2", "g", "g", "i2", "d1", "projects", "data", "data",
        "data", "targets",
    };
    return word(cat, "change_group", group[k]);
}

const char *vocab_change_text(const Catalog *cat, Arena *a, const Model *m,
                              const Change *c)
{
    char key[64];
    snprintf(key, sizeof key, "common.change_%s", change_kind_codes[c->kind]);
    const char *date = "", *assessor = "";
    if (c->assessment >= 0) {
        const Assessment *s = &m->assessments[c->assessment];
        date = vocab_date(cat, a, s->date, s->date_prec);
        assessor = s->assessor ? s->assessor : catalog_get(cat, "common.not_reported");
    }
    char *t = catalog_format(cat, key,
        "basis", c->kind == CH_D2_NEW ? vocab_basis(cat, c->basis) : "",
        "from", c->kind == CH_STATUS_CHANGED ? vocab_status(cat, c->from)
                : c->kind == CH_I2_CHANGED ? vocab_i2_result(cat, (I2Result)c->was)
                : c->kind == CH_D1_CHANGED ? vocab_d1_result(cat, (D1Result)c->was) : "",
        "to", c->kind == CH_STATUS_CHANGED ? vocab_status(cat, c->to)
                : c->kind == CH_I2_CHANGED ? vocab_i2_result(cat, (I2Result)c->now)
                : c->kind == CH_D1_CHANGED ? vocab_d1_result(cat, (D1Result)c->now) : "",
        "date", date, "assessor", assessor, NULL);
    const char *out = arena_strdup(a, t ? t : key);
    free(t);
    return out;
}

const char *vocab_change_subject(const Catalog *cat, Arena *a, const Model *m,
                                 const Change *c, D2Compare compare)
{
    const char *lang = catalog_lang(cat);
    if (c->kind == CH_EDITION_PUBLISHED)
        return arena_printf(a, "GCI %d", m->editions[c->edition].year);
    if (c->kind == CH_STATUS_CHANGED) {
        char fy[16];
        snprintf(fy, sizeof fy, "%d", c->by_fy);
        const char *target = !strcmp(c->figure, "d2")
            ? vocab_d2_reading(cat, a, compare, c->target)
            : arena_printf(a, "%d", c->target);
        char *t = catalog_format(cat, "common.change_target", "figure",
                                 !strcmp(c->figure, "d2") ? "D2" : "I1",
                                 "target", target, "fy", fy, NULL);
        const char *out = arena_strdup(a, t ? t : c->figure);
        free(t);
        return out;
    }
    if (c->country >= 0)
        return model_country_name(m, c->country, lang);
    if (c->project >= 0)
        return model_project_title(m, c->project, lang);
    return "";
}

const char *vocab_basis(const Catalog *cat, D2Basis b)
{
    return word(cat, "basis", basis_names[b]);
}

const char *vocab_bases(const Catalog *cat, Arena *a, unsigned bases)
{
    const char *names[BASIS_COUNT];
    int n = 0;
    for (int b = 0; b < BASIS_COUNT; b++)
        if (bases & BASIS_BIT(b))
            names[n++] = vocab_basis(cat, (D2Basis)b);
    return vocab_join(cat, a, names, n);
}

const char *vocab_d2_reading(const Catalog *cat, Arena *a, D2Compare cmp,
                             int target)
{
    char n[16];
    snprintf(n, sizeof n, "%d", target);
    char *t = catalog_format(cat, cmp == COMPARE_MORE_THAN ? "common.d2_more_than"
                                                           : "common.d2_at_least",
                             "n", n, NULL);
    const char *out = arena_strdup(a, t ? t : n);
    free(t);
    return out;
}

const char *vocab_attribution(const Catalog *cat, I1Attribution at)
{
    return word(cat, "attribution", attribution_names[at]);
}

const char *vocab_count(const Catalog *cat, Arena *a, const char *number,
                        bool approx)
{
    if (!approx)
        return number;
    char *t = catalog_format(cat, "common.approx", "n", number, NULL);
    const char *out = arena_strdup(a, t ? t : number);
    free(t);
    return out;
}

const char *vocab_i2_result(const Catalog *cat, I2Result r)
{
    return word(cat, "i2", i2_result_names[r]);
}

const char *vocab_d1_result(const Catalog *cat, D1Result r)
{
    return word(cat, "d1", d1_result_names[r]);
}

const char *vocab_indicator_status(const Catalog *cat, IndicatorStatus st)
{
    return word(cat, "status", indicator_status_names[st]);
}

const char *vocab_direction(const Catalog *cat, Direction d)
{
    return word(cat, "direction", direction_names[d]);
}

const char *vocab_d1_rule(const Catalog *cat, D1Rule rule)
{
    return word(cat, "d1_rule", d1_rule_names[rule]);
}

const char *vocab_rating(const Catalog *cat, Arena *a, int rating)
{
    if (rating < 1 || rating > 4)
        return catalog_get(cat, "common.not_rated");
    char code[4];
    snprintf(code, sizeof code, "%d", rating);
    return arena_printf(a, "%d: %s", rating, word(cat, "rating", code));
}

const char *vocab_revision_rows(const Catalog *cat, Arena *a, const Revision *v)
{
    if (v->n_rows == 0)
        return NULL;
    static const char *const key[][2] = {
        [ROW_ADDED] = { "common.revision_row_added", "common.revision_row_added" },
        [ROW_CHANGED] = { "common.revision_row_changed", "common.revision_row_changed_at" },
        [ROW_REMOVED] = { "common.revision_row_removed", "common.revision_row_removed_at" },
    };
    const char **items = NEW(a, const char *, (size_t)v->n_rows + 1);
    for (int k = 0; k < v->n_rows; k++) {
        const RevisionRow *r = &v->rows[k];
        const char *where = r->line ? arena_printf(a, "%s:%ld", r->file, r->line) : r->file;
        char *t = catalog_format(cat, key[r->change][r->line_before != 0], "where", where,
                                 "row", r->row, "before",
                                 arena_printf(a, "%ld", r->line_before), NULL);
        items[k] = arena_strdup(a, t ? t : key[r->change][0]);
        free(t);
    }
    int n = v->n_rows;
    if (v->rows_total > n) {
        char *t = catalog_format(cat, "common.revision_rows_more", "n",
                                 arena_printf(a, "%d", v->rows_total - n), NULL);
        items[n++] = arena_strdup(a, t ? t : "common.revision_rows_more");
        free(t);
    }
    return vocab_join(cat, a, items, n);
}

VocabPeople vocab_people_of(const ParticipationSum *r)
{
    return (VocabPeople){ .total = r->participants, .women = r->female,
                          .unreported = r->unreported, .has_total = r->has_participants,
                          .has_women = r->has_female, .approx = r->approx };
}

VocabPeople vocab_people_in(const Indicators *ind, int fy)
{
    VocabPeople y = { 0 };
    for (int i = 0; i < ind->n_participation; i++) {
        if (ind->participation[i].fy != fy)
            continue;
        VocabPeople r = vocab_people_of(&ind->participation[i]);
        y.total += r.has_total ? r.total : 0;
        y.women += r.has_women ? r.women : 0;
        y.unreported += r.unreported;
        y.has_total |= r.has_total;
        y.has_women |= r.has_women;
        y.approx |= r.approx;
    }
    return y;
}

const char *vocab_people(const Catalog *cat, Arena *a, const VocabPeople *y)
{
    if (!y->has_total)
        return y->unreported ? catalog_get(cat, "common.not_reported") : NULL;
    const char *n = arena_printf(a, "%lld", (long long)y->total);
    if (y->unreported) {   /* only what was reported: at least that many */
        char *t = catalog_format(cat, "common.people_at_least", "n", n, NULL);
        n = arena_strdup(a, t ? t : n);
        free(t);
    }
    return vocab_count(cat, a, n, y->approx);
}

const char *vocab_women(const Catalog *cat, Arena *a, const VocabPeople *y)
{
    if (y->has_women)
        return arena_printf(a, "%lld", (long long)y->women);
    return y->has_total || y->unreported ? catalog_get(cat, "common.not_reported") : NULL;
}
