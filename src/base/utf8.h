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

/* Issue 21.7: the offset of the first character XML 1.0 does not allow
 * in text -- a C0 control other than tab, LF and CR (NUL included), or
 * the noncharacters U+FFFE and U+FFFF -- with its code point in *cp; n
 * when there is none.  s[0, n) must be valid UTF-8.  The loader and the
 * INI reader refuse such text, so that no sink (the workbook's XML, the
 * SVG-free PNG and PDF text, JSON, HTML) ever sees one. */
size_t utf8_xml_invalid(const char *s, size_t n, unsigned long *cp);

/* The length of the longest prefix of s[0, len) that is at most max bytes
 * and does not end inside a character: len itself when len <= max, else
 * max moved back to the start of the character holding byte max.  For
 * valid UTF-8 the prefix is valid UTF-8 too. */
size_t utf8_cut(const char *s, size_t len, size_t max);

#endif
