#include "base/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "base/utf8.h"

/* A copy of `s` with every control byte (C0, DEL) written as a visible
 * escape (\n, \r, \t, \xNN): a message stays one line, and data can
 * neither forge further `FILE:LINE:` lines nor send escape sequences to a
 * terminal (issue 9).  Invisible and bidirectional characters become
 * \u{XXXX} (utf8.h; issue 21.11: a byte-order mark inside a cell gave
 * "invalid country code 'KHM'"), so what a value holds is seen. */
static char *visible(const char *s)
{
    size_t n = strlen(s);
    char *r = malloc(4 * n + 1), *o = r;   /* \u{XXXX} is 8 for 2 or 3 */
    const char *end = s + n;
    if (!r)
        abort();
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        unsigned long cp;
        size_t w = utf8_invisible_at(s, (size_t)(end - s), &cp);
        if (w) {
            o += sprintf(o, "\\u{%04lX}", cp);
            s += w - 1;
            continue;
        }
        if (c >= 0x20 && c != 0x7F) {
            *o++ = (char)c;
            continue;
        }
        *o++ = '\\';
        if (c == '\n')
            *o++ = 'n';
        else if (c == '\r')
            *o++ = 'r';
        else if (c == '\t')
            *o++ = 't';
        else {
            static const char hex[] = "0123456789ABCDEF";
            *o++ = 'x';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    }
    *o = '\0';
    return r;
}

static void add(Diag *d, DiagLevel level, const char *file, long line,
                const char *fmt, va_list ap)
{
    if (level == DIAG_ERROR)
        d->errors++;
    else
        d->warnings++;
    if (d->n >= d->limit)
        return;
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->items = realloc(d->items, d->cap * sizeof *d->items);
        if (!d->items)
            abort();
    }
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    d->items[d->n++] = (DiagItem){ level, visible(file ? file : ""), line,
                                   visible(msg) };
}

void diag_error(Diag *d, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_ERROR, file, line, fmt, ap);
    va_end(ap);
}

void diag_warning(Diag *d, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_WARNING, file, line, fmt, ap);
    va_end(ap);
}

size_t diag_print(const Diag *d, FILE *out)
{
    for (size_t i = 0; i < d->n; i++) {
        const DiagItem *it = &d->items[i];
        const char *w = it->level == DIAG_WARNING ? "warning: " : "";
        if (it->line > 0)
            fprintf(out, "%s:%ld: %s%s\n", it->file, it->line, w, it->msg);
        else
            fprintf(out, "%s: %s%s\n", it->file, w, it->msg);
    }
    size_t total = d->errors + d->warnings;
    if (total > d->n)
        fprintf(out, "cyberdash: %zu more problem(s) not shown\n",
                total - d->n);
    return d->errors;
}

void diag_copy(Diag *into, const Diag *from)
{
    for (size_t i = 0; i < from->n; i++) {
        const DiagItem *it = &from->items[i];
        if (it->level == DIAG_ERROR)
            diag_error(into, it->file, it->line, "%s", it->msg);
        else
            diag_warning(into, it->file, it->line, "%s", it->msg);
    }
    into->errors = from->errors;
    into->warnings = from->warnings;
}

void diag_merge(Diag *into, Diag *from)
{
    size_t errors = 0, warnings = 0;   /* those kept, counted again below */
    for (size_t i = 0; i < from->n; i++) {
        DiagItem *it = &from->items[i];
        if (it->level == DIAG_ERROR) {
            errors++;
            diag_error(into, it->file, it->line, "%s", it->msg);
        } else {
            warnings++;
            diag_warning(into, it->file, it->line, "%s", it->msg);
        }
    }
    into->errors += from->errors - errors;
    into->warnings += from->warnings - warnings;
    diag_release(from);
}

void diag_drop_warning(Diag *d, size_t item)
{
    if (item < d->n) {
        free(d->items[item].file);
        free(d->items[item].msg);
        memmove(&d->items[item], &d->items[item + 1],
                (d->n - item - 1) * sizeof *d->items);
        d->n--;
    }
    if (d->warnings)
        d->warnings--;
}

void diag_release(Diag *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].file);
        free(d->items[i].msg);
    }
    free(d->items);
    size_t limit = d->limit;
    *d = (Diag)DIAG_INIT;
    d->limit = limit;
}
