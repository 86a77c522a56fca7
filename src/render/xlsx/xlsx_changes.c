/* xlsx_changes.c -- the Changes sheet (SPEC §3.11): every change of every
 * quarter of the trend, newest first, one filterable table. */
#include "render/xlsx/xlsx_sheets.h"

#include <stdlib.h>

#include "present/vocab.h"

static void change_row(Xlsx *x, XSheet *s, const ChangeSet *cs, const Change *c)
{
    xs_date(s, cs->from);
    xs_date(s, cs->to);
    xs_text(s, vocab_change_group(x->cat, c->kind));
    xs_text(s, change_kind_codes[c->kind]);
    xs_text(s, vocab_change_subject(x->cat, &x->scratch, x->m, c, x->ind->d2.compare));
    xs_text(s, vocab_change_text(x->cat, &x->scratch, x->m, c));
    char ref[VOCAB_ROW_REF_SIZE];
    xs_text(s, vocab_row_at(x->m, c->row, ref));
    xs_row(s);
}

static void revision_row(Xlsx *x, XSheet *s, const Revisions *r, const Revision *v)
{
    xs_blank(s);
    xs_date(s, r->published_as_of);
    xs_text(s, xl(x, "xlsx.revision_group"));
    xs_text(s, "revision");
    xs_text(s, v->figure);
    char *t = catalog_format(x->ctx->cat, "xlsx.revision_what", "old", v->old_value,
                             "new", v->new_value, NULL);
    xs_text(s, t);
    free(t);
    const char *rows = vocab_revision_rows(x->cat, &x->scratch, v);
    xs_text(s, rows ? rows : v->reason);   /* §3.11: the rows, else the files */
    xs_row(s);
}

Err xlsx_changes(Xlsx *x)
{
    static const char *const head[] = {
        "xlsx.col_changes_after", "xlsx.col_changes_until", "xlsx.col_change_group",
        "xlsx.col_change_kind", "xlsx.col_change_subject", "xlsx.col_change_what",
        "xlsx.col_change_row",
    };
    XSheet s;
    xl_open(x, &s, "xlsx.sheet_changes");
    xl_header(x, &s, head, 7);
    /* §3.11: the revisions first, apart: a correction of the record */
    const Revisions *r = &x->ind->revisions;
    for (int i = 0; r->present && i < r->n; i++)
        revision_row(x, &s, r, &r->items[i]);
    for (int k = x->ind->n_trend - 1; k >= 0; k--) {
        const ChangeSet *cs = &x->ind->changes[k];
        for (int i = 0; i < cs->n; i++)
            change_row(x, &s, cs, &cs->items[i]);
    }
    return xs_finish(&s);
}
