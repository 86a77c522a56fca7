/* xlsx_book.h -- what the sheets of the workbook share (xlsx_summary.c,
 * xlsx_ind.c, xlsx_tables.c; render_xlsx.c opens and closes the book).
 * Not a public interface.  Texts returned live in the catalogue or in
 * x->scratch, released when the workbook is closed.  Codes become words
 * through present/vocab.h (vocab_stage(x->cat, st) ...). */
#ifndef CYBERDASH_XLSX_BOOK_H
#define CYBERDASH_XLSX_BOOK_H

#include "base/arena.h"
#include "present/vocab.h"
#include "render/render.h"
#include "render/xlsx/xlsx_sheet.h"

typedef struct {
    const RenderCtx *ctx;
    const Model *m;
    const Indicators *ind;
    const Catalog *cat;
    XBook book;
    Arena scratch;           /* catalogue keys and joined texts */
    lxw_format *status_fmt[4];
} Xlsx;

/* Catalogue text of `key`. */
const char *xl(Xlsx *x, const char *key);
const char *xl_yesno(Xlsx *x, bool v);
const char *xl_country(Xlsx *x, int country);   /* name in the language */
/* catalog_format() of one placeholder, copied into the scratch arena. */
const char *xl_fmt(Xlsx *x, const char *key, const char *name,
                   const char *value);
/* Open a sheet named by catalogue key `key`. */
void xl_open(Xlsx *x, XSheet *s, const char *key);
/* In a header's keys, right after a date column written by xs_date_prec:
 * its twin column "<date>: month or year only" (issue 19). */
#define XL_REDUCED "xlsx.col_reduced_date"
/* A header row from catalogue keys.  When the keys hold an XL_REDUCED,
 * a note row above the header says how dates are written (the header
 * note, issue 19). */
void xl_header(Xlsx *x, XSheet *s, const char *const *keys, int n);
/* A note row (catalogue key) above the header of a table. */
void xl_note(Xlsx *x, XSheet *s, const char *key);
/* The reduced-precision twin label of a date column's label. */
const char *xl_reduced_label(Xlsx *x, const char *date_label);
/* Stages of a country against its target (§3.4), shared by the G and
 * Countries sheets: current stage, where it came from, target stage,
 * where it came from, reached (yes / no / unknown; blank without a
 * target). */
void xl_stage_cells(Xlsx *x, XSheet *s, const GCountry *g);
#define XL_STAGE_COLS 5
extern const char *const xl_stage_heads[XL_STAGE_COLS];
/* Where the baseline stage came from, in words (§3.4). */
const char *xl_baseline_stage_source(Xlsx *x, const GCountry *g);

#endif
