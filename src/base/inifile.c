/* inifile.c -- libinih fed line by line (inifile.h). */
#include "base/inifile.h"

#include <ini.h>
#include <string.h>

#include "base/utf8.h"

_Static_assert(INIFILE_MAX_LINE == INI_MAX_LINE - 3,
               "inifile.h matches the inih it is built with");

typedef struct {
    const IniSource *src;
    Diag *d;
    IniEntryFn fn;
    void *user;
    const char *p, *end;               /* text not yet handed over */
    const char *cur, *cur_end;         /* the line inih is reading */
    long line;
    bool called;                       /* inih gave an entry for it */
    bool have_key;                     /* a key came since the last section */
    bool ok;
} IniRun;

static bool is_blank(char c) { return c == ' ' || c == '\t'; }

/* What inih does nothing with: a blank line, a comment, a sound section
 * header (inih gives no entry for those, and no error either). */
static bool needs_no_entry(const char *p, const char *e, bool *section)
{
    while (p < e && (is_blank(*p) || *p == '\v' || *p == '\f'))
        p++;
    *section = p < e && *p == '[';
    if (p == e || *p == ';' || *p == '#')
        return true;
    return *section && memchr(p, ']', (size_t)(e - p)) != NULL;
}

/* The line inih read last got no entry although it needed one. */
static void check_line_done(IniRun *r)
{
    if (!r->cur)
        return;
    bool section = false;
    if (needs_no_entry(r->cur, r->cur_end, &section)) {
        if (section)
            r->have_key = false;
    } else if (!r->called) {
        diag_error(r->d, r->src->file, r->line, "%s", r->src->syntax_hint);
        r->ok = false;
    }
    r->cur = NULL;
}

/* inih's reader: the next line into buf, ended by '\n' (a line too long
 * for buf is noted and handed over empty). */
static char *next_line(char *buf, int num, void *stream)
{
    IniRun *r = stream;
    check_line_done(r);
    if (r->p >= r->end)
        return NULL;
    const char *e = r->p;
    while (e < r->end && *e != '\n' && *e != '\r')
        e++;
    size_t len = (size_t)(e - r->p);
    r->line++;
    r->cur = r->p;
    r->cur_end = e;
    r->called = false;
    r->p = e + (e < r->end) + (e + 1 < r->end && e[0] == '\r' && e[1] == '\n');
    if (len > (size_t)num - 3) {
        diag_error(r->d, r->src->file, r->line,
                   "line too long (%zu bytes, at most %d)%s%s", len,
                   num - 3, r->src->long_hint ? ": " : "",
                   r->src->long_hint ? r->src->long_hint : "");
        r->ok = false;
        r->cur = NULL;
        len = 0;
    }
    memcpy(buf, r->cur ? r->cur : "", len);
    buf[len] = '\n';
    buf[len + 1] = '\0';
    return buf;
}

static int on_entry(void *user, const char *section, const char *key,
                    const char *value)
{
    IniRun *r = user;
    IniEntry e = { section, key, value, r->line,
                   r->have_key && r->cur && is_blank(*r->cur) };
    r->called = true;
    r->have_key = true;
    if (!r->fn(r->user, &e))
        r->ok = false;
    return 1;                          /* go on: report every problem */
}

bool inifile_parse(const IniSource *src, const char *text, size_t len,
                   IniEntryFn fn, void *user, Diag *d)
{
    if (memchr(text, '\0', len) || !utf8_valid(text, len)) {
        diag_error(d, src->file, 0, "invalid UTF-8 (or a NUL byte)");
        return false;
    }
    unsigned long cp;
    size_t bad = utf8_xml_invalid(text, len, &cp);
    if (bad < len) {
        long line = 1;
        for (size_t i = 0; i < bad; i++)      /* LF, CRLF and a lone CR */
            line += text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n');
        diag_error(d, src->file, line, "character U+%04lX (not allowed in "
                   "text: XML 1.0 excludes it)", cp);
        return false;
    }
    if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
        text += 3, len -= 3;
    IniRun r = { .src = src, .d = d, .fn = fn, .user = user, .p = text,
                 .end = text + len, .ok = true };
    int rc = ini_parse_stream(next_line, &r, on_entry, &r);
    check_line_done(&r);
    if (rc < 0) {
        diag_error(d, src->file, 0, "cannot parse (out of memory)");
        return false;
    }
    return r.ok;
}
