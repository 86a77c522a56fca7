#include "render/html_name.h"

#include <assert.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/hash.h"

#define CUT_AT 82   /* 82 + "_H" + 16 hex = HTML_SAFE_NAME_MAX */

static bool lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

static int kept(unsigned char c, unsigned char prev, size_t pos)
{
    if ((c >= 'A' && c <= 'Z') || lower(c) || (c >= '0' && c <= '9') || c == '-')
        return 1;
    return c == '.' && pos > 0 && prev != '.';
}

/* Whether the id's part before its first '.', folded to upper case, is a
 * Windows device name: Windows opens the device for "CON.html". */
static bool device_name(const char *id)
{
    static const char *const names[] = { "CON", "PRN", "AUX", "NUL" };
    size_t len = strcspn(id, ".");
    char up[5] = { 0 };
    if (len < 3 || len > 4)
        return false;
    for (size_t i = 0; i < len; i++)
        up[i] = lower((unsigned char)id[i]) ? (char)(id[i] - 'a' + 'A') : id[i];
    if (len == 3) {
        for (size_t i = 0; i < sizeof names / sizeof *names; i++)
            if (!memcmp(up, names[i], 3))
                return true;
        return false;
    }
    return (!memcmp(up, "COM", 3) || !memcmp(up, "LPT", 3))
           && up[3] >= '0' && up[3] <= '9';
}

size_t html_safe_filename(const char *id, char *buf, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    assert(n >= HTML_SAFE_NAME_MAX + 1);
    if (!*id) {
        memcpy(buf, "_", 2);
        return 1;
    }
    bool device = device_name(id), hashed = false;
    size_t len = 0, cut = 0;   /* cut: last whole-character end <= CUT_AT */
    unsigned char prev = 0;
    for (size_t i = 0; id[i]; i++) {
        unsigned char c = (unsigned char)id[i];
        size_t w = kept(c, prev, i) && !(i == 0 && device) ? 1 : 3;
        hashed |= lower(c);
        if (len + w > HTML_SAFE_NAME_MAX) {
            hashed = true;
            break;
        }
        if (w == 1) {
            buf[len] = lower(c) ? (char)(c - 'a' + 'A') : (char)c;
        } else {
            buf[len] = '_';
            buf[len + 1] = hex[c >> 4];
            buf[len + 2] = hex[c & 15];
        }
        len += w;
        /* A cut inside a UTF-8 character would leave half of it. */
        if (len <= CUT_AT && ((unsigned char)id[i + 1] & 0xC0) != 0x80)
            cut = len;
        prev = c;
    }
    if (!hashed) {
        buf[len] = '\0';
        return len;
    }
    snprintf(buf + cut, n - cut, "_H%016llX",
             (unsigned long long)hash_bytes(id, strlen(id)));
    return cut + 18;
}

typedef struct {
    const char *name;
    int index;
} Named;

static int by_name(const void *x, const void *y)
{
    const Named *a = x, *b = y;
    int c = strcasecmp(a->name, b->name);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

int html_names_clash(const char *const *names, int n, int *a, int *b)
{
    Named *v = malloc((size_t)(n > 0 ? n : 1) * sizeof *v);
    if (!v)
        abort();
    for (int i = 0; i < n; i++)
        v[i] = (Named){ names[i], i };
    qsort(v, (size_t)n, sizeof *v, by_name);
    int found = 0;
    for (int i = 1; i < n && !found; i++)
        if (!strcasecmp(v[i - 1].name, v[i].name)) {
            *a = v[i - 1].index;       /* sorted by index among equals */
            *b = v[i].index;
            found = 1;
        }
    free(v);
    return found;
}
