/* csvread.h -- stream a CSV file record by record (SPEC §2, §5).
 *
 * The only user of libcsv.  The file is read in chunks of CSVREAD_CHUNK
 * bytes, never whole; a UTF-8 byte-order mark at the start is skipped;
 * CRLF and LF line ends are accepted; RFC 4180 quoting (commas, doubled
 * quotes and line breaks inside quotes) is honoured, a lone CR inside a
 * quoted field included.  Parsing is strict (CSV_STRICT|CSV_STRICT_FINI):
 * a quote inside an unquoted field, anything but a comma or line end after
 * a closing quote, and a quote left open at the end of the file are errors.
 *
 * Spaces: libcsv's default is kept on purpose -- spaces and tabs around an
 * *unquoted* field are trimmed (`PHL , IDN` reads as `PHL` and `IDN`), a
 * quoted field keeps them exactly.  Blank lines are skipped.
 *
 * Every record, the header included, goes to the callback with its fields
 * as slices and the physical line on which the record starts (newlines
 * inside quoted fields are counted, so later records keep true line
 * numbers).  The first record is the header; its fields name the columns
 * in messages.  Before a record is handed over, every field is checked to
 * be valid UTF-8 (no overlong forms, surrogates, code points above
 * U+10FFFF, or NUL) and the limits of Settings are enforced:
 *   limits.max_file_bytes   bytes per file      -> error, file stops
 *   limits.max_rows         records after header -> error, file stops
 *   limits.max_field_bytes  bytes per field     -> error, record skipped
 *   limits.max_columns      fields per record   -> error, record skipped
 * A record with invalid UTF-8 is reported (`invalid UTF-8 in column
 * 'title'`, or `NUL byte in column 'title' (not allowed in text)`) and
 * skipped; a bad header stops the file.  Every problem goes
 * to `d` as `FILE:LINE: message`.
 *
 * Memory: one reused buffer holds the fields of the current record; no
 * allocation per field or per record once it has grown.
 */
#ifndef CYBERDASH_CSVREAD_H
#define CYBERDASH_CSVREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/diag.h"
#include "base/err.h"
#include "config/settings.h"

#define CSVREAD_CHUNK (64 * 1024)

/* One field: `len` bytes at `p`, followed by a NUL (not counted).  Valid
 * only during the callback. */
typedef struct {
    const char *p;
    size_t len;
} CsvField;

/* Called once per record.  `n` >= 1; `line` is where the record starts.
 * Return false to stop reading the file (no error is noted for that). */
typedef bool (*CsvRecordFn)(void *user, const CsvField *f, size_t n,
                            long line);

/* Read the CSV text of `in` (not closed) and call `fn` for every record.
 * `name` is the file as shown in messages ("projects.csv").  Returns
 * ERR_OK when no problem was noted, ERR_TOO_BIG when a limit was passed,
 * ERR_DATA for any other problem (parse error, invalid UTF-8, read error);
 * each is noted in `d`. */
Err csvread_stream(FILE *in, const char *name, const Settings *s,
                   CsvRecordFn fn, void *user, Diag *d);

/* A part of a file read on its own (load.c reads a big file in halves at
 * once): the physical line its first byte is on, and the file's header,
 * which names the columns in messages.  A part has no header row and no
 * byte-order mark; it must begin at the start of a record. */
typedef struct {
    long line;
    const CsvField *header;
    size_t n_header;
} CsvPart;

/* csvread_stream() for a part: every record goes to `fn` as data (none is
 * taken for a header), with the line numbers of the whole file; the
 * limits apply to the part alone.  part->header must outlive the call. */
Err csvread_stream_part(FILE *in, const char *name, const Settings *s,
                        const CsvPart *part, CsvRecordFn fn, void *user,
                        Diag *d);

#endif
