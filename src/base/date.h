/* date.h -- calendar dates and Japanese fiscal years (SPEC §1, §3).
 *
 * A Date is a count of days since 1970-01-01 in the proleptic Gregorian
 * calendar, so dates compare and subtract as integers.  FY N runs from
 * 1 April N to 31 March N+1; Q1 = Apr-Jun, Q2 = Jul-Sep, Q3 = Oct-Dec,
 * Q4 = Jan-Mar.  Pure functions, no allocation.
 */
#ifndef CYBERDASH_DATE_H
#define CYBERDASH_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

typedef int32_t Date;
#define DATE_NONE INT32_MIN   /* no date: an empty `end` is ongoing */

Date date_from_ymd(int y, int m, int d);   /* no range check */
void date_to_ymd(Date dt, int *y, int *m, int *d);
/* Parse exactly `YYYY-MM-DD` (a real calendar day, year 1000..9999) from
 * the `n` bytes at `s`.  Returns false and leaves *out alone otherwise. */
bool date_parse(const char *s, size_t n, Date *out);
/* §2: a date at the precision its source gives.  A reduced date stands
 * for the last day of its period (`2023` -> 2023-12-31, `2023-10` ->
 * 2023-10-31), the first day by which the event had certainly happened;
 * the precision is kept so that no output shows an invented day. */
typedef enum { DATE_PREC_DAY, DATE_PREC_MONTH, DATE_PREC_YEAR } DatePrec;
/* Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (year 1000..9999): *out = the
 * last day of the period, *prec its precision.  False (outputs untouched)
 * for anything else. */
bool date_parse_reduced(const char *s, size_t n, Date *out, DatePrec *prec);
/* The first day of the period of precision `prec` holding `dt`. */
Date date_period_first(Date dt, DatePrec prec);
/* The last day of that period. */
Date date_period_last(Date dt, DatePrec prec);
/* `YYYY-MM-DD`, `YYYY-MM` or `YYYY` of dt at `prec`, NUL-terminated. */
void date_format_prec(Date dt, DatePrec prec, char buf[11]);

/* Write `YYYY-MM-DD` and a NUL into buf (at least 11 bytes). */
void date_format(Date dt, char buf[11]);

int date_fiscal_year(Date dt);          /* FY containing dt */
int date_fiscal_quarter(Date dt);       /* 1..4 */
Date fy_first_day(int fy);              /* 1 April fy */
Date fy_last_day(int fy);               /* 31 March fy+1 */
Date fy_quarter_end(int fy, int q);     /* 30 Jun, 30 Sep, 31 Dec, 31 Mar */
bool date_is_quarter_end(Date dt);

/* The date of a Unix time, in UTC. */
Date date_from_time(time_t t);
/* Midnight UTC of dt as a Unix time (for document timestamps). */
time_t date_to_time(Date dt);

#endif
