/* inifile.h -- INI text through libinih, with the line of every entry.
 *
 * libinih as Debian builds it (INI_HANDLER_LINENO 0, INI_MAX_LINE 200)
 * does not tell its handler the line, silently splits a line longer than
 * its buffer (the tail then reads as a second setting or a continuation),
 * stops at a NUL byte and reports only the first syntax error.  This
 * module feeds inih one line at a time through its reader interface, so:
 *   - every entry carries its line (the line inih is reading);
 *   - a line longer than INIFILE_MAX_LINE bytes is an error of its own
 *     and is not given to inih;
 *   - a line that is neither a key, a section, a comment, a blank nor a
 *     continuation is reported, each one, with the caller's hint;
 *   - the text must be valid UTF-8 without NUL bytes (base/utf8.h);
 *   - line ends are LF, CRLF or a lone CR (an old Mac file), counted alike;
 *     a UTF-8 byte-order mark at the start is skipped.
 * inih's own rules stay: inline comments after " ;", indented lines
 * continue the previous key (delivered as another entry, `continued`).
 *
 * No allocation survives a call; the strings of an IniEntry live only
 * during the callback.  Problems are noted in `d` as FILE:LINE: message.
 */
#ifndef CYBERDASH_INIFILE_H
#define CYBERDASH_INIFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"

#define INIFILE_MAX_LINE 197           /* inih's 200, less \r, \n and NUL */

typedef struct {
    const char *section;               /* "" before the first [section] */
    const char *key;
    const char *value;
    long line;
    bool continued;                    /* an indented continuation line */
} IniEntry;

/* One entry; false when the caller refused it (having noted why). */
typedef bool (*IniEntryFn)(void *user, const IniEntry *e);

typedef struct {
    const char *file;                  /* the name used in messages */
    const char *syntax_hint;           /* message for an unreadable line */
    const char *long_hint;             /* after "line too long (...)", or NULL */
} IniSource;

/* Parse `len` bytes of `text`, calling fn for each entry.  Returns true
 * when nothing was wrong: no problem noted here and no entry refused. */
bool inifile_parse(const IniSource *src, const char *text, size_t len,
                   IniEntryFn fn, void *user, Diag *d);

#endif
