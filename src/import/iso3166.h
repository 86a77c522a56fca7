/* iso3166.h -- ISO 3166-1 alpha-2 -> alpha-3, from Debian's iso-codes.
 *
 * IATI names countries by alpha-2 (recipient-country/@code); SPEC §2 by
 * alpha-3.  The table is read from iso-codes' JSON
 * (ISO3166_DEFAULT_PATH, package `iso-codes`) with jansson, never typed
 * by hand, so it is the same list scripts/make_data.py takes the country
 * names from.
 *
 * An Iso3166 owns its table (malloc); iso3166_release() frees it.
 */
#ifndef CYBERDASH_ISO3166_H
#define CYBERDASH_ISO3166_H

#include <stddef.h>

#include "base/diag.h"
#include "base/err.h"

#define ISO3166_DEFAULT_PATH "/usr/share/iso-codes/json/iso_3166-1.json"

typedef struct {
    char a2[3], a3[4];
} Iso3166Pair;

typedef struct {
    Iso3166Pair *pairs;        /* sorted by a2 */
    size_t n;
} Iso3166;

#define ISO3166_INIT {0}

/* Read the table from `path`.  ERR_NOINPUT when it cannot be read (the
 * message names the package), ERR_DATA when it is not the expected JSON;
 * noted in `d`.  On failure `t` is left empty. */
Err iso3166_load(Iso3166 *t, const char *path, Diag *d);

/* The alpha-3 code of the `n`-byte alpha-2 code `a2` (upper case, as
 * ISO 3166 writes it), or NULL.  The string belongs to `t`. */
const char *iso3166_alpha3(const Iso3166 *t, const char *a2, size_t n);

void iso3166_release(Iso3166 *t);

#endif
