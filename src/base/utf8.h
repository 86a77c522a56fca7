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

/* Issue 21.11: the length of the invisible or bidirectional-control
 * character at the start of s[0, n) (valid UTF-8), its code point in
 * *cp; 0 when the first character is not one.  They are U+00AD, U+061C,
 * U+180E, U+200B..U+200F, U+202A..U+202E, U+2060..U+2064,
 * U+2066..U+2069 and U+FEFF (a byte-order mark inside a text): a name
 * holding one looks like another, or reorders the text around it.  The
 * loader warns of them and messages show them as \u{XXXX}. */
size_t utf8_invisible_at(const char *s, size_t n, unsigned long *cp);
/* The offset of the first such character in s[0, n), or n. */
size_t utf8_invisible(const char *s, size_t n, unsigned long *cp);

/* The length of the longest prefix of s[0, len) that is at most max bytes
 * and does not end inside a character: len itself when len <= max, else
 * max moved back to the start of the character holding byte max.  For
 * valid UTF-8 the prefix is valid UTF-8 too. */
size_t utf8_cut(const char *s, size_t len, size_t max);

#endif
