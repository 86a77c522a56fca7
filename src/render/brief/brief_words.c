/* brief_words.c -- texts of a brief page; see brief_words.h. */
#include "render/brief/brief_words.h"
#include "present/vocab.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

const char *words_get(const Page *pg, const char *key)
{
    return catalog_get(pg->ctx->cat, key);
}

const char *words_fmt(Page *pg, const char *key, ...)
{
    va_list ap;
    va_start(ap, key);
    char *s = catalog_vformat(pg->ctx->cat, key, ap);
    va_end(ap);
    const char *out = arena_strdup(pg->a, s ? s : "");
    free(s);
    return out;
}

const char *words_region(const Page *pg, const char *region)
{
    char slug[96], key[128];
    size_t i = 0;
    for (; region[i] && i + 1 < sizeof slug; i++) {
        char ch = region[i];
        slug[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a')
                  : (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ? ch
                                                                          : '_';
    }
    slug[i] = '\0';
    snprintf(key, sizeof key, "common.region_%s", slug);
    return catalog_get(pg->ctx->cat, key);
}

const char *words_int(Page *pg, long long v)
{
    return arena_printf(pg->a, "%lld", v);
}

const char *words_delta(Page *pg, Rat r)
{
    char tmp[32];
    rat_format2(r, tmp);
    return arena_printf(pg->a, "%s%s", rat_hundredths(r) > 0 ? "+" : "", tmp);
}

const char *words_date(Page *pg, Date d)
{
    char buf[64];
    catalog_date(pg->ctx->cat, d, buf, sizeof buf);
    return arena_strdup(pg->a, buf);
}

const char *words_date_at(Page *pg, Date d, DatePrec prec)
{
    if (prec == DATE_PREC_DAY)
        return words_date(pg, d);
    return vocab_date(pg->ctx->cat, pg->a, d, prec);
}

const char *words_count(Page *pg, bool has, int64_t n, bool approx)
{
    if (!has)
        return catalog_get(pg->ctx->cat, "common.not_reported");
    return vocab_count(pg->ctx->cat, pg->a, words_int(pg, n), approx);
}

int words_edition_year(const Page *pg, int edition)
{
    return edition >= 0 ? pg->ctx->m->editions[edition].year : 0;
}
