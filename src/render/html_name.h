/* html_name.h -- safe file names for pages named after data values (§5).
 *
 * A project id may hold anything ("../x", "a/b", markup, Japanese).  Its
 * page is projects/<html_safe_filename(id)>.html, and no id can choose a
 * path outside that folder, nor two ids one file -- on Linux, nor on the
 * case-folding file systems of macOS and Windows where a published site
 * is often opened, nor as a Windows device name (issue 21.9).  Pure
 * functions, no allocation.
 */
#ifndef CYBERDASH_HTML_NAME_H
#define CYBERDASH_HTML_NAME_H

#include <stddef.h>

/* Longest name html_safe_filename() writes, without the NUL. */
#define HTML_SAFE_NAME_MAX 100

/* Write a file name for `id` into buf (`n` >= HTML_SAFE_NAME_MAX + 1) and
 * return its length.  Names use only A-Z 0-9 - . _ so that case folding
 * cannot merge two of them.  Rules:
 *   - bytes A-Z 0-9 - are kept; `.` is kept unless it is the first byte
 *     or follows a `.` (so no hidden file and never `..`);
 *   - a-z become A-Z, and the name then ends in a hash (below): "p1"
 *     and "P1" stay distinct;
 *   - every other byte, `_` included, becomes `_XX` (upper-case hex);
 *   - when the part before the first `.` would be a Windows device name
 *     (CON, PRN, AUX, NUL, COM0-9, LPT0-9, any case), its first byte is
 *     written `_XX` too;
 *   - the empty id gives `_` (which no other id gives);
 *   - with a-z in the id, or a name longer than HTML_SAFE_NAME_MAX, the
 *     name is cut at a whole character to at most 82 bytes and ends in
 *     `_H` and 16 upper-case hex digits of the FNV-1a hash (base/hash.h)
 *     of the whole id.  `_H` never starts an escape, so a hashed name
 *     never equals an unhashed one; unhashed names decode to their id.
 * The result never contains `/`, NUL, `..`, and never begins with `.`. */
size_t html_safe_filename(const char *id, char *buf, size_t n);

/* The build-time check behind the rules above: the first pair of the `n`
 * names equal when case is ignored, as *a < *b (indices); 0 when there
 * is none, 1 when there is.  Only a 64-bit hash collision can make one. */
int html_names_clash(const char *const *names, int n, int *a, int *b);

#endif
