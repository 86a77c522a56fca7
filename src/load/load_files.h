/* load_files.h -- the eight files of SPEC §2, by number (load.h, load_rows.h).
 *
 * In the order they are loaded: later files refer to earlier ones.
 */
#ifndef CYBERDASH_LOAD_FILES_H
#define CYBERDASH_LOAD_FILES_H

typedef enum {
    LOAD_COUNTRIES, LOAD_GCI_EDITIONS, LOAD_GCI, LOAD_PROJECTS,
    LOAD_PARTICIPATION, LOAD_ASSESSMENTS, LOAD_SCENARIOS, LOAD_RESULTS,
    LOAD_N_FILES
} LoadFileId;

#endif
