/* data_i2d1.h -- I2 (§3.9) and D1 (§3.10) in the machine-readable
 * outputs: their objects of data/indicators.json and the CSV exports
 * i2.csv, d1_projects.csv and d1_indicators.csv (SPEC §4).
 *
 * render_json.c and render_csv.c call these, as they call their own
 * builders; the conventions are theirs (render_json.h): SPEC keys first,
 * detail after; codes, not words; progress rounded as §3.7; scenario
 * values as exact decimals; dates at the precision the data gives
 * ("2024-05"); rows in ISO3 or project_id order.  Only what was known on
 * the as-of date: cooperation countries and started projects.
 */
#ifndef CYBERDASH_DATA_I2D1_H
#define CYBERDASH_DATA_I2D1_H

#include <jansson.h>

#include "render/data/csvwrite.h"
#include "render/render.h"

json_t *json_i2(const RenderCtx *ctx);
json_t *json_d1(const RenderCtx *ctx);

/* §3.5 detail of a target (render_json.c): the judged value and the
 * projection behind the status. */
json_t *json_target_status(const TargetStatus *t);

void csv_write_i2(CsvWriter *w, const RenderCtx *ctx);
void csv_write_d1_projects(CsvWriter *w, const RenderCtx *ctx);
void csv_write_d1_indicators(CsvWriter *w, const RenderCtx *ctx);

#endif
