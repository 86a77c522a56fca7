/* published.c -- see published.h. */
#include "model/published.h"

#include <stdlib.h>
#include <string.h>

void published_free(Published *p)
{
    free(p->i1_improved);
    free(p->d2_countries);
    free(p->d2);
    memset(p, 0, sizeof *p);
}
