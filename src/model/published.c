/* published.c -- see published.h. */
#include "model/published.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A number or a date as the exports write it; "" when not reported. */
static const char *num_text(char *buf, size_t n, long v)
{
    if (v < 0)
        return "";
    snprintf(buf, n, "%ld", v);
    return buf;
}

static const char *date_text(char buf[11], Date d, DatePrec prec)
{
    if (d == DATE_NONE)
        return "";
    date_format_prec(d, prec, buf);
    return buf;
}

const char *published_took_part_key(Arena *a, const char *project, const char *iso3,
                                    int fy, long participants, long female,
                                    Date date, DatePrec prec, bool approx,
                                    size_t *group_len)
{
    char p[24], f[24], d[11];
    const char *key = arena_printf(a, "%s\x1f%s\x1f%d\x1f%s\x1f%s\x1f%s\x1f%d", project,
                                   iso3, fy, num_text(p, sizeof p, participants),
                                   num_text(f, sizeof f, female), date_text(d, date, prec),
                                   approx);
    *group_len = strlen(project) + strlen(iso3) + 2 + (size_t)snprintf(NULL, 0, "%d", fy);
    return key;
}

const char *published_project_key(Arena *a, const char *id, const char *scheme,
                                  const char *countries, Date start, DatePrec start_prec,
                                  Date end, DatePrec end_prec, size_t *group_len)
{
    char s[11], e[11];
    *group_len = strlen(id);
    return arena_printf(a, "%s\x1f%s\x1f%s\x1f%s\x1f%s", id, scheme, countries,
                        date_text(s, start, start_prec), date_text(e, end, end_prec));
}

void published_free(Published *p)
{
    free(p->i1_improved);
    free(p->d2_countries);
    free(p->d2);
    free(p->rows[PUBLISHED_TOOK_PART].rows);
    free(p->rows[PUBLISHED_PROJECT].rows);
    arena_release(&p->arena);
    memset(p, 0, sizeof *p);
}
