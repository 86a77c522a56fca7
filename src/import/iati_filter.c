#include "import/iati_filter.h"

#include <string.h>
#include <strings.h>

bool iati_filter_parse(const char *arg, IatiFilter *f)
{
    static const struct {
        const char *prefix;
        IatiFilterKind kind;
    } kinds[] = { { "sector:", IATI_FILTER_SECTOR },
                  { "tag:", IATI_FILTER_TAG },
                  { "word:", IATI_FILTER_WORD } };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        size_t n = strlen(kinds[i].prefix);
        if (!strncmp(arg, kinds[i].prefix, n) && arg[n]) {
            *f = (IatiFilter){ kinds[i].kind, arg + n };
            return true;
        }
    }
    return false;
}

static bool has_code(const IatiCoded *l, const char *code)
{
    for (; l; l = l->next)
        if (!strcasecmp(l->b, code))
            return true;
    return false;
}

/* ASCII letters without regard to case; other bytes (UTF-8) as they are. */
static bool has_word(const IatiNarr *l, const char *word)
{
    size_t wn = strlen(word);
    for (; l; l = l->next) {
        size_t tn = strlen(l->text);
        for (size_t i = 0; i + wn <= tn; i++)
            if (!strncasecmp(l->text + i, word, wn))
                return true;
    }
    return false;
}

bool iati_filter_match(const IatiActivity *a, const IatiFilter *f, size_t n)
{
    if (n == 0)
        return true;
    for (size_t i = 0; i < n; i++) {
        bool hit = f[i].kind == IATI_FILTER_SECTOR ? has_code(a->sectors, f[i].value)
                   : f[i].kind == IATI_FILTER_TAG  ? has_code(a->tags, f[i].value)
                                                   : has_word(a->titles, f[i].value);
        if (hit)
            return true;
    }
    return false;
}
