/* render_xlsx_int.h -- shared by the files of the workbook renderer
 * (render_xlsx.c: workbook, Summary; render_xlsx_ind.c: Indicators and
 * Context; render_xlsx_tables.c: one sheet per table).  Not a public
 * interface. */
#ifndef CYBERDASH_RENDER_XLSX_INT_H
#define CYBERDASH_RENDER_XLSX_INT_H

#include "base/arena.h"
#include "render/render.h"
#include "render/xlsx/xlsx_sheet.h"

typedef struct {
    const RenderCtx *ctx;
    const Model *m;
    const Indicators *ind;
    XBook book;
    Arena scratch;           /* catalogue keys and joined texts */
    lxw_format *status_fmt[4];
} Xlsx;

/* Catalogue text of `key`. */
const char *xl(Xlsx *x, const char *key);
/* Catalogue word of a code in a shared group: "status" + "on_track" is
 * the key "common.status_on_track" (common.ini). */
const char *xl_word(Xlsx *x, const char *group, const char *code);
/* The same for a word with placeholders ("common.reason_no_baseline_row"
 * takes {edition}), filled from two name/value pairs; in the scratch
 * arena. */
const char *xl_word_fmt(Xlsx *x, const char *group, const char *code,
                        const char *name1, const char *value1,
                        const char *name2, const char *value2);
const char *xl_yesno(Xlsx *x, bool v);
/* Pillar words of a set, joined with ", "; "" for none. */
const char *xl_pillars(Xlsx *x, PillarSet ps);
const char *xl_country(Xlsx *x, int country);
const char *xl_region(Xlsx *x, const char *region);  /* word if known */    /* name in the language */
/* catalog_format() of one placeholder, copied into the scratch arena. */
const char *xl_fmt(Xlsx *x, const char *key, const char *name,
                   const char *value);
/* Open a sheet named by catalogue key `key`. */
void xl_open(Xlsx *x, XSheet *s, const char *key);
/* A header row from catalogue keys. */
void xl_header(Xlsx *x, XSheet *s, const char *const *keys, int n);

Err xlsx_indicators(Xlsx *x);
Err xlsx_context(Xlsx *x);
Err xlsx_countries(Xlsx *x);
Err xlsx_projects(Xlsx *x);
Err xlsx_participation(Xlsx *x);
Err xlsx_participation_records(Xlsx *x);
Err xlsx_gci(Xlsx *x);
Err xlsx_assessments(Xlsx *x);
Err xlsx_trend(Xlsx *x);

#endif
