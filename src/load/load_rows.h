/* load_rows.h -- the files of SPEC §2: their columns and the row
 * functions that check each record and append it to the Model (internal
 * to load/).
 *
 * load_files[] is indexed by LoadFileId (load_files.h), in load order: later
 * files refer to earlier ones through the Loader's tables, which the row
 * functions of countries.csv and projects.csv fill.  Before gci.csv is
 * read the caller sizes t->gci_seen (countries x editions, all -1).
 */
#ifndef CYBERDASH_LOAD_ROWS_H
#define CYBERDASH_LOAD_ROWS_H

#include "load/load_files.h"
#include "load/load_reader.h"

/* The four files a data folder must have come first. */
#define LOAD_N_REQUIRED 4

extern const FileSpec load_files[LOAD_N_FILES];

/* Room for `cap` participation rows in the arena, keeping those read.
 * Participation can have millions of rows: sized once from the file's
 * line count, its pages are touched once. */
void rows_participation_reserve(Loader *L, size_t cap);

#endif
