#include "base/err.h"

static const struct { const char *str; int code; } table[ERR_MAX] = {
    [ERR_OK] = { "no error", 0 },
    [ERR_USAGE] = { "bad usage", EXIT_USAGE },
    [ERR_DATA] = { "bad data", EXIT_DATAERR },
    [ERR_NOINPUT] = { "missing input", EXIT_NOINPUT },
    [ERR_WRITE] = { "cannot write output", EXIT_CANTCREAT },
    [ERR_CONFIG] = { "bad configuration", EXIT_CONFIG },
    [ERR_RENDER] = { "rendering failed", EXIT_SOFTWARE },
    [ERR_TOO_BIG] = { "input over a configured limit", EXIT_DATAERR },
};

const char *err_str(Err e)
{
    return (unsigned)e < ERR_MAX ? table[e].str : "unknown error";
}

int err_exit_code(Err e)
{
    return (unsigned)e < ERR_MAX ? table[e].code : EXIT_SOFTWARE;
}
