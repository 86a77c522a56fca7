/* support.h -- small helpers shared by the cmocka tests.
 *
 * Include after <cmocka.h>.  Paths: CYBERDASH_SOURCE_DIR (set by ctest)
 * is the repository, so fixtures are found whatever the build folder.
 */
#ifndef CYBERDASH_TEST_SUPPORT_H
#define CYBERDASH_TEST_SUPPORT_H

#include <stddef.h>

/* The repository root (CYBERDASH_SOURCE_DIR, else the compiled-in one). */
const char *test_source_dir(void);
/* "<repo>/<rel>" in a static buffer overwritten by the next call. */
const char *test_path(const char *rel);
/* Whole file, NUL-terminated, malloc'd; NULL when it cannot be read. */
char *test_read_file(const char *path, size_t *len);
/* A fresh empty folder under the build tree's tests/out/<name>. */
const char *test_tmpdir(const char *name);

#endif
