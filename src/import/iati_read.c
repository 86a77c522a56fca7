#include "import/iati_read.h"

#include <errno.h>
#include <libxml/xmlreader.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Lists are built by prepending (O(1) however many elements an activity
 * has) and put back in document order when their element closes. */
#define REVERSE(T, head)                                                  \
    do {                                                                  \
        T *prev_ = NULL, *cur_ = (head);                                  \
        while (cur_) {                                                    \
            T *nx_ = cur_->next;                                          \
            cur_->next = prev_;                                           \
            prev_ = cur_;                                                 \
            cur_ = nx_;                                                   \
        }                                                                 \
        (head) = prev_;                                                   \
    } while (0)

typedef struct {
    char *p;
    size_t len, cap;
} Grow;

typedef struct {
    xmlTextReaderPtr r;
    const char *shown;
    Diag *d;
    IatiActivityFn fn;
    void *user;
    size_t n;
    bool failed, stop, in_act;
    int act_depth;
    Grow path;                 /* "title/narrative", inside the activity */
    size_t *marks;             /* path length before each open element */
    size_t n_marks, cap_marks;
    Grow text;                 /* text since the last element opened */
    const char *root;          /* first element's name (messages) */
    long run_line;             /* lines counted so far (node_line) */
    const char *error;         /* libxml2's first error message */
    long error_line;
    Arena file;                /* lives for the whole file */
    Arena arena;               /* one activity; reset after each */
    IatiActivity act;
    /* what is open now */
    const char *narr_lang;
    long narr_line;
    int narr_seen;             /* narratives in the open title/org */
    IatiCoded *org;
    IatiBudget *budget;
    IatiLink *link;
    IatiResult *result;
    IatiIndicator *ind;
    IatiPeriod *period;
} Rd;

static void grow_put(Grow *g, const char *s, size_t n)
{
    if (g->len + n + 1 > g->cap) {
        size_t cap = g->cap ? g->cap : 256;
        while (g->len + n + 1 > cap)
            cap *= 2;
        g->p = xrealloc(g->p, cap);
        g->cap = cap;
    }
    memcpy(g->p + g->len, s, n);
    g->len += n;
    g->p[g->len] = '\0';
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Runs of XML white space become one space; ends trimmed. */
static const char *fold(Arena *a, const char *s, size_t n)
{
    char *out = arena_alloc(a, 1, 1, n + 1), *o = out;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        if (is_space(s[i])) {
            space = o > out;
            continue;
        }
        if (space)
            *o++ = ' ';
        space = false;
        *o++ = s[i];
    }
    *o = '\0';
    return out;
}

static const char *text_now(Rd *R)
{
    return R->text.len ? fold(&R->arena, R->text.p, R->text.len) : "";
}

/* The line of the current node.  libxml2 keeps an element's line only up
 * to 65535 (a registry file is longer), and the parser's own line
 * (xmlTextReaderGetParserLineNumber) runs ahead by what it has buffered.
 * So lines are also counted here: every node comes in document order, an
 * element below 65535 sets the count, and the newlines of each text,
 * white-space and comment node add to it.  (A start tag that itself spans
 * lines, past line 65535, puts the next elements a line or two early.) */
static long node_line(Rd *R)
{
    xmlNodePtr node = xmlTextReaderCurrentNode(R->r);
    if (node && node->line > 0 && node->line < 65535)
        return node->line;
    if (R->run_line > 0)
        return R->run_line;
    return xmlTextReaderGetParserLineNumber(R->r);
}

static void count_lines(Rd *R, int type, const char *value)
{
    xmlNodePtr node = xmlTextReaderCurrentNode(R->r);
    if (type == XML_READER_TYPE_ELEMENT) {
        if (node && node->line > 0 && node->line < 65535)
            R->run_line = node->line;
        return;
    }
    for (const char *p = value; p && (p = strchr(p, '\n')); p++)
        R->run_line++;
}

static const char *attr(Rd *R, const char *name)
{
    xmlChar *v = xmlTextReaderGetAttribute(R->r, (const xmlChar *)name);
    if (!v)
        return "";
    const char *s = fold(&R->arena, (const char *)v, strlen((char *)v));
    xmlFree(v);
    return s;
}

static IatiText *text_item(Rd *R, const char *s, long line, IatiText *next)
{
    IatiText *t = NEW(&R->arena, IatiText, 1);
    *t = (IatiText){ s, line, next };
    return t;
}

static IatiCoded *coded(Rd *R, const char *a, const char *b, long line,
                        IatiCoded *next)
{
    IatiCoded *c = NEW(&R->arena, IatiCoded, 1);
    *c = (IatiCoded){ attr(R, a), attr(R, b), NULL, line, next };
    return c;
}

static void add_narr(Rd *R, IatiNarr **list, const char *text,
                     const char *lang, long line)
{
    if (!*text)
        return;
    IatiNarr *n = NEW(&R->arena, IatiNarr, 1);
    *n = (IatiNarr){ text, lang ? lang : "", line, *list };
    *list = n;
}

static bool at(const Rd *R, const char *p) { return !strcmp(R->path.p, p); }

/* ---- elements opening inside an activity ---- */

/* One branch per element of result/indicator the mapping reads: a
 * dispatch table in if-else form, long but flat (as a switch would be). */
static void open_result_part(Rd *R, long line)
{
    if (at(R, "result")) {
        IatiResult *res = NEW(&R->arena, IatiResult, 1);
        int pos = R->act.results ? R->act.results->position + 1 : 1;
        *res = (IatiResult){ NULL, pos, line, R->act.results };
        R->act.results = R->result = res;
    } else if (!R->result) {
        return;
    } else if (at(R, "result/indicator")) {
        IatiIndicator *in = NEW(&R->arena, IatiIndicator, 1);
        in->measure = attr(R, "measure");
        in->ascending = attr(R, "ascending");
        in->baseline = in->baseline_date = in->baseline_year = in->link = "";
        in->position = R->result->indicators
                           ? R->result->indicators->position + 1 : 1;
        in->line = line;
        in->next = R->result->indicators;
        R->result->indicators = R->ind = in;
    } else if (!R->ind) {
        return;
    } else if (at(R, "result/indicator/reference")) {
        R->ind->refs = coded(R, "vocabulary", "code", line, R->ind->refs);
    } else if (at(R, "result/indicator/document-link")) {
        if (!*R->ind->link)
            R->ind->link = attr(R, "url");
    } else if (at(R, "result/indicator/baseline")) {
        if (!*R->ind->baseline && !*R->ind->baseline_date) {
            R->ind->baseline = attr(R, "value");
            R->ind->baseline_date = attr(R, "iso-date");
            R->ind->baseline_year = attr(R, "year");
        }
    } else if (at(R, "result/indicator/period")) {
        IatiPeriod *pe = NEW(&R->arena, IatiPeriod, 1);
        *pe = (IatiPeriod){ "", "", "", "", line, R->ind->periods };
        R->ind->periods = R->period = pe;
    } else if (!R->period) {
        return;
    } else if (at(R, "result/indicator/period/period-start")) {
        R->period->start = attr(R, "iso-date");
    } else if (at(R, "result/indicator/period/period-end")) {
        R->period->end = attr(R, "iso-date");
    } else if (at(R, "result/indicator/period/target")) {
        if (!*R->period->target)
            R->period->target = attr(R, "value");
    } else if (at(R, "result/indicator/period/actual")) {
        if (!*R->period->actual)
            R->period->actual = attr(R, "value");
    }
}

/* One branch per element of docs/iati.md's table: long but flat. */
static void open_element(Rd *R, long line)
{
    IatiActivity *a = &R->act;
    if (at(R, "iati-identifier")) {
        a->n_ids++;
    } else if (at(R, "title")) {
        a->n_titles++;
        R->narr_seen = 0;
    } else if (at(R, "title/narrative") || at(R, "participating-org/narrative")
               || at(R, "result/indicator/title/narrative")) {
        R->narr_lang = (const char *)xmlTextReaderConstXmlLang(R->r);
        R->narr_line = line;
        R->narr_seen++;
    } else if (at(R, "activity-date")) {
        a->dates = coded(R, "type", "iso-date", line, a->dates);
    } else if (at(R, "activity-status")) {
        a->status = text_item(R, attr(R, "code"), line, a->status);
    } else if (at(R, "recipient-country")) {
        a->countries = text_item(R, attr(R, "code"), line, a->countries);
    } else if (at(R, "recipient-region")) {
        a->regions = text_item(R, attr(R, "code"), line, a->regions);
    } else if (at(R, "participating-org")) {
        a->orgs = R->org = coded(R, "role", "ref", line, a->orgs);
        R->narr_seen = 0;
    } else if (at(R, "sector")) {
        a->sectors = coded(R, "vocabulary", "code", line, a->sectors);
    } else if (at(R, "tag")) {
        a->tags = coded(R, "vocabulary", "code", line, a->tags);
    } else if (at(R, "default-aid-type")) {
        a->aid_types = coded(R, "vocabulary", "code", line, a->aid_types);
    } else if (at(R, "collaboration-type")) {
        a->collaboration = text_item(R, attr(R, "code"), line,
                                     a->collaboration);
    } else if (at(R, "default-finance-type")) {
        a->finance = text_item(R, attr(R, "code"), line, a->finance);
    } else if (at(R, "budget")) {
        IatiBudget *b = NEW(&R->arena, IatiBudget, 1);
        *b = (IatiBudget){ attr(R, "type"), "", "", "", line, a->budgets };
        a->budgets = R->budget = b;
    } else if (at(R, "budget/period-start") && R->budget) {
        R->budget->period_start = attr(R, "iso-date");
    } else if (at(R, "budget/value") && R->budget) {
        R->budget->currency = attr(R, "currency");
    } else if (at(R, "document-link")) {
        IatiLink *l = NEW(&R->arena, IatiLink, 1);
        *l = (IatiLink){ attr(R, "url"), NULL, line, a->links };
        a->links = R->link = l;
    } else if (at(R, "document-link/category") && R->link) {
        R->link->categories = text_item(R, attr(R, "code"), line,
                                        R->link->categories);
    } else if (!strncmp(R->path.p, "result", 6)) {
        open_result_part(R, line);
    }
}

/* ---- elements closing inside an activity ---- */

static void close_narrative(Rd *R)
{
    const char *t = text_now(R);
    if (at(R, "title/narrative")) {
        if (R->act.n_titles == 1)
            add_narr(R, &R->act.titles, t, R->narr_lang, R->narr_line);
    } else if (at(R, "participating-org/narrative")) {
        if (R->org)
            add_narr(R, &R->org->names, t, R->narr_lang, R->narr_line);
    } else if (R->ind) {
        add_narr(R, &R->ind->titles, t, R->narr_lang, R->narr_line);
    }
}

static void close_element(Rd *R)
{
    IatiActivity *a = &R->act;
    const char *lang = (const char *)xmlTextReaderConstXmlLang(R->r);
    if (at(R, "iati-identifier")) {
        if (!a->id)
            a->id = text_item(R, text_now(R), node_line(R), NULL);
    } else if (at(R, "title/narrative") || at(R, "participating-org/narrative")
               || at(R, "result/indicator/title/narrative")) {
        close_narrative(R);
    } else if (at(R, "title")) {
        /* IATI 1.0x: the title is the element's own text. */
        if (!R->narr_seen && a->n_titles == 1)
            add_narr(R, &a->titles, text_now(R), lang, node_line(R));
    } else if (at(R, "participating-org") && R->org) {
        if (!R->narr_seen)
            add_narr(R, &R->org->names, text_now(R), lang, R->org->line);
        REVERSE(IatiNarr, R->org->names);
        R->org = NULL;
    } else if (at(R, "budget/value") && R->budget) {
        R->budget->value = text_now(R);
    } else if (at(R, "budget")) {
        R->budget = NULL;
    } else if (at(R, "document-link") && R->link) {
        REVERSE(IatiText, R->link->categories);
        R->link = NULL;
    } else if (at(R, "result/indicator/period")) {
        R->period = NULL;
    } else if (at(R, "result/indicator") && R->ind) {
        REVERSE(IatiNarr, R->ind->titles);
        REVERSE(IatiCoded, R->ind->refs);
        REVERSE(IatiPeriod, R->ind->periods);
        R->ind = NULL;
    } else if (at(R, "result") && R->result) {
        REVERSE(IatiIndicator, R->result->indicators);
        R->result = NULL;
    }
}

/* ---- the activity ---- */

static void begin_activity(Rd *R, const char *version)
{
    R->act = (IatiActivity){ 0 };
    R->act.file = R->shown;
    R->act.version = version;
    R->act.line = node_line(R);
    const char *lang = (const char *)xmlTextReaderConstXmlLang(R->r);
    R->act.lang = lang ? fold(&R->arena, lang, strlen(lang)) : "";
    R->act.default_currency = attr(R, "default-currency");
    R->in_act = true;
    R->act_depth = xmlTextReaderDepth(R->r);
    R->path.len = 0;
    grow_put(&R->path, "", 0);
    R->n_marks = 0;
    R->org = NULL, R->budget = NULL, R->link = NULL;
    R->result = NULL, R->ind = NULL, R->period = NULL;
}

static void end_activity(Rd *R)
{
    IatiActivity *a = &R->act;
    REVERSE(IatiNarr, a->titles);
    REVERSE(IatiCoded, a->dates);
    REVERSE(IatiText, a->status);
    REVERSE(IatiText, a->countries);
    REVERSE(IatiText, a->regions);
    REVERSE(IatiCoded, a->orgs);
    REVERSE(IatiCoded, a->sectors);
    REVERSE(IatiCoded, a->tags);
    REVERSE(IatiCoded, a->aid_types);
    REVERSE(IatiText, a->collaboration);
    REVERSE(IatiText, a->finance);
    REVERSE(IatiBudget, a->budgets);
    REVERSE(IatiLink, a->links);
    REVERSE(IatiResult, a->results);
    R->n++;
    if (!R->fn(R->user, a))
        R->stop = true;
    arena_reset(&R->arena);
    R->in_act = false;
}

static void push(Rd *R, const char *name)
{
    if (R->n_marks == R->cap_marks) {
        R->cap_marks = R->cap_marks ? 2 * R->cap_marks : 16;
        R->marks = xrealloc(R->marks, R->cap_marks * sizeof *R->marks);
    }
    R->marks[R->n_marks++] = R->path.len;
    if (R->path.len)
        grow_put(&R->path, "/", 1);
    grow_put(&R->path, name, strlen(name));
}

static void pop(Rd *R)
{
    R->path.len = R->marks[--R->n_marks];
    R->path.p[R->path.len] = '\0';
}

/* An element inside the activity: its qualified name, so that an
 * extension (`ext:title`) never matches an IATI path. */
static void on_element(Rd *R, const char **version)
{
    const char *name = (const char *)xmlTextReaderConstName(R->r);
    bool empty = xmlTextReaderIsEmptyElement(R->r) == 1;
    if (!R->root)
        R->root = arena_strdup(&R->file, name);
    if (!R->in_act) {
        if (!strcmp(name, "iati-activities") && !**version)
            *version = arena_strdup(&R->file, attr(R, "version"));
        if (strcmp(name, "iati-activity"))
            return;
        begin_activity(R, *version);
        if (empty)
            end_activity(R);
        return;
    }
    bool ns = xmlTextReaderConstNamespaceUri(R->r) != NULL;
    push(R, ns ? "-" : name);
    R->text.len = 0;
    long line = node_line(R);
    if (!ns)
        open_element(R, line);
    if (empty) {
        close_element(R);
        pop(R);
    }
}

static void on_end(Rd *R)
{
    if (!R->in_act)
        return;
    if (xmlTextReaderDepth(R->r) == R->act_depth) {
        end_activity(R);
        return;
    }
    if (R->n_marks == 0)
        return;
    close_element(R);
    pop(R);
}

/* libxml2's first error is kept and noted after the loop, where it is
 * known whether the file simply stops inside an activity. */
static void on_error(void *arg, const char *msg, xmlParserSeverities sev,
                     xmlTextReaderLocatorPtr loc)
{
    Rd *R = arg;
    if (sev == XML_PARSER_SEVERITY_WARNING
        || sev == XML_PARSER_SEVERITY_VALIDITY_WARNING || R->failed)
        return;
    size_t n = strlen(msg);
    while (n && is_space(msg[n - 1]))
        n--;
    R->error = arena_strndup(&R->file, msg, n);
    R->error_line = (long)xmlTextReaderLocatorLineNumber(loc);
    R->failed = true;
}

static void note_error(Rd *R)
{
    /* A stream that ends mid-activity reads, to libxml2's reader, as
     * "Extra content at the end of the document": say what happened. */
    if (R->in_act && (!R->error || strstr(R->error, "Extra content")
                      || strstr(R->error, "Premature end")))
        diag_error(R->d, R->shown, xmlTextReaderGetParserLineNumber(R->r),
                   "not well-formed XML: the file ends inside the "
                   "<iati-activity> of line %ld (cut short?)", R->act.line);
    else if (!R->root && R->error && (strstr(R->error, "Document is empty")
                                      || strstr(R->error, "Start tag expected")))
        diag_error(R->d, R->shown, R->error_line, "not XML: no element "
                   "found (libxml2: %s)", R->error ? R->error : "unreadable");
    else
        diag_error(R->d, R->shown, R->error_line, "not well-formed XML: %s",
                   R->error ? R->error : "unreadable");
}

static Err run(Rd *R, size_t *n_activities)
{
    const char *version = "";
    xmlTextReaderSetErrorHandler(R->r, on_error, R);
    int rc;
    while (!R->stop && (rc = xmlTextReaderRead(R->r)) == 1) {
        int type = xmlTextReaderNodeType(R->r);
        bool text = type == XML_READER_TYPE_TEXT
                    || type == XML_READER_TYPE_CDATA
                    || type == XML_READER_TYPE_WHITESPACE
                    || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
        const char *v = text || type == XML_READER_TYPE_COMMENT
            ? (const char *)xmlTextReaderConstValue(R->r) : NULL;
        count_lines(R, type, v);
        if (type == XML_READER_TYPE_ELEMENT)
            on_element(R, &version);
        else if (type == XML_READER_TYPE_END_ELEMENT)
            on_end(R);
        else if (text && v && R->in_act)
            grow_put(&R->text, v, strlen(v));
    }
    if (!R->stop && rc < 0)
        R->failed = true;
    if (R->failed)
        note_error(R);
    if (!R->failed && !R->stop && R->n == 0 && !R->in_act)
        diag_error(R->d, R->shown, 0,
                   "no <iati-activity> element: no activity to import "
                   "(root element '%s')", R->root ? R->root : "none");
    Err err = R->failed || (R->n == 0 && !R->stop) ? ERR_DATA : ERR_OK;
    if (n_activities)
        *n_activities = R->n;
    xmlFreeTextReader(R->r);
    arena_release(&R->arena);
    arena_release(&R->file);
    free(R->path.p);
    free(R->text.p);
    free(R->marks);
    return err;
}

enum { READ_OPTIONS = XML_PARSE_NONET | XML_PARSE_NOCDATA
                      | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT };

Err iati_read_file(const char *path, const char *shown, IatiActivityFn fn,
                   void *user, Diag *d, size_t *n_activities)
{
    FILE *probe = fopen(path, "rb");
    if (!probe) {
        diag_error(d, shown, 0, "cannot open: %s", strerror(errno));
        return ERR_NOINPUT;
    }
    fclose(probe);
    Rd R = { .shown = shown, .d = d, .fn = fn, .user = user };
    R.r = xmlReaderForFile(path, NULL, READ_OPTIONS);
    if (!R.r) {
        diag_error(d, shown, 0, "cannot read as XML");
        return ERR_DATA;
    }
    return run(&R, n_activities);
}

Err iati_read_memory(const char *buf, size_t len, const char *shown,
                     IatiActivityFn fn, void *user, Diag *d,
                     size_t *n_activities)
{
    Rd R = { .shown = shown, .d = d, .fn = fn, .user = user };
    if (len > (size_t)INT32_MAX) {
        diag_error(d, shown, 0, "file too large to read from memory");
        return ERR_TOO_BIG;
    }
    R.r = xmlReaderForMemory(buf, (int)len, NULL, NULL, READ_OPTIONS);
    if (!R.r) {
        diag_error(d, shown, 0, "cannot read as XML");
        return ERR_DATA;
    }
    return run(&R, n_activities);
}
