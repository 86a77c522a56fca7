/* load_scenarios.h -- scenarios.csv and results.csv (SPEC §2, §3.10):
 * their columns and row checks (internal to load/).
 *
 * Both files are optional and come after projects.csv (a scenario names
 * its project) and each other (a result names its project and indicator).
 * The (project, indicator_id) look-up lives in LoadTables (sslots), freed
 * with the other tables at the end of the load.
 */
#ifndef CYBERDASH_LOAD_SCENARIOS_H
#define CYBERDASH_LOAD_SCENARIOS_H

#include "load/load_reader.h"

#define SCENARIO_COLUMNS                                                      \
    { "project_id", "indicator_id", "pillar", "indicator", "direction",       \
      "baseline", "target", "target_date", "baseline_date", "unit",           \
      "indicator_ja", "source" }
#define SCENARIO_REQUIRED 0xFFu    /* the first eight, bold in §2 */
#define RESULT_COLUMNS                                                        \
    { "project_id", "indicator_id", "date", "value", "source", "note" }
#define RESULT_REQUIRED 0xFu

void row_scenario(Loader *L);
void row_result(Loader *L);

#endif
