#include "render/html/html_name.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/hash.h"

#define CUT_AT 83   /* 83 + '-' + 16 hex = HTML_SAFE_NAME_MAX */

static int kept(unsigned char c, unsigned char prev, size_t pos)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        (c >= '0' && c <= '9') || c == '-')
        return 1;
    return c == '.' && pos > 0 && prev != '.';
}

size_t html_safe_filename(const char *id, char *buf, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    assert(n >= HTML_SAFE_NAME_MAX + 1);
    if (!*id) {
        memcpy(buf, "_", 2);
        return 1;
    }
    size_t len = 0, cut = 0;   /* cut: last whole-character end <= CUT_AT */
    unsigned char prev = 0;
    for (size_t i = 0; id[i]; i++) {
        unsigned char c = (unsigned char)id[i];
        size_t w = kept(c, prev, i) ? 1 : 3;
        if (len + w > HTML_SAFE_NAME_MAX) {
            snprintf(buf + cut, n - cut, "-%016llx",
                     (unsigned long long)hash_bytes(id, strlen(id)));
            return cut + 17;
        }
        if (w == 1) {
            buf[len] = (char)c;
        } else {
            buf[len] = '_';
            buf[len + 1] = hex[c >> 4];
            buf[len + 2] = hex[c & 15];
        }
        len += w;
        if (len <= CUT_AT)
            cut = len;
        prev = c;
    }
    buf[len] = '\0';
    return len;
}
