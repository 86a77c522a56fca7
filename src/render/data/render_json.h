/* render_json.h -- machine-readable outputs: data/indicators.json and the
 * CSV exports of each table (SPEC §4).
 *
 * indicators.json has exactly the keys of SPEC §4, in the SPEC's order and
 * with the SPEC's meaning; where this module adds detail, it appends keys
 * after the SPEC's ones in the same object (never renames or re-types
 * one).  docs/json-and-csv.md lists every key and column.
 *   - percents and deltas are rounded to 2 decimals, half away from zero,
 *     from the exact value (rat_round2, §3.7);
 *   - null where there is no value: latest_edition before any newer
 *     edition, a region_median below 5 members, an unknown stage, ...;
 *   - arrays of ISO3 codes are sorted; arrays of objects follow the ISO3
 *     order of their country;
 *   - codes, not labels: "reason" is a NaReason code ("no_baseline_row"),
 *     "stage_source"/"target_source" StageSource codes, "status" a Status
 *     name -- the catalogue turns them into words.
 * Written with jansson (JSON_PRESERVE_ORDER | JSON_INDENT(2) |
 * JSON_REAL_PRECISION(15)) and a final newline, so the bytes depend only
 * on the inputs (§5).
 *
 * The CSV exports (data/NAME.csv, RFC 4180 via csvwrite.h) carry only what
 * was known on the as-of date: started projects, published editions,
 * participation up to the as-of fiscal year.
 */
#ifndef CYBERDASH_RENDER_JSON_H
#define CYBERDASH_RENDER_JSON_H

#include "render/render.h"

/* Write OUT/data/indicators.json and every CSV export.  Failures to write
 * are noted in ctx->diag and returned as ERR_WRITE; a jansson failure is
 * ERR_RENDER. */
Err render_json(const RenderCtx *ctx);

/* The CSV exports alone (countries, projects, participation, gci, trend,
 * i1, i1_context, d2), under OUT/data/; render_json() calls it. */
Err render_csv_exports(const RenderCtx *ctx);

#endif
