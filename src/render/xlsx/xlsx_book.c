/* xlsx_book.c -- what every sheet of the workbook shares (xlsx_book.h). */
#include "render/xlsx/xlsx_book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *xl(Xlsx *x, const char *key)
{
    return catalog_get(x->ctx->cat, key);
}

const char *xl_yesno(Xlsx *x, bool v)
{
    return xl(x, v ? "common.yes" : "common.no");
}

const char *xl_country(Xlsx *x, int country)
{
    return model_country_name(x->m, country, catalog_lang(x->ctx->cat));
}

void xl_open(Xlsx *x, XSheet *s, const char *key)
{
    xs_open(s, &x->book, xl(x, key));
}

const char *xl_fmt(Xlsx *x, const char *key, const char *name,
                   const char *value)
{
    char *t = catalog_format(x->ctx->cat, key, name, value, NULL);
    const char *out = arena_strdup(&x->scratch, t ? t : key);
    free(t);
    return out;
}

void xl_header(Xlsx *x, XSheet *s, const char *const *keys, int n)
{
    const char *labels[XS_MAX_COLS];
    for (int i = 0; i < n && i < XS_MAX_COLS; i++)
        labels[i] = xl(x, keys[i]);
    xs_header(s, labels, n < XS_MAX_COLS ? n : XS_MAX_COLS);
}
