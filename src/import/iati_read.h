/* iati_read.h -- stream the activities of an IATI activity file (XML).
 *
 * The only user of libxml2.  The file is read with xmlTextReader, one node
 * at a time, never as a tree: each <iati-activity> is gathered into an
 * IatiActivity (the few elements docs/iati.md maps, nothing else), handed
 * to the callback, then dropped, so memory stays bounded by the largest
 * activity however large the file (a registry file of 100 MB included).
 *
 * What is kept is raw: attribute and element text as written (text with
 * runs of white space folded to one space and trimmed), each with the line
 * of its element, so the caller can report `FILE:LINE: message`.  No code
 * is interpreted here; the mapping is import.c's.  Elements in another XML
 * namespace (extensions) are skipped.  IATI 1.0x spellings are read where
 * they need no guessing: a title or organisation name written as element
 * text instead of in <narrative>.
 *
 * Safety: no network access, no external entity or DTD loading, no entity
 * substitution (XML_PARSE_NONET; libxml2's own depth and size limits stay).
 *
 * Failure: a file that is not well-formed XML stops at the first error,
 * which is noted in `d` as `FILE:LINE: message` (ERR_DATA); activities
 * before it have been handed over already (the caller decides whether to
 * keep them).  A file that cannot be opened gives ERR_NOINPUT.
 */
#ifndef CYBERDASH_IATI_READ_H
#define CYBERDASH_IATI_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/err.h"

/* A value and the line of the element that carried it. */
typedef struct IatiText {
    const char *s;              /* never NULL; "" when absent */
    long line;
    struct IatiText *next;
} IatiText;

/* A <narrative> (or IATI 1.0x element text) with its language in scope:
 * its own xml:lang, else the activity's, else "" (none given). */
typedef struct IatiNarr {
    const char *text, *lang;
    long line;
    struct IatiNarr *next;
} IatiNarr;

/* An element whose attributes the mapping reads: `a`/`b` are the two
 * attributes named in each list below, in that order. */
typedef struct IatiCoded {
    const char *a, *b;
    IatiNarr *names;            /* its narratives (participating-org) */
    long line;
    struct IatiCoded *next;
} IatiCoded;

typedef struct IatiBudget {
    const char *type, *period_start, *value, *currency;
    long line;
    struct IatiBudget *next;
} IatiBudget;

typedef struct IatiLink {
    const char *url;
    IatiText *categories;       /* <category code> */
    long line;
    struct IatiLink *next;
} IatiLink;

typedef struct IatiPeriod {
    const char *start, *end, *target, *actual;
    long line;
    struct IatiPeriod *next;
} IatiPeriod;

typedef struct IatiIndicator {
    const char *measure, *ascending;
    const char *baseline, *baseline_date, *baseline_year;
    IatiNarr *titles;
    IatiCoded *refs;            /* <reference>: a vocabulary, b code */
    IatiPeriod *periods;
    const char *link;           /* first <document-link url> */
    int position;               /* 1-based within its result */
    long line;
    struct IatiIndicator *next;
} IatiIndicator;

typedef struct IatiResult {
    IatiIndicator *indicators;
    int position;               /* 1-based within its activity */
    long line;
    struct IatiResult *next;
} IatiResult;

typedef struct {
    const char *file;           /* as shown in messages */
    const char *version;        /* iati-activities/@version, "" if none */
    long line;                  /* of <iati-activity> */
    const char *lang, *default_currency;
    IatiText *id;               /* <iati-identifier>, first only */
    int n_ids, n_titles;        /* how many were given (for messages) */
    IatiNarr *titles;
    IatiCoded *dates;           /* activity-date: a type, b iso-date */
    IatiText *status;           /* activity-status/@code */
    IatiText *countries;        /* recipient-country/@code */
    IatiText *regions;          /* recipient-region/@code */
    IatiCoded *orgs;            /* participating-org: a role, b ref */
    IatiCoded *sectors;         /* sector: a vocabulary, b code */
    IatiCoded *tags;            /* tag: a vocabulary, b code */
    IatiCoded *aid_types;       /* default-aid-type: a vocabulary, b code */
    IatiText *collaboration;    /* collaboration-type/@code */
    IatiText *finance;          /* default-finance-type/@code */
    IatiBudget *budgets;
    IatiLink *links;            /* the activity's own document-links */
    IatiResult *results;
} IatiActivity;

/* Called once per activity, lists in document order.  Everything in `a`
 * lives until the callback returns.  Return false to stop reading. */
typedef bool (*IatiActivityFn)(void *user, const IatiActivity *a);

/* Read the file at `path` (`shown` names it in messages).  Returns ERR_OK,
 * ERR_NOINPUT (cannot open) or ERR_DATA (not well-formed, or no
 * iati-activity element at all), each noted in `d`.  *n_activities (may be
 * NULL) counts the activities handed over. */
Err iati_read_file(const char *path, const char *shown, IatiActivityFn fn,
                   void *user, Diag *d, size_t *n_activities);

/* The same for `len` bytes in memory (tests, the fuzz target). */
Err iati_read_memory(const char *buf, size_t len, const char *shown,
                     IatiActivityFn fn, void *user, Diag *d,
                     size_t *n_activities);

#endif
