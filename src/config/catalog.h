/* catalog.h -- the message catalogue: every label a user sees (§4).
 *
 * One folder per language, i18n/<lang>/, holding INI files (one per part
 * of the product: common.ini, html.ini, charts.ini, xlsx.ini, brief.ini,
 * methodology.ini).  `[section] key = text` is looked up as
 * "section.key".  English (i18n/en/) is the reference: every language
 * must define every key it defines, and a missing key is a build error
 * naming the key and the file.  Adding a translation needs no C change.
 *
 * Texts may hold named placeholders, `{name}`, filled by catalog_format().
 */
#ifndef CYBERDASH_CATALOG_H
#define CYBERDASH_CATALOG_H

#include <stdarg.h>
#include <stddef.h>

#include "base/date.h"
#include "base/diag.h"
#include "base/err.h"

typedef struct Catalog Catalog;

/* Load i18n/<lang>/ under `root`, checked key by key against
 * i18n/en/.  Problems go to `d`; returns ERR_CONFIG on any, with *out
 * NULL.  The caller frees the catalogue with catalog_free(). */
Err catalog_load(Catalog **out, const char *root, const char *lang, Diag *d);
void catalog_free(Catalog *c);

const char *catalog_lang(const Catalog *c);   /* "en", "ja" */

/* The text of `key` ("html.nav_home").  A key the catalogue lacks returns
 * the key itself and is remembered: catalog_missing() lists them so the
 * build can fail naming each. */
const char *catalog_get(const Catalog *c, const char *key);
size_t catalog_missing(const Catalog *c, Diag *d);

/* The text of `key` with each `{name}` replaced by the value that follows
 * its name in the NULL-terminated list ("n", "3", "m", "15", NULL).
 * Returns a malloc'd string the caller frees. */
char *catalog_format(const Catalog *c, const char *key, ...);
/* The same with the list in `ap` (consumed; the caller ends it), for
 * wrappers that keep the text elsewhere. */
char *catalog_vformat(const Catalog *c, const char *key, va_list ap);

/* A date and a fiscal quarter in the language's style:
 * "30 September 2026" / "2026年9月30日", "FY2026 Q2" / "2026年度 第2四半期".
 * Write at most `n` bytes including the NUL. */
void catalog_date(const Catalog *c, Date d, char *buf, size_t n);
/* §2: a date at its precision, never an invented day: "16 July 2024",
 * "October 2023", "2023" / "2024年7月16日", "2023年10月", "2023年"
 * (common.date_format, date_format_month, date_format_year).  The one
 * date-in-words function of every renderer. */
void catalog_date_prec(const Catalog *c, Date d, DatePrec prec, char *buf,
                       size_t n);
void catalog_quarter(const Catalog *c, int fy, int q, char *buf, size_t n);

#endif
