#include "render/data/csvwrite.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/fsutil.h"

static void reserve(CsvWriter *w, size_t bytes)
{
    if (w->len + bytes + 1 <= w->cap)
        return;
    size_t cap = w->cap ? w->cap : 4096;
    while (w->len + bytes + 1 > cap)
        cap *= 2;
    char *p = realloc(w->data, cap);
    if (!p)
        abort();
    w->data = p;
    w->cap = cap;
}

static void put(CsvWriter *w, const char *s, size_t n)
{
    if (w->len + n + 1 > w->cap)
        reserve(w, n);
    memcpy(w->data + w->len, s, n);
    w->len += n;
    w->data[w->len] = '\0';
}

static void separate(CsvWriter *w)
{
    if (w->col++ > 0)
        put(w, ",", 1);
}

/* Numbers come from the program: no quoting, no neutralising. */
static void number(CsvWriter *w, const char *s)
{
    separate(w);
    put(w, s, strlen(s));
}

/* Whether the part of a cell at p would start a formula: after blanks
 * (a spreadsheet may trim them), one of = + - @ TAB CR or a full-width
 * lookalike that an Asian-locale import may fold to it. */
static bool formula_start(const char *p)
{
    static const char *const blank[] = { " ", "\xE3\x80\x80" };  /* U+3000 */
    static const char *const wide[] = {
        "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0", /* ＝＋－＠ */
    };
    for (size_t i = 0; i < 2;)
        if (!strncmp(p, blank[i], strlen(blank[i])))
            p += strlen(blank[i]), i = 0;
        else
            i++;
    if (*p && strchr("=+-@\t\r", *p))
        return true;
    for (size_t i = 0; i < sizeof wide / sizeof *wide; i++)
        if (!strncmp(p, wide[i], 3))
            return true;
    return false;
}

void csvw_text(CsvWriter *w, const char *s)
{
    separate(w);
    if (!s || !*s)
        return;
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        put(w, "\"", 1);
    /* Issue 21.8: every ';'-separated part is guarded, as a list cell
     * opened where ';' separates fields puts each part in a cell. */
    bool part = true;
    for (const char *p = s; *p;) {
        if (part && formula_start(p))
            put(w, "'", 1);
        part = false;
        size_t n = strcspn(p, "\";");
        put(w, p, n);
        p += n;
        if (*p == '"') {
            put(w, "\"\"", 2);
            p++;
        } else if (*p == ';') {
            put(w, ";", 1);
            p++;
            part = true;
        }
    }
    if (quote)
        put(w, "\"", 1);
}

void csvw_empty(CsvWriter *w) { separate(w); }

void csvw_encoded(CsvWriter *w, const char *cell, size_t len)
{
    separate(w);
    put(w, cell, len);
}

/* Digits by hand: the records export writes millions of integers, and
 * snprintf's format parsing was most of its time. */
void csvw_int(CsvWriter *w, int64_t v)
{
    char buf[32], *p = buf + sizeof buf;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    *--p = '\0';
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    number(w, p);
}

void csvw_bool(CsvWriter *w, int v) { number(w, v ? "true" : "false"); }

void csvw_rat2(CsvWriter *w, Rat r)
{
    char buf[32];
    rat_format2(r, buf);
    number(w, buf);
}

void csvw_rat(CsvWriter *w, Rat r)
{
    char buf[48];
    rat_format_decimal(r, buf);
    number(w, buf);
}

void csvw_real(CsvWriter *w, double v)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.15g", v == 0 ? 0.0 : v);  /* no "-0" */
    number(w, buf);
}

void csvw_date(CsvWriter *w, Date d, DatePrec prec)
{
    if (d == DATE_NONE) {
        csvw_empty(w);
        return;
    }
    char buf[11];
    date_format_prec(d, prec, buf);
    csvw_text(w, buf);
}

static void flush(CsvWriter *w)
{
    if (!w->werr && w->len)
        w->werr = fs_out_write(w->fd, w->data, w->len);
    w->len = 0;
}

void csvw_end_row(CsvWriter *w)
{
    put(w, "\n", 1);
    w->col = 0;
    if (w->streaming && w->len >= CSVW_STREAM_BYTES)
        flush(w);
}

bool csvw_stream_to(CsvWriter *w, const char *path, Diag *d)
{
    w->fd = fs_out_open(path, d);
    w->streaming = w->fd >= 0;
    return w->streaming;
}

void csvw_bom(CsvWriter *w)
{
    put(w, "\xEF\xBB\xBF", 3);
}

void csvw_header(CsvWriter *w, const char *const *names)
{
    for (; *names; names++)
        csvw_text(w, *names);
    csvw_end_row(w);
}

Err csvw_save(CsvWriter *w, const char *path, Diag *d)
{
    Err e;
    if (w->streaming) {
        flush(w);
        w->streaming = false;
        e = fs_out_close(w->fd, path, w->werr, d);
    } else {
        e = fs_write_file(path, w->data ? w->data : "", w->len, d);
    }
    csvw_release(w);
    return e;
}

void csvw_release(CsvWriter *w)
{
    if (w->streaming)
        close(w->fd);   /* unfinished: csvw_save() was not called */
    free(w->data);
    *w = (CsvWriter)CSVW_INIT;
}
