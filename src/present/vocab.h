/* vocab.h -- the program's codes in the catalogue's words, written once
 * for every renderer (§4 Language).
 *
 * Status, stage, pillar, scheme, region and "not assessable" reason each
 * have one word in i18n/<lang>/common.ini (common.status_achieved, ...);
 * the data exports (JSON, CSV) keep the codes, every page, sheet, chart and
 * brief shows these words.  Lists are joined with the language's
 * common.list_join pattern ("{a}, {b}" / "{a}、{b}").
 *
 * Returned texts belong to the catalogue (plain words) or to the arena
 * passed in (anything assembled); none is freed by the caller.  A key the
 * catalogue lacks comes back as the key and fails the build through
 * catalog_missing(), as every catalogue lookup does.
 */
#ifndef CYBERDASH_VOCAB_H
#define CYBERDASH_VOCAB_H

#include <stdbool.h>
#include <stdint.h>

#include "base/arena.h"
#include "compute/compute.h"
#include "config/catalog.h"
#include "config/settings.h"
#include "model/model.h"

const char *vocab_status(const Catalog *cat, Status st);
/* common.unknown for STAGE_NONE. */
const char *vocab_stage(const Catalog *cat, Stage st);
const char *vocab_pillar(const Catalog *cat, int pillar);
const char *vocab_scheme(const Catalog *cat, Scheme sc);
/* A region of the strategy in words; any other text (the loader refuses
 * it, but a test model may hold one) as given; "" for NULL. */
const char *vocab_region(const Catalog *cat, const char *region);

/* The I1 rule (§3.2) in words: common.rule_mean ... */
const char *vocab_rule(const Catalog *cat, I1Rule rule);
/* Where a stage came from (§3.4), common.source_*: "Tier in GCI 2024",
 * "Assessment of 15 January 2025"; `edition_year` 0 and `date` DATE_NONE
 * when the source names none.  In `a`. */
const char *vocab_source(const Catalog *cat, Arena *a, StageSource src,
                         int edition_year, Date date);

/* `n` items joined by the language's separator, in `a` ("" for none). */
const char *vocab_join(const Catalog *cat, Arena *a, const char *const *items,
                       int n);
/* The pillars of `set` in words, joined; "" for the empty set (each
 * renderer says "none" its own way: a dash in a cell, a word in prose). */
const char *vocab_pillars(const Catalog *cat, Arena *a, PillarSet set);
/* Why a country is not assessable for I1 (§3.2), naming the baseline
 * edition's year and the pillars concerned, or for a cooperation after the
 * latest edition that edition, the end of its data and the first late
 * start; in `a`. */
const char *vocab_reason(const Catalog *cat, Arena *a, const Model *m,
                         const I1Country *c, int baseline_year);

/* Issue 19: a GCI score as published.  The exact decimal of the data
 * (never rounded: 0.643 stays 0.643), padded with zeros to `decimals`
 * places (the most any score of its edition has, so that 77 of an edition
 * publishing 77.00 and 93.49 reads 77.00); in `a`. */
const char *vocab_score(Arena *a, Rat r, int decimals);
/* The decimals of `r`'s exact decimal form (0.643 -> 3, 5.2 -> 1). */
int vocab_decimals(Rat r);

/* §2: a date at its precision in words ("2023", "October 2023"), in `a`;
 * "" for DATE_NONE. */
const char *vocab_date(const Catalog *cat, Arena *a, Date d, DatePrec prec);
/* §3.3: the row behind a D2 count as `FILE:LINE` ("projects.csv:12"),
 * the same in every language; written into buf, which it returns. */
#define VOCAB_ROW_REF_SIZE 48
const char *vocab_row_ref(const Model *m, const D2Row *r,
                          char buf[VOCAB_ROW_REF_SIZE]);
/* §3.11: the row behind a change, the same way; "" for ROW_NONE. */
const char *vocab_row_at(const Model *m, RowRef r, char buf[VOCAB_ROW_REF_SIZE]);
/* §3.11: the group a change is listed under ("I1: GCI improvement", ...),
 * and what happened, in words, without its subject (the country, the
 * project, the edition or the target, which each renderer shows or links
 * its own way); in `a`. */
const char *vocab_change_group(const Catalog *cat, ChangeKind k);
const char *vocab_change_text(const Catalog *cat, Arena *a, const Model *m,
                              const Change *c);
/* The subject of a change as plain text (a country's or project's name in
 * the catalogue's language, "GCI 2024", "D2: more than 30 by FY2026"). */
const char *vocab_change_subject(const Catalog *cat, Arena *a, const Model *m,
                                 const Change *c, D2Compare compare);
/* §3.11: the rows behind a revision in words, joined ("participation.csv:2
 * (P4, CCC, FY2024) added, projects.csv (P1) removed"), with how many more
 * there are; NULL when none are known.  In `a`. */
const char *vocab_revision_rows(const Catalog *cat, Arena *a, const Revision *v);
/* §3.7: the participants of one fiscal year, all countries together. */
typedef struct {
    int64_t total, women;       /* sums of the reported counts */
    int unreported;             /* rows with activity but no count */
    bool has_total, has_women;  /* a count (of women) was reported */
    bool approx;                /* an approximate count is in the sum */
} VocabPeople;

/* One country's year, as compute summed it. */
VocabPeople vocab_people_of(const ParticipationSum *r);
/* Every country's year together. */
VocabPeople vocab_people_in(const Indicators *ind, int fy);
/* A sum as every renderer shows it (§3.7, issue 19): "20"; "3+" when rows
 * without a count are in it (what was reported is only at least how many
 * took part); "about 20", "about 3+" when an approximate count is;
 * common.not_reported when there was activity but no count at all; NULL
 * when no activity was recorded.  In `a`. */
const char *vocab_people(const Catalog *cat, Arena *a, const VocabPeople *y);
/* The women of the year: their sum, common.not_reported when activity was
 * recorded without it, NULL when none was. */
const char *vocab_women(const Catalog *cat, Arena *a, const VocabPeople *y);
/* §3.3: a D2 basis in words. */
const char *vocab_basis(const Catalog *cat, D2Basis b);
/* §3.3: a set of bases (BASIS_BIT) in words, joined; in `a`. */
const char *vocab_bases(const Catalog *cat, Arena *a, unsigned bases);
/* §3.3: how a D2 target is read: "more than 30" / "30 or more"; in `a`. */
const char *vocab_d2_reading(const Catalog *cat, Arena *a, D2Compare cmp,
                             int target);
/* §3.2: the attribution rule in words. */
const char *vocab_attribution(const Catalog *cat, I1Attribution at);
/* §2, §3.7: a count as its source gave it: `number` (already formatted)
 * or "about 80" when `approx`; in `a`. */
const char *vocab_count(const Catalog *cat, Arena *a, const char *number,
                        bool approx);

/* §3.9, §3.10: I2 and D1 codes in words (common.i2_*, common.d1_*,
 * common.status_no_data, common.direction_*, common.d1_rule_*). */
const char *vocab_i2_result(const Catalog *cat, I2Result r);
const char *vocab_d1_result(const Catalog *cat, D1Result r);
const char *vocab_indicator_status(const Catalog *cat, IndicatorStatus st);
const char *vocab_direction(const Catalog *cat, Direction d);
const char *vocab_d1_rule(const Catalog *cat, D1Rule rule);
/* §2 rating 1..4 in words ("3: improved", common.rating_*), or "not
 * rated" (common.not_rated) for 0 -- never a guessed rating; in `a`. */
const char *vocab_rating(const Catalog *cat, Arena *a, int rating);

#endif
