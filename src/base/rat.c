#include "base/rat.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

__extension__ typedef __int128 i128;

static i128 gcd128(i128 a, i128 b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b) {
        i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static Rat reduce(i128 num, i128 den)
{
    if (den == 0)
        abort();
    if (den < 0) {
        num = -num;
        den = -den;
    }
    i128 g = gcd128(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    if (num > INT64_MAX || num < -INT64_MAX || den > INT64_MAX) {
        fputs("cyberdash: rational overflow\n", stderr);
        abort();
    }
    return (Rat){ (int64_t)num, (int64_t)den };
}

Rat rat_make(int64_t num, int64_t den) { return reduce(num, den); }

bool rat_parse(const char *s, size_t n, Rat *out)
{
    size_t i = 0;
    bool neg = false;
    if (i < n && s[i] == '-') {
        neg = true;
        i++;
    }
    int64_t num = 0, den = 1;
    int ndig = 0, nfrac = 0;
    bool point = false;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        if (++ndig > 15 || (point && ++nfrac > 9))
            return false;
        num = num * 10 + (c - '0');
        if (point)
            den *= 10;
    }
    if (ndig == 0 || (point && nfrac == 0))
        return false;
    *out = reduce(neg ? -num : num, den);
    return true;
}

Rat rat_add(Rat a, Rat b)
{
    return reduce((i128)a.num * b.den + (i128)b.num * a.den, (i128)a.den * b.den);
}

Rat rat_sub(Rat a, Rat b)
{
    return reduce((i128)a.num * b.den - (i128)b.num * a.den, (i128)a.den * b.den);
}

Rat rat_mul(Rat a, Rat b)
{
    return reduce((i128)a.num * b.num, (i128)a.den * b.den);
}

Rat rat_div(Rat a, Rat b)
{
    return reduce((i128)a.num * b.den, (i128)a.den * b.num);
}

Rat rat_div_int(Rat a, int64_t k) { return reduce(a.num, (i128)a.den * k); }

int rat_cmp(Rat a, Rat b)
{
    i128 l = (i128)a.num * b.den, r = (i128)b.num * a.den;
    return (l > r) - (l < r);
}

int64_t rat_hundredths(Rat a)
{
    i128 n = (i128)a.num * 100, d = a.den;
    i128 mag = n < 0 ? -n : n;
    i128 q = (2 * mag + d) / (2 * d);   /* half away from zero */
    return (int64_t)(n < 0 ? -q : q);
}

double rat_round2(Rat a) { return (double)rat_hundredths(a) / 100.0; }

double rat_to_double(Rat a) { return (double)a.num / (double)a.den; }

void rat_format2(Rat a, char buf[32])
{
    int64_t h = rat_hundredths(a);
    int64_t m = h < 0 ? -h : h;
    snprintf(buf, 32, "%s%lld.%02lld", h < 0 ? "-" : "", (long long)(m / 100),
             (long long)(m % 100));
}

void rat_format_decimal(Rat r, char buf[48])
{
    /* The smallest k with den | 10^k gives the exact decimal digits. */
    int64_t scale = 1;
    int k = 0;
    while (k < 9 && scale % r.den)
        scale *= 10, k++;
    i128 v = (i128)r.num * scale;
    i128 q = v / r.den;
    if (scale % r.den) {            /* no finite decimal: round to 9 places */
        i128 rem = v % r.den, mag = rem < 0 ? -rem : rem;
        if (2 * mag >= r.den)
            q += v < 0 ? -1 : 1;
    }
    i128 m = q < 0 ? -q : q;
    int64_t ip = (int64_t)(m / scale), fp = (int64_t)(m % scale);
    int n = snprintf(buf, 48, "%s%" PRId64, q < 0 ? "-" : "", ip);
    if (k)
        snprintf(buf + n, 48 - (size_t)n, ".%0*" PRId64, k, fp);
}
