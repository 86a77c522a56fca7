/* render_xlsx.h -- the workbook: every table and indicator in one XLSX
 * (SPEC §4, issue 7), with native Excel charts on the Summary sheet.
 *
 * render_xlsx() writes OUTDIR/cyberdash-FY<fy>-Q<q>.xlsx, the fiscal
 * quarter of the as-of date, with libxlsxwriter 1.1.4.  Sheets, in order:
 * Summary, Indicators, Context (§3.8), Countries, Projects, Participation
 * (country x fiscal year), Participation records (raw rows while they fit
 * `participation_sheet_limit`, else a sentence naming
 * data/participation_records.csv), GCI, Assessments, Trend.  Every sheet name,
 * heading and word comes from the catalogue (i18n/<lang>/xlsx.ini and
 * common.ini).
 *
 * Cells are typed: numbers, dates (yyyy-mm-dd), percents as percent points
 * with two decimals (§3.7 rounding), yes/no as catalogue words.  Data text
 * is always a string cell, never a formula.  The document's `created` is
 * SOURCE_DATE_EPOCH when set, else the as-of date at midnight UTC, so the
 * same inputs give the same bytes.
 *
 * Failures: a sheet name the catalogue makes invalid is ERR_CONFIG; a
 * libxlsxwriter failure ERR_RENDER (ERR_WRITE when the file cannot be
 * created); each is noted in ctx->diag.  On failure the partial file is
 * removed.
 */
#ifndef CYBERDASH_RENDER_XLSX_H
#define CYBERDASH_RENDER_XLSX_H

#include "render/render.h"

Err render_xlsx(const RenderCtx *ctx);

#endif
