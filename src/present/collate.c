/* collate.c -- see collate.h: names in the order of the page's language. */
#include "present/collate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The next code point of the UTF-8 text at *p (the loader has checked
 * it is valid UTF-8); 0 at the end. */
static uint32_t next_cp(const unsigned char **p)
{
    const unsigned char *s = *p;
    uint32_t c = s[0];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c == 0)
        return 0;
    if (len > 1)
        c &= (uint32_t)(0xFF >> (len + 1));
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {    /* cut short: stop here */
            *p = s + i;
            return c;
        }
        c = (c << 6) | (s[i] & 0x3Fu);
    }
    *p = s + len;
    return c;
}

/* A Latin letter without case and accent (Latin-1 only: the English
 * names of the data use no other). */
static uint32_t fold(uint32_t c)
{
    static const char latin1[] =
        "aaaaaaaceeeeiiiidnooooo\xd7ouuuuytsaaaaaaaceeeeiiiidnooooo\xf7ouuuuyty";
    if (c >= 'A' && c <= 'Z')
        return c + ('a' - 'A');
    if (c >= 0xC0 && c <= 0xFF)
        return (unsigned char)latin1[c - 0xC0];
    return c;
}

int collate_text_cmp(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    for (;;) {
        uint32_t x = fold(next_cp(&p)), y = fold(next_cp(&q));
        if (x != y)
            return x < y ? -1 : 1;
        if (x == 0)
            return strcmp(a, b);    /* "Côte" and "Cote": a fixed order */
    }
}

static bool reading_cp(uint32_t c)
{
    return (c >= 0x30A1 && c <= 0x30FC) || c == ' ' || c == 0x3000;
}

bool collate_is_reading(const char *name_ja)
{
    if (!name_ja || !*name_ja)
        return false;
    const unsigned char *p = (const unsigned char *)name_ja;
    for (uint32_t c; (c = next_cp(&p)) != 0;)
        if (!reading_cp(c))
            return false;
    return true;
}

/* Katakana in code-point order, the middle dot and spaces left out (they
 * separate words, they are not read). */
static int cmp_reading(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    for (;;) {
        uint32_t x, y;
        do x = next_cp(&p); while (x == 0x30FB || x == ' ' || x == 0x3000);
        do y = next_cp(&q); while (y == 0x30FB || y == ' ' || y == 0x3000);
        if (x != y)
            return x < y ? -1 : 1;
        if (x == 0)
            return 0;
    }
}

int collate_country_cmp(const Model *m, const char *lang, int a, int b)
{
    const Country *x = &m->countries[a], *y = &m->countries[b];
    if (lang && strcmp(lang, "ja") == 0) {
        bool rx = collate_is_reading(x->name_ja), ry = collate_is_reading(y->name_ja);
        if (rx != ry)
            return rx ? -1 : 1;
        if (rx) {
            int c = cmp_reading(x->name_ja, y->name_ja);
            if (c)
                return c;
        }
    }
    int c = collate_text_cmp(x->name, y->name);
    return c ? c : strcmp(x->iso3, y->iso3);
}

/* A merge sort: qsort has no context argument in C11, and the order must
 * not depend on the input order (the comparison is total, see above). */
static void merge_sort(const Model *m, const char *lang, int *v, int *tmp, int n)
{
    if (n < 2)
        return;
    int h = n / 2;
    merge_sort(m, lang, v, tmp, h);
    merge_sort(m, lang, v + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = collate_country_cmp(m, lang, v[j], v[i]) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, (size_t)n * sizeof *v);
}

void collate_countries(const Model *m, const char *lang, int *list, int n)
{
    if (n < 2)
        return;
    int *tmp = malloc((size_t)n * sizeof *tmp);
    if (!tmp)
        abort();
    merge_sort(m, lang, list, tmp, n);
    free(tmp);
}
