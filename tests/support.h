/* support.h -- small helpers shared by the cmocka tests.
 *
 * Include after <cmocka.h>.  Paths: CYBERDASH_SOURCE_DIR (set by ctest)
 * is the repository, so fixtures are found whatever the build folder.
 */
#ifndef CYBERDASH_TEST_SUPPORT_H
#define CYBERDASH_TEST_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>

/* The repository root (CYBERDASH_SOURCE_DIR, else the compiled-in one). */
const char *test_source_dir(void);
/* "<repo>/<rel>" in a static buffer overwritten by the next call. */
const char *test_path(const char *rel);
/* Whole file, NUL-terminated, malloc'd; NULL when it cannot be read. */
char *test_read_file(const char *path, size_t *len);
/* The file `rel` under the folder `dir`, as test_read_file() reads it. */
char *test_read_in(const char *dir, const char *rel, size_t *len);
/* A CSV export under `dir` without its byte-order mark (SPEC §4), or NULL
 * when it cannot be read or does not begin with one. */
char *test_read_export(const char *dir, const char *rel);
/* Whether `rel` under `dir_a` and under `dir_b` both read and hold the
 * same bytes; when not, stderr says which and where they part. */
bool test_same_files(const char *dir_a, const char *dir_b, const char *rel);
/* Whether the `len` bytes at `buf` hold `needle` (PDFs, zips and PNGs
 * hold NULs: strstr() would stop at the first). */
bool test_has_bytes(const char *buf, size_t len, const char *needle);
/* A fresh empty folder under the build tree's tests/out/<name>. */
const char *test_tmpdir(const char *name);

#endif
