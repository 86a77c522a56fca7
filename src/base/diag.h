/* diag.h -- data problems collected as values: `FILE:LINE: message`.
 *
 * Loaders note every problem and keep going (SQLite's pParse->nErr);
 * the caller checks once and prints them all.  Only the first `limit`
 * messages are kept; the rest are counted, so a file with a million bad
 * rows still gives a bounded report and an exact total.
 *
 * A Diag owns its messages; diag_release() frees them.
 */
#ifndef CYBERDASH_DIAG_H
#define CYBERDASH_DIAG_H

#include <stdio.h>
#include <stddef.h>

typedef enum { DIAG_ERROR, DIAG_WARNING } DiagLevel;

typedef struct {
    DiagLevel level;
    char *file;   /* name as shown, e.g. "projects.csv" */
    long line;    /* 0 when the problem is not tied to a line */
    char *msg;
} DiagItem;

typedef struct {
    DiagItem *items;
    size_t n, cap;
    size_t limit;            /* messages kept; default DIAG_DEFAULT_LIMIT */
    size_t errors, warnings; /* totals, including those not kept */
} Diag;

#define DIAG_DEFAULT_LIMIT 200
#define DIAG_INIT { .limit = DIAG_DEFAULT_LIMIT }

/* Note an error at file:line.  The message is Git-style: lower-case first
 * word, no full stop, the value quoted.  Control bytes in the file name or
 * the message (a newline, an escape sequence from a data value) are kept
 * as visible escapes (\n, \r, \t, \x1B), so every message is one line. */
void diag_error(Diag *d, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_warning(Diag *d, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Print every kept message as `FILE:LINE: [warning: ]message` in the order
 * noted, then a line saying how many were not shown, if any.  Returns the
 * number of errors (all of them, shown or not). */
size_t diag_print(const Diag *d, FILE *out);

/* Copy every message and count of `from` into `into` (which must be
 * empty); `from` is unchanged. */
void diag_copy(Diag *into, const Diag *from);

/* Move every message of `from` to the end of `into` (counts included);
 * `from` is left empty.  For renderers that ran with a Diag of their own. */
void diag_merge(Diag *into, Diag *from);

/* Take back a warning noted earlier: the kept message `item` (an index
 * into d->items), or, with item >= d->n, one that was counted but not
 * kept.  For a message said once per file by two readers of its halves. */
void diag_drop_warning(Diag *d, size_t item);

void diag_release(Diag *d);

#endif
