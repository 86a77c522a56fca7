/* csvwrite.h -- CSV exports: RFC 4180, UTF-8, LF line ends (SPEC §4, §5).
 *
 * A CsvWriter assembles one file in memory, row by row; csvw_save() writes
 * it whole and releases it.  Cells are separated by commas; a cell holding
 * a comma, a double quote, CR or LF is quoted, with quotes doubled.  Rows
 * end with LF (inside quoted cells text keeps its own line ends).
 *
 * Spreadsheet formula injection (§5 "escaped for its context"): each
 * ';'-separated part of a *text* cell whose first character after blanks
 * (space, U+3000) is '=', '+', '-', '@', TAB, CR or a full-width ＝＋－＠
 * is prefixed with a single quote, so that no spreadsheet runs it, even
 * one that splits the cell on ';' (issue 21.8).  Numeric cells (csvw_int,
 * csvw_rat2, csvw_rat, csvw_real) are numbers the program wrote, never
 * prefixed: "-0.50" stays a number.
 *
 * Memory: the writer owns its buffer (malloc) and, streaming, its file;
 * csvw_save() or csvw_release() frees both.  Allocation failure aborts.
 * Uses libc only (and rat.h for exact decimals).
 */
#ifndef CYBERDASH_CSVWRITE_H
#define CYBERDASH_CSVWRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/diag.h"
#include "base/err.h"
#include "base/rat.h"

typedef struct {
    char *data;        /* NULL until the first cell */
    size_t len, cap;
    int col;           /* cells in the current row so far */
    bool streaming;    /* csvw_stream_to(): rows go to `fd` as made */
    int fd, werr;      /* the file, and the first write error (errno) */
} CsvWriter;

#define CSVW_INIT {0}

/* §4: a UTF-8 byte-order mark, first in every export, so that spreadsheet
 * programs read Japanese names right (Excel takes BOM-less CSV for the
 * locale's code page). */
void csvw_bom(CsvWriter *w);
/* One row of column names (text cells), ended. `names` ends with NULL. */
void csvw_header(CsvWriter *w, const char *const *names);
/* A text cell, neutralised and quoted as above; NULL is an empty cell. */
void csvw_text(CsvWriter *w, const char *s);
void csvw_empty(CsvWriter *w);
/* A cell as csvw_text() wrote it elsewhere, `len` bytes copied as they
 * stand: a text repeated on a million rows is encoded once. */
void csvw_encoded(CsvWriter *w, const char *cell, size_t len);
void csvw_int(CsvWriter *w, int64_t v);
void csvw_bool(CsvWriter *w, int v);        /* "true" / "false" */
/* A percent or delta rounded to 2 decimals (§3.7): "9.73", "-0.50". */
void csvw_rat2(CsvWriter *w, Rat r);
/* An exact decimal as published ("12.5", "3"); rounds to 9 decimals a
 * value that has no finite decimal form. */
void csvw_rat(CsvWriter *w, Rat r);
/* A double with up to 15 significant digits ("%.15g"). */
void csvw_real(CsvWriter *w, double v);
/* §2, §4: a date at the precision its source gave ("2023", "2023-10",
 * "2023-10-01"); an empty cell for DATE_NONE. */
void csvw_date(CsvWriter *w, Date d, DatePrec prec);
/* End the current row with LF. */
void csvw_end_row(CsvWriter *w);

/* Send the rows to `path` as they are made, keeping at most about
 * CSVW_STREAM_BYTES in memory: an export grows with the data (a million
 * participation rows are 47 MB).  false, noted in `d`, when the file
 * cannot be made.  Call before the first cell; csvw_save() finishes. */
#define CSVW_STREAM_BYTES ((size_t)1 << 20)
bool csvw_stream_to(CsvWriter *w, const char *path, Diag *d);
/* Write the rows to `path` (ERR_WRITE noted in `d` on failure), then
 * release the writer either way.  A streaming writer writes what is left
 * to the file it opened (`path` names it in messages). */
Err csvw_save(CsvWriter *w, const char *path, Diag *d);
void csvw_release(CsvWriter *w);

#endif
