/* xlsx_changes.c -- the Changes sheet (SPEC §3.11): every change of every
 * quarter of the trend, newest first, one filterable table. */
#include "render/xlsx/xlsx_sheets.h"

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
    for (int k = x->ind->n_trend - 1; k >= 0; k--) {
        const ChangeSet *cs = &x->ind->changes[k];
        for (int i = 0; i < cs->n; i++)
            change_row(x, &s, cs, &cs->items[i]);
    }
    return xs_finish(&s);
}
