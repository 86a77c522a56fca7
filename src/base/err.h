/* err.h -- program failures as a small stable enum (cf. lxw_error, CURLcode).
 *
 * Functions that can fail return Err; ERR_OK is 0 so `if (err)` reads
 * naturally.  main() maps an Err to a sysexits(3) code with err_exit_code().
 * Append only, never renumber.
 */
#ifndef CYBERDASH_ERR_H
#define CYBERDASH_ERR_H

typedef enum {
    ERR_OK = 0,
    ERR_USAGE,     /* bad command line                    -> 64 */
    ERR_DATA,      /* data failed validation              -> 65 */
    ERR_NOINPUT,   /* an input file or folder is missing  -> 66 */
    ERR_WRITE,     /* cannot write the output             -> 73 */
    ERR_CONFIG,    /* bad configuration or catalogue      -> 78 */
    ERR_RENDER,    /* a renderer failed (library error)   -> 70 */
    ERR_TOO_BIG,   /* a configured limit was passed       -> 65 */
    ERR_MAX
} Err;

const char *err_str(Err e);
int err_exit_code(Err e);

enum { EXIT_USAGE = 64, EXIT_DATAERR = 65, EXIT_NOINPUT = 66,
       EXIT_SOFTWARE = 70, EXIT_CANTCREAT = 73, EXIT_CONFIG = 78 };

#endif
