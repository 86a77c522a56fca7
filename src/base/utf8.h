/* utf8.h -- the one UTF-8 rule of the program (issue 15: "one rule each").
 *
 * SPEC §2: every input text is UTF-8.  "Valid" here is RFC 3629 exactly:
 * no overlong form, no surrogate (U+D800..U+DFFF), nothing above U+10FFFF,
 * no truncated sequence, no stray continuation byte.  A NUL byte is valid
 * UTF-8 (U+0000); callers that keep C strings reject it themselves, so
 * they can name it in their message.
 *
 * Neither function allocates or fails; both read only the bytes given.
 */
#ifndef CYBERDASH_UTF8_H
#define CYBERDASH_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when the n bytes at s are well-formed UTF-8 (see above). */
bool utf8_valid(const char *s, size_t n);

/* The length of the longest prefix of s[0, len) that is at most max bytes
 * and does not end inside a character: len itself when len <= max, else
 * max moved back to the start of the character holding byte max.  For
 * valid UTF-8 the prefix is valid UTF-8 too. */
size_t utf8_cut(const char *s, size_t len, size_t max);

#endif
