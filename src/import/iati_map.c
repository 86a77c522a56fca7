#include "import/iati_map.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "base/date.h"
#include "base/rat.h"
#include "model/model.h"

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

void iati_note(IatiReport *r, const char *file, long line, const char *fmt,
               ...)
{
    r->notes++;
    if (!r->out)
        return;
    if (line > 0)
        fprintf(r->out, "%s:%ld: ", file, line);
    else
        fprintf(r->out, "%s: ", file);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(r->out, fmt, ap);
    va_end(ap);
    fputc('\n', r->out);
}

/* ---- small lists of strings, joined with ';' at the end ---- */

typedef struct {
    const char **items;
    size_t n, cap;
} List;

static bool list_has(const List *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->items[i], s))
            return true;
    return false;
}

/* Add `s` unless it is there already (a multi-valued cell keeps a value
 * once, SPEC §2). */
static void list_add(Arena *a, List *l, const char *s)
{
    if (!*s || list_has(l, s))
        return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 8;
        const char **items = NEW(a, const char *, cap);
        if (l->n)
            memcpy(items, l->items, l->n * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = s;
}

static const char *list_join(Arena *a, const List *l)
{
    size_t len = 0;
    for (size_t i = 0; i < l->n; i++)
        len += strlen(l->items[i]) + 1;
    char *out = arena_alloc(a, 1, 1, len + 1), *o = out;
    for (size_t i = 0; i < l->n; i++) {
        if (i)
            *o++ = ';';
        size_t n = strlen(l->items[i]);
        memcpy(o, l->items[i], n);
        o += n;
    }
    *o = '\0';
    return out;
}

/* A value that goes into a ';' list must not hold ';' (SPEC §2): a name
 * gets ',' instead, a URL its percent-encoding. */
static const char *no_semicolon(Arena *a, const char *s, const char *with)
{
    if (!strchr(s, ';'))
        return s;
    size_t wl = strlen(with), n = 0;
    for (const char *p = s; *p; p++)
        n += *p == ';' ? wl : 1;
    char *out = arena_alloc(a, 1, 1, n + 1), *o = out;
    for (const char *p = s; *p; p++) {
        if (*p == ';') {
            memcpy(o, with, wl);
            o += wl;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return out;
}

/* ---- languages and narratives ---- */

/* `lang` is `want` or a variant of it ("en-GB"); an activity that names
 * no language at all is read as English (IATI's examples do so). */
static bool lang_is(const char *lang, const char *want)
{
    if (!*lang)
        return !strcmp(want, "en");
    size_t n = strlen(want);
    return !strncasecmp(lang, want, n) && (lang[n] == '\0' || lang[n] == '-');
}

static const IatiNarr *narr_in(const IatiNarr *l, const char *want)
{
    for (; l; l = l->next)
        if (lang_is(l->lang, want))
            return l;
    return NULL;
}

/* The English narrative, else the first that is not Japanese, else the
 * first. */
static const IatiNarr *narr_best(const IatiNarr *l)
{
    const IatiNarr *en = narr_in(l, "en");
    if (en)
        return en;
    for (const IatiNarr *n = l; n; n = n->next)
        if (!lang_is(n->lang, "ja"))
            return n;
    return l;
}

/* ---- dates ---- */

/* An xsd:date as IATI writes it: YYYY-MM-DD, optionally with a time
 * zone, which a calendar day does not need. */
static const char *iso_day(Arena *a, const char *s)
{
    Date d;
    size_t n = strlen(s);
    if (n < 10 || !date_parse(s, 10, &d))
        return NULL;
    const char *tz = s + 10;
    bool tz_ok = !*tz || !strcmp(tz, "Z")
                 || (strlen(tz) == 6 && (tz[0] == '+' || tz[0] == '-')
                     && tz[3] == ':');
    return tz_ok ? arena_strndup(a, s, 10) : NULL;
}

/* ActivityDateType 1..4, or the IATI 1.0x names. */
static int date_type(const char *t)
{
    static const char *const v1[] = { "start-planned", "start-actual",
                                       "end-planned", "end-actual" };
    if (t[0] >= '1' && t[0] <= '4' && !t[1])
        return t[0] - '0';
    for (int i = 0; i < 4; i++)
        if (!strcasecmp(t, v1[i]))
            return i + 1;
    return 0;
}

typedef struct {
    const char *day;
    long line;
} Dated;

static void map_dates(const IatiActivity *a, Arena *ar, IatiProject *p,
                      IatiReport *rep)
{
    Dated by_type[5] = { { 0 } };   /* indexed by the checked type 1..4 */
    for (const IatiCoded *c = a->dates; c; c = c->next) {
        int t = date_type(c->a);
        const char *day = iso_day(ar, c->b);
        if (!t)
            iati_note(rep, a->file, c->line, "activity-date type '%s' is not "
                      "1 to 4 (ActivityDateType): ignored", c->a);
        else if (!day)
            iati_note(rep, a->file, c->line, "activity-date iso-date '%s' is "
                      "not a date written YYYY-MM-DD: ignored", c->b);
        else if (!by_type[t].day)
            by_type[t] = (Dated){ day, c->line };
    }
    const Dated *start = by_type[2].day ? &by_type[2] : &by_type[1];
    const Dated *end = by_type[4].day ? &by_type[4] : &by_type[3];
    p->start = start->day ? start->day : "";
    p->end = end->day ? end->day : "";
    if (start->day && start == &by_type[1])
        iati_note(rep, a->file, start->line, "project '%s': start %s is the "
                  "planned start (type 1); no actual start (type 2) given",
                  p->project_id, p->start);
    if (end->day && end == &by_type[3])
        iati_note(rep, a->file, end->line, "project '%s': end %s is the "
                  "planned end (type 3); no actual end (type 4) given",
                  p->project_id, p->end);
    if (*p->start && *p->end && strcmp(p->end, p->start) < 0) {
        iati_note(rep, a->file, end->line, "project '%s': end %s is before "
                  "start %s: end left empty", p->project_id, p->end, p->start);
        p->end = "";
    }
}

/* ---- countries ---- */

static void map_countries(const IatiActivity *a, const Iso3166 *iso,
                          Arena *ar, IatiProject *p, IatiReport *rep)
{
    List l = { 0 };
    for (const IatiText *c = a->countries; c; c = c->next) {
        const char *a3 = iso3166_alpha3(iso, c->s, strlen(c->s));
        if (a3)
            list_add(ar, &l, a3);
        else
            iati_note(rep, a->file, c->line, "recipient-country code '%s' is "
                      "not an ISO 3166-1 alpha-2 code: left out", c->s);
    }
    p->countries = list_join(ar, &l);
    if (l.n || a->countries)
        return;
    if (a->regions)
        iati_note(rep, a->file, a->regions->line, "project '%s': "
                  "recipient-region '%s' and no recipient-country: countries "
                  "left empty (list the countries in participation.csv)",
                  p->project_id, a->regions->s);
    else
        iati_note(rep, a->file, a->line, "project '%s': no "
                  "recipient-country: countries left empty", p->project_id);
}

/* ---- participating organisations ---- */

static const char *const role_names[] = { "", "funding", "accountable",
                                          "extending", "implementing" };

/* OrganisationRole 1..4, or the IATI 1.0x names. */
static int org_role(const char *r)
{
    if (r[0] >= '1' && r[0] <= '4' && !r[1])
        return r[0] - '0';
    for (int i = 1; i <= 4; i++)
        if (!strcasecmp(r, role_names[i]))
            return i;
    return 0;
}

static void map_orgs(const IatiActivity *a, Arena *ar, IatiProject *p,
                     IatiReport *rep)
{
    List partners = { 0 };
    const IatiCoded *counterpart = NULL;
    int cp_role = 0;
    /* SPEC §2 counterpart: the partner-country side, which IATI calls the
     * accountable organisation, else the implementing one. */
    for (const IatiCoded *o = a->orgs; o; o = o->next) {
        int role = org_role(o->a);
        if ((role == 2 && cp_role != 2) || (role == 4 && !cp_role))
            counterpart = o, cp_role = role;
    }
    p->counterpart = p->partners = "";
    for (const IatiCoded *o = a->orgs; o; o = o->next) {
        int role = org_role(o->a);
        const IatiNarr *n = narr_best(o->names);
        const char *name = n ? n->text : o->b;
        if (!role) {
            iati_note(rep, a->file, o->line, "participating-org role '%s' is "
                      "not 1 to 4 (OrganisationRole): left out", o->a);
            continue;
        }
        if (!*name) {
            iati_note(rep, a->file, o->line, "participating-org (%s) has "
                      "neither a name nor a ref: left out", role_names[role]);
            continue;
        }
        const char *cell = arena_printf(ar, "%s (%s)",
                                        no_semicolon(ar, name, ","),
                                        role_names[role]);
        if (o == counterpart)
            p->counterpart = cell;
        else
            list_add(ar, &partners, cell);
    }
    p->partners = list_join(ar, &partners);
}

/* ---- scheme ---- */

/* docs/iati.md "scheme": default-aid-type codes (vocabulary 1, OECD DAC
 * type of aid) that name one of SPEC §2's schemes. */
static const struct {
    const char *code;
    Scheme scheme;
} aid_schemes[] = {
    { "D01", SCHEME_EXPERT_DISPATCH },
    { "D02", SCHEME_TECHNICAL_COOPERATION },
    { "E01", SCHEME_TRAINING },
    { "E02", SCHEME_TRAINING },
};

static void map_scheme(const IatiActivity *a, IatiProject *p,
                       IatiReport *rep)
{
    const char *collab = a->collaboration ? a->collaboration->s : "";
    const char *finance = a->finance ? a->finance->s : "";
    const char *aid = "";
    for (const IatiCoded *c = a->aid_types; c && !*aid; c = c->next)
        if (!*c->a || !strcmp(c->a, "1"))
            aid = c->b;
    Scheme s = SCHEME_OTHER;
    if (!strcmp(collab, "8"))
        s = SCHEME_TRIANGULAR;
    else if (finance[0] == '4' && strlen(finance) == 3)
        s = SCHEME_LOAN;        /* FinanceType 4xx: debt instruments */
    else
        for (size_t i = 0; i < sizeof aid_schemes / sizeof *aid_schemes; i++)
            if (!strcasecmp(aid, aid_schemes[i].code))
                s = aid_schemes[i].scheme;
    p->scheme = scheme_names[s];
    if (s == SCHEME_OTHER)
        iati_note(rep, a->file, a->line, "project '%s': scheme 'other': no "
                  "aid-type, collaboration-type or finance-type that names a "
                  "scheme (default-aid-type '%s', collaboration-type '%s', "
                  "default-finance-type '%s')", p->project_id, aid, collab,
                  finance);
}

/* ---- document links ---- */

static void map_links(const IatiActivity *a, Arena *ar, IatiProject *p,
                      IatiReport *rep)
{
    List sources = { 0 };
    p->url = "";
    for (const IatiLink *l = a->links; l; l = l->next) {
        if (!*l->url) {
            iati_note(rep, a->file, l->line, "document-link without a url: "
                      "left out");
            continue;
        }
        const char *url = no_semicolon(ar, l->url, "%3B");
        if (url != l->url)
            iati_note(rep, a->file, l->line, "document-link url '%s': ';' "
                      "written as %%3B (';' separates sources)", l->url);
        list_add(ar, &sources, url);
        for (const IatiText *c = l->categories; c && !*p->url; c = c->next)
            if (!strcmp(c->s, "A12"))
                p->url = url;
    }
    p->sources = list_join(ar, &sources);
}

/* ---- budget ---- */

/* An amount in billionths, exactly; IATI values are xsd:decimal. */
typedef struct {
    bool ok;
    i128 nanos;
} Amount;

static Amount amount_parse(const char *s)
{
    Amount r = { 0 };
    const char *p = s;
    bool neg = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    int digits = 0, decimals = -1;
    /* At most 18 whole digits and 9 decimals: a sum of any number of such
     * values that memory can hold stays far inside 128 bits. */
    for (; *p; p++) {
        if (*p == '.' && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (*p < '0' || *p > '9' || decimals >= 9
            || (decimals < 0 && digits >= 18))
            return r;
        r.nanos = r.nanos * 10 + (*p - '0');
        digits++;
        if (decimals >= 0)
            decimals++;
    }
    if (!digits)
        return r;
    for (int i = decimals < 0 ? 0 : decimals; i < 9; i++)
        r.nanos *= 10;
    if (neg)
        r.nanos = -r.nanos;
    r.ok = true;
    return r;
}

/* "1000000.99": the exact decimal, trailing zeros dropped. */
static const char *amount_text(Arena *ar, i128 v)
{
    char buf[64], *o = buf + sizeof buf;
    bool neg = v < 0;
    u128 u = neg ? (u128)-v : (u128)v;
    *--o = '\0';
    unsigned frac = (unsigned)(u % 1000000000u);
    u /= 1000000000u;
    if (frac) {
        int places = 9;
        while (frac % 10 == 0)
            frac /= 10, places--;
        for (int i = 0; i < places; i++, frac /= 10)
            *--o = (char)('0' + frac % 10);
        *--o = '.';
    }
    do {
        *--o = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    if (neg)
        *--o = '-';
    return arena_strdup(ar, o);
}

typedef struct {
    const char *currency;
    i128 sum;
} Total;

/* A revised budget (BudgetType 2) replaces the original of its period:
 * summing both would count the period twice. */
static bool superseded(const IatiBudget *b, const IatiBudget *all)
{
    if (!strcmp(b->type, "2"))
        return false;
    for (const IatiBudget *o = all; o; o = o->next)
        if (o != b && !strcmp(o->type, "2")
            && !strcmp(o->period_start, b->period_start))
            return true;
    return false;
}

static void add_total(Arena *ar, Total **totals, size_t *n, size_t *cap,
                      const char *ccy, i128 v)
{
    for (size_t i = 0; i < *n; i++)
        if (!strcmp((*totals)[i].currency, ccy)) {
            (*totals)[i].sum += v;
            return;
        }
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 4;
        Total *t = NEW(ar, Total, *cap);
        if (*n)
            memcpy(t, *totals, *n * sizeof *t);
        *totals = t;
    }
    (*totals)[(*n)++] = (Total){ ccy, v };
}

static void map_budget(const IatiActivity *a, Arena *ar, IatiProject *p,
                       IatiReport *rep)
{
    Total *totals = NULL;
    size_t n = 0, cap = 0;
    for (const IatiBudget *b = a->budgets; b; b = b->next) {
        const char *ccy = *b->currency ? b->currency : a->default_currency;
        Amount v = amount_parse(b->value);
        if (!v.ok || v.nanos < 0)
            iati_note(rep, a->file, b->line, "budget value '%s' is not an "
                      "amount (a decimal number, 0 or more): left out",
                      b->value);
        else if (!*ccy)
            iati_note(rep, a->file, b->line, "budget value %s has no currency "
                      "(no currency attribute, no default-currency): left "
                      "out", b->value);
        else if (!superseded(b, a->budgets))
            add_total(ar, &totals, &n, &cap, ccy, v.nanos);
    }
    p->budget_jpy = "";
    for (size_t i = 0; i < n; i++) {
        if (strcmp(totals[i].currency, "JPY")) {
            iati_note(rep, a->file, a->line, "project '%s': budget %s %s is "
                      "not in yen: kept out of budget_jpy", p->project_id,
                      amount_text(ar, totals[i].sum), totals[i].currency);
            continue;
        }
        i128 yen = (totals[i].sum + 500000000) / 1000000000;
        if (totals[i].sum % 1000000000)
            iati_note(rep, a->file, a->line, "project '%s': budget %s JPY "
                      "rounded to whole yen", p->project_id,
                      amount_text(ar, totals[i].sum));
        p->budget_jpy = amount_text(ar, yen * 1000000000);
    }
}

/* ---- pillars ---- */

/* A pillar named by a code: "capacity_development", also written with a
 * space or a hyphen, in any case. */
static int pillar_of(const char *code)
{
    char buf[32];
    size_t n = strlen(code);
    if (n >= sizeof buf)
        return -1;
    for (size_t i = 0; i <= n; i++) {
        char c = code[i];
        buf[i] = c == ' ' || c == '-' ? '_'
                 : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    return pillar_from_name(buf, n);
}

static void pillars_from(const IatiActivity *a, const IatiCoded *l,
                         const char *what, Arena *ar, List *out,
                         IatiReport *rep)
{
    for (; l; l = l->next) {
        if (strcmp(l->a, "99"))
            continue;
        int pl = pillar_of(l->b);
        if (pl >= 0)
            list_add(ar, out, pillar_names[pl]);
        else
            iati_note(rep, a->file, l->line, "%s vocabulary 99 code '%s' is "
                      "not a pillar (legal, technical, organizational, "
                      "capacity_development, cooperation): ignored", what,
                      l->b);
    }
}

static void map_pillars(const IatiActivity *a, Arena *ar, IatiProject *p,
                        IatiReport *rep)
{
    List l = { 0 };
    pillars_from(a, a->sectors, "sector", ar, &l, rep);
    pillars_from(a, a->tags, "tag", ar, &l, rep);
    p->pillars = list_join(ar, &l);
    if (!l.n)
        iati_note(rep, a->file, a->line, "project '%s': no pillar (IATI has "
                  "none; a vocabulary-99 sector or tag may name one): pillars "
                  "left empty", p->project_id);
}

/* ---- results: the local scenario (SPEC §2 scenarios.csv, results.csv) ---- */

/* baseline/@year: a year, which SPEC §2 keeps at its precision. */
static bool year_ok(const char *s)
{
    return strlen(s) == 4 && strspn(s, "0123456789") == 4 && s[0] != '0';
}

static bool decimal_ok(const char *s)
{
    Rat r;
    return *s && rat_parse(s, strlen(s), &r);
}

/* IndicatorMeasure: 1 unit and 2 percentage are numbers with a direction;
 * 3 nominal, 4 ordinal and 5 qualitative are not. */
static const char *unit_of(const char *measure)
{
    if (!*measure || !strcmp(measure, "1") || !strcasecmp(measure, "unit"))
        return "";
    if (!strcmp(measure, "2") || !strcasecmp(measure, "percentage"))
        return "%";
    return NULL;
}

static const char *indicator_pillar(const IatiIndicator *in,
                                    const IatiProject *p)
{
    for (const IatiCoded *r = in->refs; r; r = r->next)
        if (!strcmp(r->a, "99") && pillar_of(r->b) >= 0)
            return pillar_names[pillar_of(r->b)];
    if (*p->pillars && !strchr(p->pillars, ';'))
        return p->pillars;
    return NULL;
}

/* The target: that of the last period (by its end) that has one. */
static const IatiPeriod *final_target(const IatiIndicator *in, Arena *ar)
{
    const IatiPeriod *best = NULL;
    for (const IatiPeriod *pe = in->periods; pe; pe = pe->next)
        if (*pe->target && iso_day(ar, pe->end)
            && (!best || strcmp(pe->end, best->end) >= 0))
            best = pe;
    return best;
}

/* Each period's actual value, dated its period-end: a results.csv row. */
static void map_actuals(const IatiActivity *a, const IatiIndicator *in,
                        const IatiScenarioRow *s, Arena *ar, IatiProject *p,
                        IatiReport *rep)
{
    for (const IatiPeriod *pe = in->periods; pe; pe = pe->next) {
        if (!*pe->actual)
            continue;
        const char *day = iso_day(ar, pe->end);
        if (!day || !decimal_ok(pe->actual)) {
            iati_note(rep, a->file, pe->line, "project '%s': indicator %s: "
                      "period actual '%s' ending '%s' is not a number with a "
                      "date: not imported into results.csv", p->project_id,
                      s->indicator_id, pe->actual, pe->end);
            continue;
        }
        IatiResultRow *r = NEW(ar, IatiResultRow, 1);
        *r = (IatiResultRow){ s->indicator_id, day, pe->actual, s->source,
                              "IATI result period actual", p->results };
        p->results = r;
    }
}

/* One indicator: a scenarios.csv row when every required column can be
 * filled (else the reason is reported), then its results. */
static void map_results_of(const IatiActivity *a, const IatiIndicator *in,
                           int res_pos, Arena *ar, IatiProject *p,
                           IatiReport *rep)
{
    const IatiNarr *t = narr_best(in->titles), *ja = narr_in(in->titles, "ja");
    const char *title = t ? t->text : "";
    const char *unit = unit_of(in->measure);
    const char *pillar = indicator_pillar(in, p);
    const IatiPeriod *fin = final_target(in, ar);
    const char *why = !*title ? "it has no title"
        : !unit ? "its measure is not a number (IndicatorMeasure 3, 4 or 5)"
        : !decimal_ok(in->baseline) ? "it has no numeric baseline value"
        : !fin ? "no period has a target and an end date"
        : !decimal_ok(fin->target) ? "its target is not a number"
        : !pillar ? "it names no pillar (a vocabulary-99 reference) and the "
                    "project has not exactly one"
        : NULL;
    if (why) {
        iati_note(rep, a->file, in->line, "project '%s': result %d indicator "
                  "%d '%s' not imported into scenarios.csv: %s",
                  p->project_id, res_pos, in->position, title, why);
        return;
    }
    IatiScenarioRow *s = NEW(ar, IatiScenarioRow, 1);
    s->indicator_id = arena_printf(ar, "R%d-I%d", res_pos, in->position);
    s->pillar = pillar;
    s->indicator = title;
    s->direction = !strcmp(in->ascending, "0")
                           || !strcasecmp(in->ascending, "false")
                       ? "decrease" : "increase";
    s->baseline = in->baseline;
    s->target = fin->target;
    s->target_date = iso_day(ar, fin->end);
    const char *bd = iso_day(ar, in->baseline_date);
    s->baseline_date = bd ? bd : year_ok(in->baseline_year)
                                     ? in->baseline_year : "";
    s->unit = unit;
    s->indicator_ja = ja ? ja->text : "";
    s->source = no_semicolon(ar, in->link, "%3B");
    s->next = p->scenarios;
    p->scenarios = s;
    map_actuals(a, in, s, ar, p, rep);
}

static void map_results(const IatiActivity *a, Arena *ar, IatiProject *p,
                        IatiReport *rep)
{
    for (const IatiResult *r = a->results; r; r = r->next)
        for (const IatiIndicator *in = r->indicators; in; in = in->next)
            map_results_of(a, in, r->position, ar, p, rep);
    /* back to document order */
    IatiScenarioRow *s = NULL;
    while (p->scenarios) {
        IatiScenarioRow *nx = p->scenarios->next;
        p->scenarios->next = s, s = p->scenarios, p->scenarios = nx;
    }
    p->scenarios = s;
    IatiResultRow *rr = NULL;
    while (p->results) {
        IatiResultRow *nx = p->results->next;
        p->results->next = rr, rr = p->results, p->results = nx;
    }
    p->results = rr;
}

/* ---- the activity ---- */

static bool map_identity(const IatiActivity *a, IatiProject *p,
                         IatiReport *rep)
{
    if (!a->id || !*a->id->s) {
        iati_note(rep, a->file, a->id ? a->id->line : a->line, "activity has "
                  "no iati-identifier: not imported");
        return false;
    }
    p->project_id = a->id->s;
    if (a->n_ids > 1)
        iati_note(rep, a->file, a->id->line, "activity '%s' has %d "
                  "iati-identifier elements: the first is used", p->project_id,
                  a->n_ids);
    const IatiNarr *t = narr_best(a->titles), *ja = narr_in(a->titles, "ja");
    if (!t) {
        iati_note(rep, a->file, a->line, "activity '%s' has no title "
                  "narrative: not imported", p->project_id);
        return false;
    }
    if (a->n_titles > 1)
        iati_note(rep, a->file, t->line, "activity '%s' has %d title "
                  "elements: the first is used", p->project_id, a->n_titles);
    if (!lang_is(t->lang, "en"))
        iati_note(rep, a->file, t->line, "activity '%s' has no English title: "
                  "the '%s' one is used", p->project_id, t->lang);
    p->title = t->text;
    p->title_ja = ja && ja != t ? ja->text : "";
    return true;
}

/* Strings taken as they stand from the activity live in the reader's
 * arena, freed when the callback returns: copy them into the caller's. */
static void own_strings(Arena *ar, IatiProject *p)
{
    const char **fields[] = { &p->project_id, &p->title, &p->title_ja,
                              &p->url };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        *fields[i] = arena_strdup(ar, *fields[i]);
    for (IatiScenarioRow *s = p->scenarios; s; s = s->next) {
        const char **sf[] = { &s->indicator, &s->baseline, &s->target,
                              &s->baseline_date, &s->indicator_ja,
                              &s->source };
        for (size_t i = 0; i < sizeof sf / sizeof *sf; i++)
            *sf[i] = arena_strdup(ar, *sf[i]);
    }
    for (IatiResultRow *r = p->results; r; r = r->next) {
        r->value = arena_strdup(ar, r->value);
        r->source = arena_strdup(ar, r->source);
    }
}

bool iati_map(const IatiActivity *a, const Iso3166 *iso, Arena *arena,
              IatiProject *p, IatiReport *rep)
{
    *p = (IatiProject){ .line = a->line };
    if (!map_identity(a, p, rep))
        return false;
    if (a->status && !strcmp(a->status->s, "5")) {
        iati_note(rep, a->file, a->status->line, "activity '%s' is cancelled "
                  "(activity-status 5): not imported", p->project_id);
        return false;
    }
    map_dates(a, arena, p, rep);
    if (!*p->start) {
        iati_note(rep, a->file, a->line, "activity '%s' has no start date "
                  "(activity-date type 1 or 2): not imported", p->project_id);
        return false;
    }
    map_countries(a, iso, arena, p, rep);
    map_orgs(a, arena, p, rep);
    map_scheme(a, p, rep);
    map_links(a, arena, p, rep);
    map_budget(a, arena, p, rep);
    map_pillars(a, arena, p, rep);
    map_results(a, arena, p, rep);
    own_strings(arena, p);
    return true;
}
