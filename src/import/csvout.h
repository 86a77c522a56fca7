/* csvout.h -- rows of a data file (SPEC §2 input CSV), streamed to a FILE.
 *
 * RFC 4180: a cell holding a comma, a double quote, CR or LF is quoted,
 * with quotes doubled; rows end with `eol` ("\n", or "\r\n" to match a
 * hand-kept file that uses CRLF).
 *
 * Why not render/data/csvwrite: that writer is above import in the layers
 * (docs/architecture.md) and is for exports, whose text cells it
 * neutralises against spreadsheet formulas with a leading quote.  These
 * files are *inputs*: the loader must read back exactly the title the
 * IATI file gave, so nothing is added to a cell.
 *
 * No state of its own; write errors show in ferror(out).
 */
#ifndef CYBERDASH_CSVOUT_H
#define CYBERDASH_CSVOUT_H

#include <stddef.h>
#include <stdio.h>

/* One row of `n` cells (NULL is an empty cell), ended with `eol`. */
void csvout_row(FILE *out, const char *const *cells, size_t n,
                const char *eol);

#endif
