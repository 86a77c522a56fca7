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
/* A header row from catalogue keys. */
void xl_header(Xlsx *x, XSheet *s, const char *const *keys, int n);

#endif
