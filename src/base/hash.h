/* hash.h -- the program's two hashes, written once.
 *
 * hash_bytes: 64-bit FNV-1a of n bytes.  Used for the project-id tables of
 * the loader and the model and for the suffix of long page file names, so
 * its values are part of the output (html_name.h): never change it.
 *
 * hash_iso3: a perfect hash of an ISO 3166-1 alpha-3 code -- its slot in
 * a table of HASH_ISO3_SLOTS (26^3) entries, or -1 when the n bytes are
 * not exactly three upper-case ASCII letters.  No allocation, no failure.
 */
#ifndef CYBERDASH_HASH_H
#define CYBERDASH_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_ISO3_SLOTS (26 * 26 * 26)

uint64_t hash_bytes(const void *p, size_t n);
int hash_iso3(const char *p, size_t n);

#endif
