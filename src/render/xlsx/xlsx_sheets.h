/* xlsx_sheets.h -- one function per sheet of the workbook, called by
 * render_xlsx() in the order the sheets appear; each writes its sheet
 * into x->book and returns the first error. */
#ifndef CYBERDASH_XLSX_SHEETS_H
#define CYBERDASH_XLSX_SHEETS_H

#include "base/err.h"
#include "render/xlsx/xlsx_book.h"

Err xlsx_summary(Xlsx *x);             /* xlsx_summary.c */
Err xlsx_i1(Xlsx *x);                  /* xlsx_ind.c */
Err xlsx_d2(Xlsx *x);
Err xlsx_g(Xlsx *x);
Err xlsx_context(Xlsx *x);
Err xlsx_i2(Xlsx *x);                  /* xlsx_i2d1.c */
Err xlsx_d1(Xlsx *x);
Err xlsx_scenarios(Xlsx *x);
Err xlsx_countries(Xlsx *x);
Err xlsx_projects(Xlsx *x);
Err xlsx_participation(Xlsx *x);
Err xlsx_participation_records(Xlsx *x);
Err xlsx_gci(Xlsx *x);
Err xlsx_assessments(Xlsx *x);
Err xlsx_trend(Xlsx *x);
Err xlsx_changes(Xlsx *x);             /* xlsx_changes.c */

#endif
