/* utf8.c -- the strict validator and the boundary cut of utf8.h. */
#include "base/utf8.h"

/* The allowed range of the second byte after lead byte c (RFC 3629 §4),
 * and the number of continuation bytes; false for a byte that cannot
 * start a character. */
static bool lead_byte(unsigned c, size_t *more, unsigned *lo, unsigned *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (c < 0xC2 || c > 0xF4)           /* continuation, overlong, too high */
        return false;
    if (c < 0xE0) {
        *more = 1;
    } else if (c < 0xF0) {
        *more = 2;
        if (c == 0xE0)
            *lo = 0xA0;                 /* overlong 3-byte */
        if (c == 0xED)
            *hi = 0x9F;                 /* surrogates */
    } else {
        *more = 3;
        if (c == 0xF0)
            *lo = 0x90;                 /* overlong 4-byte */
        if (c == 0xF4)
            *hi = 0x8F;                 /* above U+10FFFF */
    }
    return true;
}

bool utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        size_t more;
        unsigned lo, hi;
        if (!lead_byte(*p, &more, &lo, &hi)
            || (size_t)(e - p) <= more || p[1] < lo || p[1] > hi)
            return false;
        for (size_t k = 2; k <= more; k++)
            if ((p[k] & 0xC0) != 0x80)
                return false;
        p += more + 1;
    }
    return true;
}

size_t utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return max;
}

size_t utf8_xml_invalid(const char *s, size_t n, unsigned long *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') {
            *cp = p[i];
            return i;
        }
        /* EF BF BE and EF BF BF: U+FFFE, U+FFFF (valid UTF-8 already, so
         * these three bytes always start a character). */
        if (p[i] == 0xEF && n - i >= 3 && p[i + 1] == 0xBF && p[i + 2] >= 0xBE) {
            *cp = 0xFFFEul + (p[i + 2] - 0xBEu);
            return i;
        }
    }
    return n;
}

size_t utf8_invisible_at(const char *s, size_t n, unsigned long *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned long c;
    size_t len;
    if (n >= 2 && (p[0] & 0xE0) == 0xC0) {
        c = (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu);
        len = 2;
    } else if (n >= 3 && (p[0] & 0xF0) == 0xE0) {
        c = (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
        len = 3;
    } else
        return 0;
    if (c == 0xAD || c == 0x61C || c == 0x180E || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064)
        || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF) {
        *cp = c;
        return len;
    }
    return 0;
}

size_t utf8_invisible(const char *s, size_t n, unsigned long *cp)
{
    for (size_t i = 0; i < n; i++)
        if (utf8_invisible_at(s + i, n - i, cp))
            return i;
    return n;
}
