#include "base/date.h"

/* Days from civil, after Howard Hinnant's public-domain algorithm: exact
 * for every Gregorian date, no tables, no libc time zone involvement. */
Date date_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (Date)(era * 146097 + doe - 719468);
}

void date_to_ymd(Date dt, int *y, int *m, int *d)
{
    int z = dt + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int dd = doy - (153 * mp + 2) / 5 + 1;
    int mm = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (mm <= 2);
    *m = mm;
    *d = dd;
}

static int days_in_month(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool date_parse(const char *s, size_t n, Date *out)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return false;
    int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return false;
    *out = date_from_ymd(y, m, d);
    return true;
}

bool date_parse_reduced(const char *s, size_t n, Date *out, DatePrec *prec)
{
    if (n == 10)
        return date_parse(s, n, out) && ((*prec = DATE_PREC_DAY), true);
    if (n != 4 && !(n == 7 && s[4] == '-'))
        return false;
    int y = digits(s, 4), m = n == 7 ? digits(s + 5, 2) : 12;
    if (y < 1000 || m < 1 || m > 12)
        return false;
    *out = date_from_ymd(y, m, days_in_month(y, m));
    *prec = n == 7 ? DATE_PREC_MONTH : DATE_PREC_YEAR;
    return true;
}

Date date_period_first(Date dt, DatePrec prec)
{
    int y, m, d;
    date_to_ymd(dt, &y, &m, &d);
    if (prec == DATE_PREC_DAY)
        return dt;
    return date_from_ymd(y, prec == DATE_PREC_MONTH ? m : 1, 1);
}

Date date_period_last(Date dt, DatePrec prec)
{
    int y, m, d;
    date_to_ymd(dt, &y, &m, &d);
    if (prec == DATE_PREC_DAY)
        return dt;
    if (prec == DATE_PREC_YEAR)
        m = 12;
    return date_from_ymd(y, m, days_in_month(y, m));
}

void date_format_prec(Date dt, DatePrec prec, char buf[11])
{
    date_format(dt, buf);
    buf[prec == DATE_PREC_DAY ? 10 : prec == DATE_PREC_MONTH ? 7 : 4] = '\0';
}

void date_format(Date dt, char buf[11])
{
    int y, m, d;
    date_to_ymd(dt, &y, &m, &d);
    buf[0] = (char)('0' + y / 1000 % 10);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d / 10);
    buf[9] = (char)('0' + d % 10);
    buf[10] = '\0';
}

int date_fiscal_year(Date dt)
{
    int y, m, d;
    date_to_ymd(dt, &y, &m, &d);
    return m >= 4 ? y : y - 1;
}

int date_fiscal_quarter(Date dt)
{
    int y, m, d;
    date_to_ymd(dt, &y, &m, &d);
    return m >= 4 ? (m - 4) / 3 + 1 : 4;
}

Date fy_first_day(int fy) { return date_from_ymd(fy, 4, 1); }
Date fy_last_day(int fy) { return date_from_ymd(fy + 1, 3, 31); }

Date fy_quarter_end(int fy, int q)
{
    switch (q) {
    case 1: return date_from_ymd(fy, 6, 30);
    case 2: return date_from_ymd(fy, 9, 30);
    case 3: return date_from_ymd(fy, 12, 31);
    default: return date_from_ymd(fy + 1, 3, 31);
    }
}

bool date_is_quarter_end(Date dt)
{
    return dt == fy_quarter_end(date_fiscal_year(dt), date_fiscal_quarter(dt));
}

Date date_from_time(time_t t)
{
    long long days = (long long)t / 86400;
    if ((long long)t % 86400 < 0)
        days--;
    return (Date)days;
}

time_t date_to_time(Date dt) { return (time_t)dt * 86400; }
