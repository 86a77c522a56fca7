/* iati_filter.h -- `import-iati --filter`: keep the activities of a large
 * file that concern the programme (an agency file holds thousands).
 *
 * No allocation: a filter borrows its value from the command line.
 */
#ifndef CYBERDASH_IATI_FILTER_H
#define CYBERDASH_IATI_FILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "import/iati_read.h"

/* --filter: an activity is kept when it matches any of the filters. */
typedef enum { IATI_FILTER_SECTOR, IATI_FILTER_TAG, IATI_FILTER_WORD } IatiFilterKind;

typedef struct {
    IatiFilterKind kind;
    const char *value;         /* borrowed from the command line */
} IatiFilter;

/* Parse `sector:CODE`, `tag:CODE` or `word:WORD`; false when `arg` is
 * none of these (or the value is empty). */
bool iati_filter_parse(const char *arg, IatiFilter *f);

/* Whether `a` matches one of the `n` filters (every activity when n is
 * 0): a sector or tag whose code is the value (any vocabulary), or a
 * title, in any language, holding the word (ASCII letters without regard
 * to case). */
bool iati_filter_match(const IatiActivity *a, const IatiFilter *f, size_t n);

#endif
