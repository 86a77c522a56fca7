/* load_reader.h -- the table framework of the loader (internal to load/).
 *
 * A Loader reads one CSV file at a time: ld_on_record() is the csvread
 * callback; the first record maps header names to column ids (FileSpec),
 * each later one is spread into `cell[]` by column id, its required cells
 * checked, and handed to the file's row function (load_rows.h).  The row
 * functions read cells through the ld_* readers below, which note every
 * problem as `FILE:LINE: message` in `d` and return "no value".
 *
 * Ownership: a Loader owns only its scratch (tmp_*), freed by
 * ld_release().  The header (LoadHeader) belongs to whoever reads the file
 * (load_file()), the look-up tables (LoadTables) to the whole load
 * (load_from()); a Loader points at both.  ld_fork() makes a Loader for a
 * part of a file read on another thread: it shares the header, the tables
 * and the model read-only, and has its own messages, participation rows
 * and scratch -- nothing of the parent's scratch can leak into it.
 * Allocation failure aborts (xrealloc), as everywhere in the program.
 */
#ifndef CYBERDASH_LOAD_READER_H
#define CYBERDASH_LOAD_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/diag.h"
#include "base/rat.h"
#include "config/settings.h"
#include "load/csvread.h"
#include "model/model.h"

#define LD_MAX_COLS 16
#define LD_BIT(c) (1u << (c))

typedef struct Loader Loader;

/* One file: its columns (in column-id order, NULL-terminated when fewer
 * than LD_MAX_COLS), which must be in the header, which cells may not be
 * empty, and the function that checks and stores a row. */
typedef struct {
    const char *file;
    const char *cols[LD_MAX_COLS];
    unsigned required;        /* bit c: column c must be in the header */
    unsigned nonempty;        /* bit c: its cells may not be empty */
    void (*row)(Loader *L);
} FileSpec;

/* The current file's header: the column map and a copy of its text (a
 * file read in parts names its columns in the messages of every part). */
typedef struct {
    bool have;                /* the header row has been read */
    int *colmap;              /* header position -> column id or -1 */
    size_t n;                 /* fields in the header */
    unsigned missing;         /* required columns absent from the header */
    char *text;
    CsvField *fields;         /* n_fields views into `text` */
    size_t n_fields;
} LoadHeader;

struct Slot;

/* Look-ups the earlier files build and the later ones read. */
typedef struct {
    int32_t *iso3;            /* HASH_ISO3_SLOTS: country index or -1 */
    struct Slot *pslots;      /* project_id hash, capacity pcap */
    size_t pcap;
    size_t *plen, *koff;      /* each project's id: length, offset in keys */
    size_t plen_cap;
    char *keys;               /* every project id, back to back */
    size_t klen, kcap;
    int32_t *gci_seen;        /* [country * n_editions + edition]: row */
    int32_t *sslots;          /* (project, indicator_id) hash: scenario */
    size_t scap;
} LoadTables;

enum { T_COUNTRIES, T_EDITIONS, T_GCI, T_PROJECTS, T_ASSESS, T_SCENARIOS,
       T_RESULTS, T_COUNT };

struct Loader {
    Model *m;
    Diag *d;
    const Settings *s;
    const FileSpec *fs;
    long line;                /* of the record being read */
    LoadHeader *head;
    LoadTables *t;
    CsvField cell[LD_MAX_COLS];
    int32_t last_project;     /* last project found, or -1 */
    Arena *strings;           /* where participation rows' texts go: the
                                 model's, or a half's own (thread) */
    const char *last_source;  /* the previous participation row's source */
    size_t last_source_len;
    bool warned_undated;      /* "no date" said once per reader */
    size_t undated_item;      /* ... its index in d->items (SIZE_MAX: not
                                 kept), so a second half can take it back */
    bool full;                /* the file's table limit was met (noted) */
    size_t cap[T_COUNT];      /* room of the growing model tables */
    Participation *part;      /* participation rows, room part_cap */
    size_t n_part, part_cap;
    int *tmp_int;             /* scratch for one multi-valued cell */
    CsvField *tmp_str;
    bool *tmp_dup;            /* item i repeats an earlier one */
    size_t tmp_cap;
    size_t *tmp_slot;         /* open-addressing set of item indices + 1 */
    size_t slot_cap;          /* its room */
};

/* A Loader for part of the current file, read on another thread: see the
 * top of this file.  Its rows go to `rows` (room `cap`, never grown). */
Loader ld_fork(const Loader *parent, Diag *d, Participation *rows, size_t cap);

/* A participation row's source, sharing the previous row's copy when
 * equal (the rows of one activity usually cite one source). */
const char *ld_row_source(Loader *L, int c);

/* Frees the Loader's scratch (not its header, tables or rows). */
void ld_release(Loader *L);

/* Frees the header's copy and map and empties it. */
void ld_header_release(LoadHeader *h);

/* The csvread callback (user = Loader *); always true: loading goes on. */
bool ld_on_record(void *user, const CsvField *f, size_t n, long line);

size_t ld_count_newlines(const char *p, size_t n);
/* An upper bound on the records of quote-free CSV text: its non-empty
 * lines, ended by LF, CRLF or a lone CR as libcsv ends them (libcsv skips
 * blank lines, so 800 MB of them make no record and must not make room
 * for any; issue 21.4). */
size_t ld_count_records(const char *p, size_t n);

/* ---- messages: FILE:LINE of the current record ---- */
void ld_error(Loader *L, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void ld_warn(Loader *L, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* A value is quoted in messages up to 100 bytes, cut on a UTF-8 boundary,
 * so a 64 kB cell cannot drown the report: "'%.*s'", LD_V(f). */
int ld_shown(CsvField f);
#define LD_V(f) ld_shown(f), (f).p

/* Room for one more element in a growing table (geometric growth). */
void *ld_grow(void *p, size_t n, size_t *cap, size_t size);

/* The project named in column `c` of the current record: its index, or -1
 * when empty or unknown (unknown noted).  Implemented by load_rows.c,
 * which owns the project_id table (LoadTables). */
int rows_project_ref(Loader *L, int c);

/* ---- cells of the current record (c = column id) ---- */
const char *ld_col(const Loader *L, int c);
CsvField ld_cell(const Loader *L, int c);
bool ld_empty(CsvField f);
const char *ld_opt_str(Loader *L, int c);   /* arena copy; NULL if empty */
const char *ld_req_str(Loader *L, int c);   /* arena copy; "" if empty */
bool ld_uint(CsvField f, int64_t max, int64_t *out);
bool ld_year(CsvField f, int *out);         /* four digits, 1000-9999 */
const char *ld_rat_text(Rat r, char buf[32]);
int ld_iso3(Loader *L, int c, CsvField f);  /* slot, or -1 (bad noted) */
int ld_country(Loader *L, int c, CsvField f);   /* index, or -1 (noted) */
/* §2: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; *out the period's last day. */
bool ld_date(Loader *L, int c, Date *out, DatePrec *prec);
int ld_token(Loader *L, int c, const char *what,
             int (*lookup)(const char *, size_t), const char *allowed);
/* Room for one more record of a table limited to `max` rows by the
 * setting `key` (issue 21.4); false, noted once per file, when full. */
bool ld_room(Loader *L, int n, size_t max, const char *what, const char *key);
/* The ';'-separated items of cell `c`, trimmed, in L->tmp_str; their
 * number, at most limits.max_cell_items (more is noted as an error).
 * Repeats are found with a hash set, in time linear in the items (issue
 * 21.3: 16 000 items once took seconds per cell). */
size_t ld_split(Loader *L, int c);
/* True (and a warning) when item i repeats an earlier item of the cell. */
bool ld_repeated(Loader *L, int c, size_t i);

#endif
