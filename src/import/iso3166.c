#include "import/iso3166.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"

static int cmp_pair(const void *a, const void *b)
{
    return strcmp(((const Iso3166Pair *)a)->a2, ((const Iso3166Pair *)b)->a2);
}

static bool code_ok(const char *s, size_t n)
{
    if (!s || strlen(s) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return false;
    return true;
}

Err iso3166_load(Iso3166 *t, const char *path, Diag *d)
{
    *t = (Iso3166)ISO3166_INIT;
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root) {
        diag_error(d, path, jerr.line > 0 ? jerr.line : 0,
                   "cannot read the ISO 3166 country codes: %s (install the "
                   "Debian package iso-codes)", jerr.text);
        return ERR_NOINPUT;
    }
    json_t *list = json_object_get(root, "3166-1");
    size_t n = json_array_size(list);
    if (!json_is_array(list) || n == 0) {
        diag_error(d, path, 0, "expected an object with a '3166-1' array");
        json_decref(root);
        return ERR_DATA;
    }
    t->pairs = xrealloc(NULL, n * sizeof *t->pairs);
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(list, i);
        const char *a2 = json_string_value(json_object_get(e, "alpha_2"));
        const char *a3 = json_string_value(json_object_get(e, "alpha_3"));
        if (!code_ok(a2, 2) || !code_ok(a3, 3))
            continue;
        memcpy(t->pairs[t->n].a2, a2, 3);
        memcpy(t->pairs[t->n].a3, a3, 4);
        t->n++;
    }
    json_decref(root);
    qsort(t->pairs, t->n, sizeof *t->pairs, cmp_pair);
    return ERR_OK;
}

const char *iso3166_alpha3(const Iso3166 *t, const char *a2, size_t n)
{
    if (n != 2 || !t->n)
        return NULL;
    Iso3166Pair key = { { a2[0], a2[1], '\0' }, "" };
    const Iso3166Pair *p = bsearch(&key, t->pairs, t->n, sizeof *t->pairs,
                                   cmp_pair);
    return p ? p->a3 : NULL;
}

void iso3166_release(Iso3166 *t)
{
    free(t->pairs);
    *t = (Iso3166)ISO3166_INIT;
}
