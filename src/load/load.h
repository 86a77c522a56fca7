/* load.h -- the CSV files of a data folder into a Model (SPEC §2, §5).
 *
 * The only user of libcsv.  One loader per file; columns are matched by
 * header name in any order; a UTF-8 BOM and CRLF line ends are accepted;
 * an unknown column is a warning.  Every problem -- bad value, wrong
 * column count, invalid UTF-8, unterminated quote, unknown country or
 * project, duplicate id, undeclared edition, score out of range, end
 * before start, a configured limit passed -- is noted in `d` as
 * `FILE:LINE: message` naming the column, the value and what was
 * expected, and loading goes on so that one run reports them all.
 *
 * Files: countries.csv, gci_editions.csv, gci.csv, projects.csv are
 * required; participation.csv, assessments.csv, scenarios.csv and
 * results.csv are optional (absent = no rows).
 */
#ifndef CYBERDASH_LOAD_H
#define CYBERDASH_LOAD_H

#include "base/diag.h"
#include "base/err.h"
#include "model/model.h"
#include "config/settings.h"
#include "load/load_files.h"

/* Load every file of `dir` into `m` (which must be MODEL_INIT) and index
 * it.  Limits come from `s`.  Returns ERR_NOINPUT when the folder or a
 * required file is missing (noted in `d`), ERR_DATA when any error was
 * noted, ERR_OK otherwise (warnings allowed).  On failure `m` still owns
 * what was read; model_release() frees it either way. */
Err load_data(Model *m, const char *dir, const Settings *s, Diag *d);

/* "countries.csv" ... "results.csv"; NULL outside the range. */
const char *load_file_name(LoadFileId f);

/* One file's contents in memory: `len` bytes at `data` (not copied, not
 * NUL-terminated); `data` NULL = the file is absent. */
typedef struct {
    const char *data;
    size_t len;
} LoadBuffer;

/* As load_data(), reading file i from `files[i]` instead of a folder
 * (for fuzzing and tests): the same checks and messages, the same
 * limits (max_file_bytes included).  A required file with NULL data is
 * ERR_NOINPUT ("missing required file"), as on disk. */
Err load_data_from_memory(Model *m, const LoadBuffer files[LOAD_N_FILES],
                          const Settings *s, Diag *d);

#endif
