/* rat.h -- exact rational numbers for scores, percents and deltas.
 *
 * SPEC §3.7: percents are rounded to 2 decimals, half away from zero, "of
 * the exact decimal value (9.725 -> 9.73) -- binary floating point must not
 * decide a tie".  Scores are read from their decimal text into a Rat, and
 * every percent, delta, mean and median is computed exactly; only the
 * final rounding produces a double for output.
 *
 * A Rat is always reduced with den > 0.  Intermediate products use 128-bit
 * integers; a result that does not fit in 64 bits aborts (a bug: inputs are
 * bounded by the loader to 15 significant digits and 9 decimals, and each
 * maximum so that 100 / max has at most 4 decimals; then every percent
 * has at most 13 decimals and every mean, median and difference of them
 * a denominator dividing 10^13 * 120, far inside 64 bits).
 */
#ifndef CYBERDASH_RAT_H
#define CYBERDASH_RAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct { int64_t num, den; } Rat;

#define RAT_ZERO ((Rat){ 0, 1 })

Rat rat_make(int64_t num, int64_t den);
static inline Rat rat_int(int64_t v) { return (Rat){ v, 1 }; }
/* Parse `[-]digits[.digits]` (no exponent, at most 15 digits in all and 9
 * after the point) from the `n` bytes at `s`. */
bool rat_parse(const char *s, size_t n, Rat *out);

Rat rat_add(Rat a, Rat b);
Rat rat_sub(Rat a, Rat b);
Rat rat_mul(Rat a, Rat b);
Rat rat_div(Rat a, Rat b);          /* b != 0 */
Rat rat_div_int(Rat a, int64_t k);  /* k != 0 */
int rat_cmp(Rat a, Rat b);          /* -1, 0, 1 */
static inline bool rat_gt(Rat a, Rat b) { return rat_cmp(a, b) > 0; }
static inline bool rat_lt(Rat a, Rat b) { return rat_cmp(a, b) < 0; }

/* Round to hundredths, half away from zero: 9.725 -> 973. */
int64_t rat_hundredths(Rat a);
/* The rounded value as a double (973 -> 9.73), for JSON and the workbook. */
double rat_round2(Rat a);
double rat_to_double(Rat a);
/* Rounded to 2 decimals as text, "9.73", "-0.50", "100.00". */
void rat_format2(Rat a, char buf[32]);
/* The exact decimal as text, as the data gave it ("12.5", "3", "-0.125");
 * a value with no finite decimal form is rounded to 9 places. */
void rat_format_decimal(Rat a, char buf[48]);

#endif
