/* xlsx_sheet.h -- a row-by-row cell writer over one libxlsxwriter sheet.
 *
 * The workbook is written in libxlsxwriter's constant_memory mode (the
 * Participation records sheet may hold 100,000 rows, issue 8), where a
 * row, once left, can no longer be written.  An XSheet therefore has a
 * cursor: each xs_*() call writes the next cell of the current row and
 * xs_row() moves to the next row.  It also remembers the widest text of
 * each column, so xs_finish() can size the columns (libxlsxwriter 1.1.4
 * has no worksheet_autofit), freeze the header row and set the
 * autofilter over the table.
 *
 * Typed cells (issue 7): numbers are numbers, dates Excel dates with a
 * date format, percents numbers in percent points with 2 decimals.  Text
 * from the data always goes through xs_text(), which writes a string cell
 * (never a formula), with CRLF/CR turned into LF and other control
 * characters into spaces (openpyxl shows `_x000D_` literally).
 *
 * Failures: the first libxlsxwriter error is kept in `err` (and noted in
 * the book's Diag); later calls still move the cursor, so callers check
 * once, at xs_finish().  Nothing here allocates except xs_text's scratch
 * buffer, owned by the XBook and freed by xbook_release().
 */
#ifndef CYBERDASH_XLSX_SHEET_H
#define CYBERDASH_XLSX_SHEET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <xlsxwriter.h>

#include "base/date.h"
#include "base/diag.h"
#include "base/err.h"
#include "base/rat.h"

#define XS_MAX_COLS 40
#define XS_MAX_WIDTH 60.0    /* widest column, in characters */
#define XS_MIN_WIDTH 6.0

/* The formats every sheet shares, made once per workbook. */
typedef struct {
    lxw_workbook *wb;
    lxw_format *title, *section, *header, *date, *pct, *money, *wrap, *note;
    Diag *diag;
    char *scratch;          /* xs_text's cleaned copy; malloc'd, grows */
    size_t scratch_cap;
    bool truncated_noted;
} XBook;

/* Make the shared formats in `wb`.  Failures surface at workbook_close. */
void xbook_init(XBook *b, lxw_workbook *wb, Diag *d);
void xbook_release(XBook *b);

typedef struct {
    XBook *book;
    lxw_worksheet *ws;
    const char *name;       /* sheet name, for messages */
    lxw_row_t row;          /* current row */
    lxw_col_t col;          /* next column of the current row */
    double width[XS_MAX_COLS];
    bool has_table;         /* xs_header() was called */
    bool table_closed;      /* xs_end_table() was called */
    bool report;            /* a report, not a table: no filter, no freeze */
    lxw_row_t head_row;     /* the table's header row */
    lxw_row_t last_row;     /* its last row, once closed */
    lxw_col_t ncols;        /* the table's columns */
    Err err;                /* first failure, ERR_OK while none */
} XSheet;

/* Add a worksheet called `name` to the book.  A name Excel refuses (more
 * than 31 characters, one of []:*?/\, a duplicate) is a catalogue problem:
 * noted in the Diag, ERR_CONFIG in `err`, and the sheet writes nothing. */
void xs_open(XSheet *s, XBook *b, const char *name);

/* Cells of the current row, left to right. */
void xs_text(XSheet *s, const char *text);        /* NULL or "": blank */
void xs_text_fmt(XSheet *s, const char *text, lxw_format *f);
void xs_int(XSheet *s, int64_t v);
void xs_num(XSheet *s, double v, lxw_format *f);
void xs_pct(XSheet *s, Rat v);                    /* §3.7: rounded, 0.00 */
void xs_date(XSheet *s, Date d);                  /* DATE_NONE: blank */
/* §2, §4: a date the source may give at reduced precision, as TWO cells,
 * each column of one type (issue 19): the date column holds an Excel date
 * when the source gives the day, else nothing ("never text in a date
 * column"); the next column holds a date given to the month or year only
 * as text in its own precision ("2023-10", "2023"), never a made-up day,
 * else nothing.  Headers name the pair with xl_header's XL_REDUCED. */
void xs_date_prec(XSheet *s, Date d, DatePrec prec);
void xs_blank(XSheet *s);
/* A long line of prose in the first column, allowed to spill over the
 * empty cells to its right; it does not widen the column. */
void xs_note(XSheet *s, const char *text, lxw_format *f);
/* Move to the first column of the next row. */
void xs_row(XSheet *s);

/* Write a header row at the current row and move on.  The first header
 * of a sheet starts its table (frozen header, autofilter), which runs to
 * the last row written or to xs_end_table(); later headers (a second
 * block further down) are only styled alike. */
void xs_header(XSheet *s, const char *const *labels, int n);
/* The sheet's table ends with the previous row. */
void xs_end_table(XSheet *s);

/* Size the columns, freeze the panes under the header and set the
 * autofilter over header..last row (when a table was started).  Returns
 * the first failure of the sheet. */
Err xs_finish(XSheet *s);

/* Display width of UTF-8 text in Excel character units: East Asian wide
 * and full-width characters count 2, others 1; of several lines, the
 * widest.  Exposed for tests. */
double xs_text_width(const char *s);

/* Excel's serial day number of a date (1900 date system). */
double xs_excel_date(Date d);

#endif
