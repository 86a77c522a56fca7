/* brief_words.h -- the texts of a brief page: catalogue labels, words and
 * figures, as every section writes them.
 *
 * Every label comes from the catalogue (brief.* keys; shared words from
 * common.ini through present/vocab.h).  Returned texts belong to the
 * catalogue (plain labels) or to the page's arena `pg->a` (anything
 * assembled), valid until the page is recorded; none is freed by the
 * caller, and none is ever cut to a buffer.  A key the catalogue lacks
 * comes back as the key and fails the build through catalog_missing().
 * Nothing here fails otherwise; running out of memory aborts.
 */
#ifndef CYBERDASH_BRIEF_WORDS_H
#define CYBERDASH_BRIEF_WORDS_H

#include "base/date.h"
#include "base/rat.h"
#include "render/brief/brief_page.h"

/* The catalogue's text of `key` ("brief.kind"). */
const char *words_get(const Page *pg, const char *key);
/* The same with each {name} replaced by the value after its name in the
 * NULL-terminated list ("n", "3", NULL), in the arena. */
const char *words_fmt(Page *pg, const char *key, ...);
/* A region of the strategy (load.c accepts only those) in words: "Latin
 * America and the Caribbean" is common.region_latin_america_...  Unlike
 * vocab_region(), any other text (or "") is looked up the same way, so a
 * region the catalogue lacks fails the build by its key. */
const char *words_region(const Page *pg, const char *region);

/* A whole number, "12". */
const char *words_int(Page *pg, long long v);
/* A change in percent points: "+1.25" / "-0.50" / "0.00". */
const char *words_delta(Page *pg, Rat r);
/* A date in the language's style, "30 September 2026". */
const char *words_date(Page *pg, Date d);
/* §2: a date at the precision its source gave ("October 2023"). */
const char *words_date_at(Page *pg, Date d, DatePrec prec);
/* §2, §3.7: a count as its source gave it: "about 80", "not reported". */
const char *words_count(Page *pg, bool has, int64_t n, bool approx);
/* The year of GCI edition `edition` (a model index); 0 for -1 (none). */
int words_edition_year(const Page *pg, int edition);

#endif
