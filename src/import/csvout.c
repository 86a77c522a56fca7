#include "import/csvout.h"

#include <stdbool.h>
#include <string.h>

static void cell(FILE *out, const char *s)
{
    if (!s || !*s)
        return;
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

void csvout_row(FILE *out, const char *const *cells, size_t n,
                const char *eol)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputc(',', out);
        cell(out, cells[i]);
    }
    fputs(eol, out);
}
