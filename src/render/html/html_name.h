/* html_name.h -- safe file names for pages named after data values (§5).
 *
 * A project id may hold anything ("../x", "a/b", markup, Japanese).  Its
 * page is projects/<html_safe_filename(id)>.html, and no id can choose a
 * path outside that folder.  Pure functions, no allocation.
 */
#ifndef CYBERDASH_HTML_NAME_H
#define CYBERDASH_HTML_NAME_H

#include <stddef.h>

/* Longest name html_safe_filename() writes, without the NUL. */
#define HTML_SAFE_NAME_MAX 100

/* Write a file name for `id` into buf (`n` >= HTML_SAFE_NAME_MAX + 1) and
 * return its length.  Rules:
 *   - bytes A-Z a-z 0-9 - are kept; `.` is kept unless it is the first
 *     byte or follows a `.` (so no hidden file and never `..`);
 *   - every other byte, `_` included, becomes `_XX` (upper-case hex), so
 *     distinct ids give distinct names;
 *   - the empty id gives `_` (which no other id gives);
 *   - a name longer than HTML_SAFE_NAME_MAX is cut at a whole character
 *     to 83 bytes and ends in `-` and 16 hex digits of the FNV-1a hash (base/hash.h) of
 *     the whole id.
 * The result never contains `/`, NUL, `..`, and never begins with `.`. */
size_t html_safe_filename(const char *id, char *buf, size_t n);

#endif
