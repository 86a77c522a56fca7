/* loaded.h -- the loader's test fixture: a data folder, or files in
 * memory, loaded as the program loads them, with the diagnostics printed
 * as `cyberdash validate` prints them.  Shared by test_load,
 * test_load_hostile and test_load_scenarios.
 *
 * Include after <cmocka.h> (failures to set up are cmocka assertions).
 * A TestLoaded owns its model, its Diag and its printed text:
 * test_loaded_free() releases them.
 */
#ifndef CYBERDASH_TEST_LOADED_H
#define CYBERDASH_TEST_LOADED_H

#include <stddef.h>

#include "load/load.h"

typedef struct {
    Model m;
    Settings s;          /* the defaults, with the case's settings.ini */
    Diag d;
    Err err;
    char *printed;       /* every diagnostic, as diag_print() gives them */
    size_t printed_len;
} TestLoaded;

/* Load `dir`, under the defaults and its settings.ini when it has one. */
void test_load_dir(TestLoaded *l, const char *dir);
/* Load tests/data/load/<name>. */
void test_load_case(TestLoaded *l, const char *name);
/* Load `files` (an absent file: p NULL) under `s`. */
void test_load_memory(TestLoaded *l, const LoadBuffer files[LOAD_N_FILES],
                      const Settings *s);
void test_loaded_free(TestLoaded *l);

/* A fixture folder of tests/data/load/ and the error its load must give. */
typedef struct {
    const char *name;
    Err err;
} TestLoadCase;

/* Load each case and set its printed diagnostics against its
 * expected.txt, exactly; prints each difference and returns how many
 * cases differ. */
int test_load_cases(const TestLoadCase *cases, size_t n);

#endif
