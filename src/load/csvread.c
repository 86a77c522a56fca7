#include "load/csvread.h"

#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/utf8.h"

/* libcsv's parser state between records (ROW_NOT_BEGUN in libcsv.c).  The
 * struct is public in <csv.h>; reading `pstate` before each line is how we
 * learn whether that line starts a new record. */
enum { LIBCSV_ROW_NOT_BEGUN = 0 };

typedef struct {
    const char *name;
    const Settings *s;
    Diag *d;
    CsvRecordFn fn;
    void *user;

    char *buf;                /* field bytes of the current record */
    size_t len, cap;
    size_t *off, *flen;       /* per field, at most max_columns */
    CsvField *fields;
    size_t nf, fcap;          /* fields seen in this record / array room */

    char *hdr;                /* copy of the header fields, for messages */
    size_t *hoff;
    size_t n_hdr;
    const CsvField *part_hdr; /* a part's header, the caller's (n_hdr) */

    long line;                /* physical line being fed to libcsv */
    long rec_line;            /* line where the current record starts */
    size_t records;           /* records finished, the header included */
    bool rec_bad;             /* a problem is noted for this record */
    bool stop;
    Err err;
} Reader;


static void fail(Reader *r, Err e, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void fail(Reader *r, Err e, long line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(r->d, r->name, line, "%s", msg);
    if (r->err != ERR_TOO_BIG)
        r->err = e;
}

/* "column 'title'" for a data field under a known header, else
 * "field 7" (1-based), for messages. */
static const char *describe(const Reader *r, size_t i, char *tmp, size_t n)
{
    if (r->records > 0 && i < r->n_hdr && r->part_hdr)
        snprintf(tmp, n, "column '%.*s'",
                 (int)(r->part_hdr[i].len < 100 ? r->part_hdr[i].len : 100),
                 r->part_hdr[i].p);
    else if (r->records > 0 && i < r->n_hdr)
        snprintf(tmp, n, "column '%.100s'", r->hdr + r->hoff[i]);
    else
        snprintf(tmp, n, "%s %zu", r->records ? "field" : "header field",
                 i + 1);
    return tmp;
}

static void on_field(void *s, size_t len, void *data)
{
    Reader *r = data;
    char tmp[160];
    if (r->stop)
        return;
    size_t i = r->nf++;
    if (i >= r->s->max_columns) {
        if (!r->rec_bad)
            fail(r, ERR_TOO_BIG, r->rec_line,
                 "too many columns: more than %zu (limits.max_columns)",
                 r->s->max_columns);
        r->rec_bad = true;
        return;
    }
    if (len > r->s->max_field_bytes) {
        fail(r, ERR_TOO_BIG, r->rec_line,
             "%s: field longer than %zu bytes (limits.max_field_bytes)",
             describe(r, i, tmp, sizeof tmp), r->s->max_field_bytes);
        r->rec_bad = true;
        len = 0;
    }
    if (i >= r->fcap) {
        r->fcap = r->fcap ? r->fcap * 2 : 16;
        r->off = xrealloc(r->off, r->fcap * sizeof *r->off);
        r->flen = xrealloc(r->flen, r->fcap * sizeof *r->flen);
        r->fields = xrealloc(r->fields, r->fcap * sizeof *r->fields);
    }
    if (r->len + len + 1 > r->cap) {
        while (r->len + len + 1 > r->cap)
            r->cap = r->cap ? r->cap * 2 : 4096;
        r->buf = xrealloc(r->buf, r->cap);
    }
    if (len)
        memcpy(r->buf + r->len, s, len);
    r->buf[r->len + len] = '\0';
    r->off[i] = r->len;
    r->flen[i] = len;
    r->len += len + 1;
}

static void check_utf8(Reader *r)
{
    char tmp[160];
    for (size_t i = 0; i < r->nf && !r->rec_bad; i++) {
        const char *f = r->buf + r->off[i];
        /* A NUL is valid UTF-8 but cuts a C string short: it is refused
         * too, and named rather than called "invalid UTF-8". */
        bool nul = memchr(f, '\0', r->flen[i]) != NULL;
        unsigned long cp = 0;
        char bad[64];
        if (!nul && utf8_valid(f, r->flen[i])) {
            if (utf8_xml_invalid(f, r->flen[i], &cp) == r->flen[i]) {
                if (utf8_invisible(f, r->flen[i], &cp) < r->flen[i])
                    diag_warning(r->d, r->name, r->rec_line, "%s: invisible or "
                                 "bidirectional character U+%04lX in '%.*s'",
                                 describe(r, i, tmp, sizeof tmp), cp,
                                 (int)utf8_cut(f, r->flen[i], 100), f);
                continue;
            }
            snprintf(bad, sizeof bad, "character U+%04lX", cp);
        }
        const char *what = nul ? "NUL byte" : cp ? bad : "invalid UTF-8";
        const char *why = nul ? " (not allowed in text)"
                        : cp ? " (not allowed in text: XML 1.0 excludes it)" : "";
        if (r->records == 0)
            fail(r, ERR_DATA, r->rec_line, "%s in the header%s", what, why);
        else
            fail(r, ERR_DATA, r->rec_line, "%s in %s%s", what,
                 describe(r, i, tmp, sizeof tmp), why);
        r->rec_bad = true;
    }
}

static void keep_header(Reader *r)
{
    r->hdr = xrealloc(NULL, r->len);
    memcpy(r->hdr, r->buf, r->len);
    r->hoff = xrealloc(NULL, r->nf * sizeof *r->hoff);
    memcpy(r->hoff, r->off, r->nf * sizeof *r->hoff);
    r->n_hdr = r->nf;
}

static void deliver(Reader *r)
{
    for (size_t i = 0; i < r->nf; i++)
        r->fields[i] = (CsvField){ r->buf + r->off[i], r->flen[i] };
    if (!r->fn(r->user, r->fields, r->nf, r->rec_line))
        r->stop = true;
}

static void on_row(int c, void *data)
{
    Reader *r = data;
    (void)c;
    if (r->stop)
        return;
    if (r->records > r->s->max_rows) {
        fail(r, ERR_TOO_BIG, r->rec_line,
             "too many rows: more than %zu (limits.max_rows); "
             "the rest of the file is not read", r->s->max_rows);
        r->stop = true;
        return;
    }
    check_utf8(r);
    if (r->records == 0) {
        if (r->rec_bad)
            r->stop = true;         /* no usable column names */
        else
            keep_header(r);
    }
    if (!r->rec_bad && !r->stop)
        deliver(r);
    r->records++;
    r->nf = r->len = 0;
    r->rec_bad = false;
}

static void parse_error(Reader *r, struct csv_parser *p, size_t offset)
{
    if (csv_error(p) != CSV_EPARSE) {
        fputs("cyberdash: out of memory\n", stderr);
        abort();
    }
    if (p->quoted)
        fail(r, ERR_DATA, r->line,
             "unexpected character after a closing quote (byte offset %zu): "
             "a quote inside a quoted field must be doubled (\"\")", offset);
    else
        fail(r, ERR_DATA, r->line,
             "quote inside an unquoted field (byte offset %zu): quote the "
             "whole field and double the inner quote (\"\")", offset);
}

/* Feed `n` bytes to libcsv one physical line at a time, so that a record
 * knows the line it starts on and a parse error the line it is on.
 * `off` is the file offset of `s`.  Returns false when reading must stop. */
static bool feed(Reader *r, struct csv_parser *p, const char *s, size_t n,
                 size_t off)
{
    while (n > 0) {
        const char *nl = memchr(s, '\n', n);
        size_t seg = nl ? (size_t)(nl - s) + 1 : n;
        if (p->pstate == LIBCSV_ROW_NOT_BEGUN)
            r->rec_line = r->line;
        size_t done = csv_parse(p, s, seg, on_field, on_row, r);
        if (done < seg) {
            parse_error(r, p, off + done);
            return false;
        }
        if (r->stop)
            return false;
        if (p->entry_pos > r->s->max_field_bytes) {
            /* A field still open this long is most likely an unclosed
             * quote; stop before it swallows the whole file. */
            fail(r, ERR_TOO_BIG, r->rec_line,
                 "field longer than %zu bytes (limits.max_field_bytes)",
                 r->s->max_field_bytes);
            return false;
        }
        if (nl)
            r->line++;
        s += seg;
        n -= seg;
        off += seg;
    }
    return true;
}

/* Read chunk by chunk; returns true when the end of the input was reached
 * with the parser in a state where csv_fini may be called. */
static bool read_all(Reader *r, struct csv_parser *p, FILE *in)
{
    char *chunk = xrealloc(NULL, CSVREAD_CHUNK);
    size_t total = 0;
    bool ok = true;
    for (;;) {
        size_t n = fread(chunk, 1, CSVREAD_CHUNK, in);
        if (n == 0) {
            if (ferror(in)) {
                fail(r, ERR_DATA, 0, "read error: %s", strerror(errno));
                ok = false;
            }
            break;
        }
        size_t start = 0;
        if (total == 0 && r->records == 0 && n >= 3
            && memcmp(chunk, "\xEF\xBB\xBF", 3) == 0)
            start = 3;              /* UTF-8 BOM: libcsv does not know it */
        total += n;
        if (total > r->s->max_file_bytes) {
            fail(r, ERR_TOO_BIG, 0,
                 "file larger than %zu bytes (limits.max_file_bytes)",
                 r->s->max_file_bytes);
            ok = false;
            break;
        }
        if (!feed(r, p, chunk + start, n - start, total - n + start)) {
            ok = false;
            break;
        }
    }
    free(chunk);
    return ok;
}

static Err stream(Reader *r, FILE *in)
{
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        abort();
    /* After a parse error libcsv holds a half-made field and row: never
     * let csv_fini flush them. */
    if (read_all(r, &p, in) && !r->stop
        && csv_fini(&p, on_field, on_row, r) != 0)
        fail(r, ERR_DATA, r->rec_line,
             "unterminated quoted field: the quote opened in this record is "
             "never closed");
    csv_free(&p);
    free(r->buf);
    free(r->off);
    free(r->flen);
    free(r->fields);
    free(r->hdr);
    free(r->hoff);
    return r->err;
}

Err csvread_stream(FILE *in, const char *name, const Settings *s,
                   CsvRecordFn fn, void *user, Diag *d)
{
    Reader r = { .name = name, .s = s, .d = d, .fn = fn, .user = user,
                 .line = 1, .rec_line = 1 };
    return stream(&r, in);
}

Err csvread_stream_part(FILE *in, const char *name, const Settings *s,
                        const CsvPart *part, CsvRecordFn fn, void *user,
                        Diag *d)
{
    Reader r = { .name = name, .s = s, .d = d, .fn = fn, .user = user,
                 .line = part->line, .rec_line = part->line, .records = 1,
                 .part_hdr = part->header, .n_hdr = part->n_header };
    return stream(&r, in);
}
