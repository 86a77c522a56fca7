/* collate.h -- the order of names in the page's language (issue 19, §4):
 * the one place that says how country lists are sorted, for every
 * renderer.
 *
 * English: by the English name, letters compared without case and without
 * the accents of Latin-1 letters ("Côte d'Ivoire" between "Costa Rica"
 * and "Croatia"), so Cambodia comes before Indonesia and Viet Nam after
 * Vanuatu.
 * Japanese: by reading where the data gives one.  countries.csv has no
 * reading column; a name_ja written only in katakana (with ー, ・ and
 * spaces) is its own reading, and katakana code-point order is gojūon
 * order (a voiced kana right after its plain one).  Those names come
 * first, in that order; a name with kanji (or no name_ja) has no reading
 * in the data, and those follow by English name.  common.sort_note says
 * this on the page, in each language.
 * Ties (equal keys) are broken by the English name, then ISO3, so the
 * order never depends on the file order.
 */
#ifndef CYBERDASH_COLLATE_H
#define CYBERDASH_COLLATE_H

#include <stdbool.h>

#include "model/model.h"

/* Whether `name_ja` is its own reading: non-empty and katakana only
 * (U+30A1..U+30FA, ー U+30FC, ・ U+30FB, ASCII and ideographic spaces). */
bool collate_is_reading(const char *name_ja);
/* <0, 0, >0: text a before, same as, after text b by the English rule
 * above (partner names, English titles). */
int collate_text_cmp(const char *a, const char *b);
/* <0, 0, >0: country a before, same as, after country b in `lang`. */
int collate_country_cmp(const Model *m, const char *lang, int a, int b);
/* The `n` country indices of `list` sorted in place by collate_country_cmp. */
void collate_countries(const Model *m, const char *lang, int *list, int n);

#endif
