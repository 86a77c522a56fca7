#include "render/xlsx/xlsx_sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

/* Excel refuses longer strings (LXW_STR_MAX); counted in bytes here, which
 * is never more than the characters Excel counts. */
#define CELL_MAX_BYTES 32767

static lxw_format *add_format(lxw_workbook *wb, const char *num_format)
{
    lxw_format *f = workbook_add_format(wb);
    if (f && num_format)
        format_set_num_format(f, num_format);
    return f;
}

void xbook_init(XBook *b, lxw_workbook *wb, Diag *d)
{
    memset(b, 0, sizeof *b);
    b->wb = wb;
    b->diag = d;
    b->title = add_format(wb, NULL);
    format_set_bold(b->title);
    format_set_font_size(b->title, 14);
    b->section = add_format(wb, NULL);
    format_set_bold(b->section);
    b->header = add_format(wb, NULL);
    format_set_bold(b->header);
    format_set_bottom(b->header, LXW_BORDER_THIN);
    format_set_bg_color(b->header, 0xE7E6E6);
    b->date = add_format(wb, "yyyy-mm-dd");
    b->pct = add_format(wb, "0.00");
    b->money = add_format(wb, "#,##0");
    b->wrap = add_format(wb, NULL);
    format_set_text_wrap(b->wrap);
    format_set_align(b->wrap, LXW_ALIGN_VERTICAL_TOP);
    b->note = add_format(wb, NULL);
    format_set_italic(b->note);
}

void xbook_release(XBook *b)
{
    free(b->scratch);
    b->scratch = NULL;
    b->scratch_cap = 0;
}

void xs_open(XSheet *s, XBook *b, const char *name)
{
    memset(s, 0, sizeof *s);
    s->book = b;
    s->name = name;
    if (workbook_validate_sheet_name(b->wb, name) != LXW_NO_ERROR) {
        diag_error(b->diag, "i18n", 0,
                   "invalid worksheet name '%s' (at most 31 characters, "
                   "none of []:*?/\\, unique)", name);
        s->err = ERR_CONFIG;
        return;
    }
    s->ws = workbook_add_worksheet(b->wb, name);
    if (!s->ws)
        s->err = ERR_RENDER;
}

/* Note the first libxlsxwriter failure of the sheet. */
static void check(XSheet *s, lxw_error e)
{
    if (e == LXW_NO_ERROR || s->err)
        return;
    diag_error(s->book->diag, s->name, (long)s->row + 1,
               "cannot write workbook cell: %s", lxw_strerror(e));
    s->err = ERR_RENDER;
}

static void widen(XSheet *s, double w)
{
    if (s->col < XS_MAX_COLS && w > s->width[s->col])
        s->width[s->col] = w;
}

/* ---- text ---- */

static size_t utf8_decode(const unsigned char *p, uint32_t *cp)
{
    if (p[0] < 0x80) { *cp = p[0]; return 1; }
    if ((p[0] & 0xE0) == 0xC0 && p[1]) {
        *cp = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3Fu);
        return 2;
    }
    if ((p[0] & 0xF0) == 0xE0 && p[1] && p[2]) {
        *cp = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6
              | (p[2] & 0x3Fu);
        return 3;
    }
    if ((p[0] & 0xF8) == 0xF0 && p[1] && p[2] && p[3]) {
        *cp = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12
              | (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3Fu);
        return 4;
    }
    *cp = 0xFFFD;             /* the loader rejects invalid UTF-8 */
    return 1;
}

/* East Asian Wide and Fullwidth ranges (Unicode UAX #11), roughly. */
static bool is_wide(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

double xs_text_width(const char *s)
{
    double best = 0, line = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (c == '\n') {
            line = 0;
            continue;
        }
        line += is_wide(c) ? 2 : 1;
        if (line > best)
            best = line;
    }
    return best;
}

static char *scratch(XBook *b, size_t n)
{
    if (n + 1 > b->scratch_cap) {
        size_t cap = b->scratch_cap ? b->scratch_cap : 256;
        while (cap < n + 1)
            cap *= 2;
        char *p = realloc(b->scratch, cap);
        if (!p)
            abort();          /* house rule: allocation failure aborts */
        b->scratch = p;
        b->scratch_cap = cap;
    }
    return b->scratch;
}

/* CRLF and CR become LF, other C0 controls but tab a space; returns the
 * text itself when nothing changes (the common case: no copy). */
static const char *clean_text(XSheet *s, const char *t, bool *multiline)
{
    size_t n = strlen(t), i;
    bool change = n > CELL_MAX_BYTES;
    *multiline = false;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == '\n')
            *multiline = true;
        else if (c < 0x20 && c != '\t')
            change = true;
    }
    if (!change)
        return t;
    char *out = scratch(s->book, n), *o = out;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == '\r') {
            *o++ = '\n';
            *multiline = true;
            if (t[i + 1] == '\n')
                i++;
        } else
            *o++ = (c < 0x20 && c != '\t' && c != '\n') ? ' ' : (char)c;
    }
    size_t len = (size_t)(o - out);
    if (len > CELL_MAX_BYTES) {
        len = utf8_cut(out, len, CELL_MAX_BYTES);   /* never split a character */
        if (!s->book->truncated_noted)
            diag_warning(s->book->diag, s->name, (long)s->row + 1,
                         "text longer than Excel's 32767-character cell "
                         "limit shortened in the workbook");
        s->book->truncated_noted = true;
    }
    out[len] = '\0';
    return out;
}

void xs_text_fmt(XSheet *s, const char *text, lxw_format *f)
{
    if (!text || !*text) {
        xs_blank(s);
        return;
    }
    bool multiline;
    const char *t = clean_text(s, text, &multiline);
    if (s->ws)
        check(s, worksheet_write_string(s->ws, s->row, s->col, t,
                                        multiline && !f ? s->book->wrap : f));
    widen(s, xs_text_width(t));
    s->col++;
}

void xs_text(XSheet *s, const char *text)
{
    xs_text_fmt(s, text, NULL);
}

/* Characters a number shows with: integer digits, sign, 3 for ".00" in
 * percent cells; thousands separators for money.  Computed rather than
 * printed: the 100,000-row sheet would otherwise format every number
 * twice (libxlsxwriter prints it once more into the XML). */
static double number_width(const XSheet *s, double v, lxw_format *f)
{
    double w = v < 0 ? 2 : 1, a = v < 0 ? -v : v;
    for (double p = 10; a >= p && w < 20; p *= 10)
        w++;
    if (f == s->book->pct)
        w += 3;
    else if (f == s->book->money)
        w += (w - 1) / 3;
    else if (a < 9e15 && a != (double)(int64_t)a)
        w += 7;               /* a score with decimals, e.g. 17.4567 */
    return w;
}

void xs_num(XSheet *s, double v, lxw_format *f)
{
    if (s->ws)
        check(s, worksheet_write_number(s->ws, s->row, s->col, v, f));
    widen(s, number_width(s, v, f));
    s->col++;
}

void xs_int(XSheet *s, int64_t v)
{
    xs_num(s, (double)v, NULL);
}

void xs_pct(XSheet *s, Rat v)
{
    xs_num(s, rat_round2(v), s->book->pct);
}

double xs_excel_date(Date d)
{
    /* 25569 = days from Excel's day 0 (1899-12-30) to 1970-01-01. */
    return (double)d + 25569.0;
}

void xs_date(XSheet *s, Date d)
{
    if (d == DATE_NONE) {
        xs_blank(s);
        return;
    }
    if (s->ws)
        check(s, worksheet_write_number(s->ws, s->row, s->col,
                                        xs_excel_date(d), s->book->date));
    widen(s, 10);
    s->col++;
}

void xs_date_prec(XSheet *s, Date d, DatePrec prec)
{
    bool day = d != DATE_NONE && prec == DATE_PREC_DAY;
    if (day)
        xs_date(s, d);
    else
        xs_blank(s);
    if (d == DATE_NONE || day) {
        xs_blank(s);
        return;
    }
    char buf[11];
    date_format_prec(d, prec, buf);
    xs_text(s, buf);
}

void xs_blank(XSheet *s)
{
    s->col++;
}

void xs_note(XSheet *s, const char *text, lxw_format *f)
{
    bool multiline;
    const char *t = clean_text(s, text, &multiline);
    if (s->ws)
        check(s, worksheet_write_string(s->ws, s->row, s->col, t, f));
    s->col++;
}

void xs_row(XSheet *s)
{
    s->row++;
    s->col = 0;
}

void xs_header(XSheet *s, const char *const *labels, int n)
{
    if (!s->has_table) {
        s->has_table = true;
        s->head_row = s->row;
        s->ncols = (lxw_col_t)n;
    }
    for (int i = 0; i < n; i++) {
        xs_text_fmt(s, labels[i], s->book->header);
        /* room for the autofilter's drop-down button */
        if (s->col - 1 < XS_MAX_COLS)
            s->width[s->col - 1] += 2;
    }
    xs_row(s);
}

/* In constant_memory mode libxlsxwriter refuses an autofilter whose last
 * row was already flushed, so it is set here, while that row is still the
 * current one. */
void xs_end_table(XSheet *s)
{
    if (!s->has_table || s->table_closed)
        return;
    s->table_closed = true;
    s->last_row = s->row > s->head_row ? s->row - 1 : s->head_row;
    if (s->ws && !s->report && s->ncols > 0)
        check(s, worksheet_autofilter(s->ws, s->head_row, 0, s->last_row,
                                      (lxw_col_t)(s->ncols - 1)));
}

static void set_widths(XSheet *s)
{
    for (lxw_col_t c = 0; c < XS_MAX_COLS; c++) {
        double w = s->width[c];
        if (w <= 0)
            continue;
        w += 1;
        w = w < XS_MIN_WIDTH ? XS_MIN_WIDTH : w > XS_MAX_WIDTH ? XS_MAX_WIDTH : w;
        check(s, worksheet_set_column(s->ws, c, c, w, NULL));
    }
}

Err xs_finish(XSheet *s)
{
    if (!s->ws)
        return s->err;
    if (s->col > 0)
        xs_row(s);              /* a row was started but not ended */
    xs_end_table(s);
    set_widths(s);
    if (s->has_table && !s->report)
        worksheet_freeze_panes(s->ws, s->head_row + 1, 0);
    return s->err;
}
