/* load_halves.h -- a big participation.csv read in two halves at once
 * (internal to load/; issue 8: 1M rows load in about half the time).
 *
 * load_halves_read() reads the open regular file `in` whole into memory
 * (never a mapping, which a truncation would fault) and, when every
 * record starts at a line break (no quote anywhere in the file), reads
 * its header through L and the rows after it as two halves, the second on
 * a thread of its own: the same rows, in the same order, with the same
 * messages as one pass.  It returns false, having read nothing and left
 * L as it was, when the file is not such a file (or is small, or cannot
 * be read whole); the caller then reads it in one pass.  `in` stays open,
 * its offset untouched.
 */
#ifndef CYBERDASH_LOAD_HALVES_H
#define CYBERDASH_LOAD_HALVES_H

#include <stdbool.h>
#include <stdio.h>

#include "load/load_reader.h"

bool load_halves_read(Loader *L, FILE *in);

#endif
