#include "config/settings.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/fsutil.h"
#include "base/inifile.h"

const char *const rule_names[3] = { "mean", "all", "any" };
const char *const attribution_names[2] = { "reference_date", "none" };
const char *const compare_names[2] = { "more_than", "at_least" };
const char *const d1_rule_names[3] = { "majority", "all", "any" };
const char *const basis_names[BASIS_COUNT] = { "project", "participants", "regional" };

void settings_defaults(Settings *s)
{
    memset(s, 0, sizeof *s);
    snprintf(s->programme, sizeof s->programme,
             "Cluster Strategy for Cybersecurity");
    snprintf(s->programme_ja, sizeof s->programme_ja,
             "クラスター事業戦略「サイバーセキュリティ」");
    snprintf(s->lang, sizeof s->lang, "en");
    s->rule = RULE_MEAN;                     /* §3.2 */
    s->min_delta = RAT_ZERO;
    s->i1_target = 15;
    s->i1_by_fy = 2026;
    s->baseline_edition = 2020;
    s->window_start_fy = 2022;               /* §3.3 */
    s->d2_targets[0] = (FyTarget){ 2026, 30 };
    s->d2_targets[1] = (FyTarget){ 2030, 50 };
    s->n_d2_targets = 2;
    s->attribution = ATTRIBUTION_REFERENCE_DATE;   /* §3.2 */
    s->d2_compare = COMPARE_MORE_THAN;             /* §3.3 */
    s->d2_count = BASIS_ALL;
    s->i2_target = -1;                       /* §3.9: none */
    s->i2_by_fy = 2026;
    s->d1_rule = D1_RULE_MAJORITY;           /* §3.10 */
    s->d1_target = -1;
    s->d1_by_fy = 2026;
    s->initial_below = rat_int(20);          /* §3.4 */
    s->growing_below = rat_int(55);
    s->networking_below = rat_int(85);
    s->participation_sheet_limit = 100000;
    s->max_file_bytes = (size_t)1 << 30;     /* 1 GiB per file */
    s->max_field_bytes = 64 * 1024;
    s->max_rows = 10 * 1000 * 1000;
    s->max_columns = 64;
    s->max_countries = 1000;    /* ISO 3166 has 249 codes */
    s->max_editions = 100;
    s->max_projects = 100000;
    s->max_cell_items = 1000;
    s->as_of = date_from_time(time(NULL));
}

/* The last second of 9999-12-31: the latest time a Date can hold. */
#define SOURCE_DATE_MAX 253402300799LL

Err settings_source_date(Settings *s, const char *value, Diag *d)
{
    if (!value || !*value)
        return ERR_OK;
    /* §5 and reproducible-builds.org: ASCII decimal digits only -- no
     * sign, blank or fraction; a malformed value is an error, not
     * silently ignored (three readers once took "+1700000000" three ways). */
    long long t = 0;
    const char *p = value;
    for (; *p >= '0' && *p <= '9' && t <= SOURCE_DATE_MAX; p++)
        t = t * 10 + (*p - '0');
    if (*p || t > SOURCE_DATE_MAX) {
        diag_error(d, "SOURCE_DATE_EPOCH", 0,
                   "'%s' is not a count of seconds from 0 to %lld "
                   "(digits only)", value, SOURCE_DATE_MAX);
        return ERR_CONFIG;
    }
    s->has_source_date = true;
    s->source_date = (time_t)t;
    s->as_of = date_from_time(s->source_date);
    return ERR_OK;
}

time_t settings_build_time(const Settings *s, Date as_of)
{
    return s->has_source_date ? s->source_date : date_to_time(as_of);
}

/* ---- value parsers: each returns false for a malformed value ---- */

static bool parse_int(const char *v, int lo, int hi, int *out)
{
    char *end;
    long x = strtol(v, &end, 10);
    if (!*v || *end || x < lo || x > hi)
        return false;
    *out = (int)x;
    return true;
}

/* Digits only, 1..max (issue 21.10: strtoull's ERANGE once let an
 * overflowing max_field_bytes through as 2^64 - 1). */
static bool parse_size(const char *v, unsigned long long max, size_t *out)
{
    unsigned long long x = 0;
    const char *p = v;
    for (; *p >= '0' && *p <= '9' && x <= max; p++)
        x = x * 10 + (unsigned)(*p - '0');
    if (p == v || *p || x == 0 || x > max)
        return false;
    *out = (size_t)x;
    return true;
}

/* A decimal within lo..hi (whole numbers). */
static bool parse_rat(const char *v, long long lo, long long hi, Rat *out)
{
    Rat r;
    if (!rat_parse(v, strlen(v), &r) || rat_lt(r, rat_int(lo))
        || rat_gt(r, rat_int(hi)))
        return false;
    *out = r;
    return true;
}

/* One of `n` names, into an enum field. */
static bool parse_choice(const char *v, const char *const *names, int n,
                         int *out)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(v, names[i])) {
            *out = i;
            return true;
        }
    return false;
}

/* "project, regional, participants": at least one basis, each once. */
static bool parse_bases(const char *v, unsigned *out)
{
    unsigned set = 0;
    for (const char *p = v; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, ", ");
        int b = -1;
        for (int i = 0; i < BASIS_COUNT; i++)
            if (strlen(basis_names[i]) == n && !strncmp(p, basis_names[i], n))
                b = i;
        if (b < 0 || set & BASIS_BIT(b))
            return false;
        set |= BASIS_BIT(b);
        p += n;
        while (*p == ' ')
            p++;
        if (*p == ',' && p[1])
            p++;
        else if (*p)
            return false;
    }
    *out = set;
    return set != 0;
}

/* "2026:30, 2030:50": fiscal year, colon, target; comma-separated. */
static bool parse_targets(const char *v, Settings *s)
{
    FyTarget t[SETTINGS_MAX_TARGETS];
    int n = 0;
    const char *p = v;
    while (*p) {
        char *end;
        while (*p == ' ')
            p++;
        long fy = strtol(p, &end, 10);
        if (end == p || *end != ':' || fy < 1900 || fy > 9999)
            return false;
        p = end + 1;
        long target = strtol(p, &end, 10);
        if (end == p || target < 0 || target > 100000 || n == SETTINGS_MAX_TARGETS)
            return false;
        t[n++] = (FyTarget){ (int)fy, (int)target };
        p = end;
        while (*p == ' ')
            p++;
        if (*p == ',')
            p++;
        else if (*p)
            return false;
    }
    if (n == 0)
        return false;
    memcpy(s->d2_targets, t, sizeof t[0] * (size_t)n);
    s->n_d2_targets = n;
    return true;
}

static bool parse_lang(const char *v, Settings *s)
{
    if (strcmp(v, "en") && strcmp(v, "ja"))
        return false;
    snprintf(s->lang, sizeof s->lang, "%s", v);
    return true;
}

static bool parse_text(const char *v, char *buf, size_t n)
{
    if (strlen(v) >= n)
        return false;
    snprintf(buf, n, "%s", v);
    return true;
}

/* The table of every key: adding a setting = adding a row here and in
 * docs/configuration.md and cyberdash.ini. */
typedef enum { T_INT, T_SIZE, T_RAT, T_RULE, T_D1_RULE, T_ATTRIBUTION,
               T_COMPARE, T_BASES, T_TARGETS, T_LANG, T_TEXT, T_DATE } Type;
typedef struct {
    const char *section, *key;
    Type type;
    size_t offset;
    long long lo, hi;           /* T_INT, T_RAT: lo..hi; T_SIZE: 1..hi */
    const char *expected;
} Key;

/* Upper bounds of the sizes: what the program can hold and count (rows
 * and columns in an int, a field and a file in memory), and a sheet's
 * 1 048 576 rows less the header. */
#define MAX_FILE_BYTES (1ull << 40)
#define MAX_FIELD_BYTES (1ull << 30)
#define MAX_ROWS 2000000000ull
#define MAX_COLUMNS 10000ull
#define MAX_SHEET_ROWS 1048575ull

#define OFF(f) offsetof(Settings, f)
static const Key keys[] = {
    { "programme", "name", T_TEXT, OFF(programme), 0, 0, "a name under 200 bytes" },
    { "programme", "name_ja", T_TEXT, OFF(programme_ja), 0, 0, "a name under 200 bytes" },
    { "programme", "lang", T_LANG, 0, 0, 0, "en or ja" },
    { "i1", "rule", T_RULE, OFF(rule), 0, 0, "mean, all or any" },
    { "i1", "min_delta", T_RAT, OFF(min_delta), -100, 100, "a decimal number from -100 to 100" },
    { "i1", "target", T_INT, OFF(i1_target), 0, 100000, "a whole number >= 0" },
    { "i1", "by_fy", T_INT, OFF(i1_by_fy), 1900, 9999, "a fiscal year" },
    { "i1", "baseline_edition", T_INT, OFF(baseline_edition), 1900, 9999, "an edition year" },
    { "i1", "attribution", T_ATTRIBUTION, OFF(attribution), 0, 0, "reference_date or none" },
    { "d2", "window_start_fy", T_INT, OFF(window_start_fy), 1900, 9999, "a fiscal year" },
    { "d2", "targets", T_TARGETS, 0, 0, 0, "FY:TARGET pairs, e.g. 2026:30, 2030:50" },
    { "d2", "compare", T_COMPARE, OFF(d2_compare), 0, 0, "more_than or at_least" },
    { "d2", "count", T_BASES, OFF(d2_count), 0, 0,
      "a comma-separated list of project, regional, participants" },
    { "i2", "target", T_INT, OFF(i2_target), 0, 100000, "a whole number >= 0" },
    { "i2", "by_fy", T_INT, OFF(i2_by_fy), 1900, 9999, "a fiscal year" },
    { "d1", "rule", T_D1_RULE, OFF(d1_rule), 0, 0, "majority, all or any" },
    { "d1", "target", T_INT, OFF(d1_target), 0, 100000, "a whole number >= 0" },
    { "d1", "by_fy", T_INT, OFF(d1_by_fy), 1900, 9999, "a fiscal year" },
    { "stages", "initial_below", T_RAT, OFF(initial_below), 0, 100, "a percent from 0 to 100" },
    { "stages", "growing_below", T_RAT, OFF(growing_below), 0, 100, "a percent from 0 to 100" },
    { "stages", "networking_below", T_RAT, OFF(networking_below), 0, 100, "a percent from 0 to 100" },
    { "workbook", "participation_rows_limit", T_SIZE, OFF(participation_sheet_limit), 1, MAX_SHEET_ROWS,
      "a whole number from 1 to 1048575" },
    { "limits", "max_file_bytes", T_SIZE, OFF(max_file_bytes), 1, MAX_FILE_BYTES,
      "a whole number from 1 to 1099511627776" },
    { "limits", "max_field_bytes", T_SIZE, OFF(max_field_bytes), 1, MAX_FIELD_BYTES,
      "a whole number from 1 to 1073741824" },
    { "limits", "max_rows", T_SIZE, OFF(max_rows), 1, MAX_ROWS,
      "a whole number from 1 to 2000000000" },
    { "limits", "max_columns", T_SIZE, OFF(max_columns), 1, MAX_COLUMNS,
      "a whole number from 1 to 10000" },
    { "limits", "max_countries", T_SIZE, OFF(max_countries), 1, 17576,
      "a whole number from 1 to 17576" },
    { "limits", "max_editions", T_SIZE, OFF(max_editions), 1, 9000,
      "a whole number from 1 to 9000" },
    { "limits", "max_projects", T_SIZE, OFF(max_projects), 1, 10000000,
      "a whole number from 1 to 10000000" },
    { "limits", "max_cell_items", T_SIZE, OFF(max_cell_items), 1, 1000000,
      "a whole number from 1 to 1000000" },
    { "build", "as_of", T_DATE, OFF(as_of), 0, 0, "a date YYYY-MM-DD" },
};

static bool apply(Settings *s, const Key *k, const char *v)
{
    char *field = (char *)s + k->offset;
    int choice;
    switch (k->type) {
    case T_INT: return parse_int(v, (int)k->lo, (int)k->hi, (int *)(void *)field);
    case T_SIZE: return parse_size(v, (unsigned long long)k->hi, (size_t *)(void *)field);
    case T_RAT: return parse_rat(v, k->lo, k->hi, (Rat *)(void *)field);
    case T_RULE: return parse_choice(v, rule_names, 3, &choice)
                        && ((*(I1Rule *)(void *)field = (I1Rule)choice), true);
    case T_D1_RULE: return parse_choice(v, d1_rule_names, 3, &choice)
                        && ((*(D1Rule *)(void *)field = (D1Rule)choice), true);
    case T_ATTRIBUTION: return parse_choice(v, attribution_names, 2, &choice)
                        && ((*(I1Attribution *)(void *)field = (I1Attribution)choice), true);
    case T_COMPARE: return parse_choice(v, compare_names, 2, &choice)
                        && ((*(D2Compare *)(void *)field = (D2Compare)choice), true);
    case T_BASES: return parse_bases(v, (unsigned *)(void *)field);
    case T_TARGETS: return parse_targets(v, s);
    case T_LANG: return parse_lang(v, s);
    case T_TEXT: return parse_text(v, field, sizeof s->programme);
    case T_DATE: return date_parse(v, strlen(v), (Date *)(void *)field);
    }
    return false;
}

void settings_localise(Settings *s)
{
    if (!s->programme_en[0])
        memcpy(s->programme_en, s->programme, sizeof s->programme_en);
    if (!strcmp(s->lang, "ja") && s->programme_ja[0])
        memcpy(s->programme, s->programme_ja, sizeof s->programme);
}

bool settings_set(Settings *s, const char *section, const char *key,
                  const char *value, const char *origin, long line, Diag *d)
{
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const Key *k = &keys[i];
        if (strcmp(k->section, section) || strcmp(k->key, key))
            continue;
        if (apply(s, k, value))
            return true;
        diag_error(d, origin, line, "setting '%s.%s': invalid value '%s' "
                   "(expected %s)", section, key, value, k->expected);
        return false;
    }
    diag_error(d, origin, line, "unknown setting '%s.%s'", section, key);
    return false;
}

typedef struct {
    Settings *s;
    const char *path;
    Diag *d;
    long stages_line;          /* the last [stages] key, for the order check */
} LoadState;

static bool on_entry(void *user, const IniEntry *e)
{
    LoadState *st = user;
    if (!strcmp(e->section, "stages"))
        st->stages_line = e->line;
    return settings_set(st->s, e->section, e->key, e->value, st->path, e->line,
                        st->d);
}

/* §3.4: the thresholds split 0..100 into four stages in order; unordered
 * ones (issue 21.10) would make a stage unreachable.  Checked once the
 * whole file is read, as the keys may come in any order. */
static bool stages_ordered(const LoadState *st)
{
    const Settings *s = st->s;
    if (rat_lt(s->initial_below, s->growing_below)
        && rat_lt(s->growing_below, s->networking_below))
        return true;
    char a[32], b[32], c[32];
    rat_format2(s->initial_below, a);
    rat_format2(s->growing_below, b);
    rat_format2(s->networking_below, c);
    diag_error(st->d, st->path, st->stages_line, "settings 'stages': "
               "initial_below < growing_below < networking_below expected, "
               "found %s, %s, %s", a, b, c);
    return false;
}

/* A configuration file is a few kB; this bounds what a wrong path reads. */
#define SETTINGS_MAX_FILE (1 << 20)

Err settings_load(Settings *s, const char *path, Diag *d)
{
    size_t n = 0;
    char *text = fs_read_file(path, SETTINGS_MAX_FILE, &n);
    if (!text) {
        diag_error(d, path, 0, "cannot open configuration file: %s", strerror(errno));
        return ERR_NOINPUT;
    }
    LoadState st = { s, path, d, 0 };
    IniSource src = { path, "malformed line (expected 'key = value', "
                      "'[section]' or a ';' comment)", NULL };
    bool ok = inifile_parse(&src, text, n, on_entry, &st, d);
    ok = stages_ordered(&st) && ok;
    free(text);
    return ok ? ERR_OK : ERR_CONFIG;
}
