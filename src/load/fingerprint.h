/* fingerprint.h -- which data a figure came from (SPEC §4).
 *
 * The SHA-256 of every input file of the data folder and of the settings
 * in force, and one fingerprint over them all, so that a cited figure
 * names its data: printed on the methodology page, in indicators.json
 * (`inputs`), in the workbook's properties and in every brief's footer.
 * The hashing is GLib's (GChecksum), never ours.
 *
 * The overall fingerprint is the SHA-256 of the text
 *     "<name> <bytes> <sha256>\n" for each file present, in load order,
 *     "settings <sha256>\n"
 * so it changes when one byte of one input or one setting changes, and
 * only then.  A Fingerprint owns nothing on the heap: fingerprint_inputs()
 * fills it in place; there is nothing to free.
 */
#ifndef CYBERDASH_FINGERPRINT_H
#define CYBERDASH_FINGERPRINT_H

#include <stdbool.h>
#include <stdint.h>

#include "base/diag.h"
#include "base/err.h"
#include "config/settings.h"
#include "load/load_files.h"

#define FP_HEX 65             /* 64 hex digits and a NUL */

typedef struct {
    const char *name;         /* "countries.csv" (static) */
    bool present;             /* an optional file may be absent */
    uint64_t bytes;
    char sha256[FP_HEX];
} FpFile;

typedef struct {
    FpFile files[LOAD_N_FILES];
    char settings_sha256[FP_HEX];
    char overall[FP_HEX];     /* written "sha256:<overall>" */
} Fingerprint;

/* Hash every input file of `dir` (dir NULL: none, for hand-built worlds)
 * and the settings `s`.  A file is read as the loader reads it: a regular
 * file inside the folder, never through a link.  ERR_OK, or ERR_READ with
 * the file and the reason noted in `d` (the loader read it a moment ago,
 * so this is a file changed or removed under the build). */
Err fingerprint_inputs(Fingerprint *fp, const char *dir, const Settings *s, Diag *d);

/* The settings in force as the canonical text that is hashed: one
 * `section.key = value` line per setting that shapes a figure, the as-of
 * date included; malloc'd, the caller frees it. */
char *fingerprint_settings_text(const Settings *s);

#endif
