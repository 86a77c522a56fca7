/* fuzz_loader.h -- shared by the loader fuzzers (fuzz/fuzz_<file>.c).
 *
 * Each loader fuzzer feeds its input as one of the files of SPEC §2
 * while the others come from a small valid seed set (the
 * tests/data/load/good fixture, below), through load_data_from_memory():
 * no file system, so a run makes tens of thousands of loads a second.
 * Limits are small so that every limit path is reached.  The contract
 * under test: any bytes give a Model or diagnostics, never a crash, a
 * leak, an out-of-bounds access or undefined behaviour; and a load that
 * returns ERR_OK noted no error.
 */
#ifndef CYBERDASH_FUZZ_LOADER_H
#define CYBERDASH_FUZZ_LOADER_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load.h"
#include "config/settings.h"

static const char *const fuzz_seed[LOAD_N_FILES] = {
    [LOAD_COUNTRIES] =
        "iso3,name,region,target_stage,name_ja\n"
        "PHL,Philippines,Southeast Asia,,\xE3\x83\x95\xE3\x82\xA3\xE3\x83\xAA"
        "\xE3\x83\x94\xE3\x83\xB3\n"
        "IDN,Indonesia,Southeast Asia,self_sustaining,\n"
        "KEN,Kenya,Africa,,\n",
    [LOAD_GCI_EDITIONS] =
        "edition,published,pillar_max,overall_max\n"
        "2020,2021-06-29,20,100\n"
        "2024,2024-09-12,20,100\n",
    [LOAD_GCI] =
        "iso3,edition,overall,legal,technical,organizational,"
        "capacity_development,cooperation,tier\n"
        "PHL,2020,77.00,18.5,15.2,16,14.3,13,\n"
        "PHL,2024,,19,17,17.5,16,18,2\n"
        "IDN,2020,94.88,18.48,19.08,17.84,19.48,20,\n"
        "KEN,2024,,15,12,10,11,14,3\n",
    [LOAD_PROJECTS] =
        "project_id,title,scheme,countries,start,end,pillars,counterpart,"
        "partners,budget_jpy,url\n"
        "P-001,Cyber incident response capacity,technical_cooperation,"
        "PHL;IDN,2022-04-01,2025-03-31,technical;organizational,DICT,"
        "Partner A;Partner B,150000000,https://example.org/p1\n"
        "P-002,Regional cyber seminar,seminar,,2023-10-01,,"
        "capacity_development;cooperation,,,,\n",
    [LOAD_PARTICIPATION] =
        "project_id,iso3,fiscal_year,participants,female\n"
        "P-002,PHL,2023,12,5\n"
        "P-002,KEN,2023,8,3\n",
    [LOAD_ASSESSMENTS] =
        "iso3,date,kind,rating,stage,pillar,project_id,summary\n"
        "PHL,2024-03-15,I2,3,networking,,,CSIRT established\n"
        "IDN,2024-06-30,D1,4,,technical,P-001,\"Exercise held, \"\"good\"\" "
        "results\"\n",
    [LOAD_SCENARIOS] =
        "project_id,indicator_id,pillar,indicator,direction,baseline,target,"
        "target_date,baseline_date,unit\n"
        "P-001,CSIRT,technical,Incidents handled,increase,10,40,2025-03,,cases\n"
        "P-001,MTTR,technical,Days to close,decrease,30,10,2025,2022-06,days\n",
    [LOAD_RESULTS] =
        "project_id,indicator_id,date,value,source\n"
        "P-001,CSIRT,2023-03-31,25,https://example.org/r\n"
        "P-001,MTTR,2024,12.5,\n",
};

static void fuzz_settings(Settings *s)
{
    settings_defaults(s);
    s->max_field_bytes = 256;        /* small limits reach every path */
    s->max_columns = 24;
    s->max_rows = 400;
    s->max_file_bytes = 64 * 1024;
    (void)date_parse("2026-09-30", 10, &s->as_of);
}

static void fuzz_seed_files(LoadBuffer files[LOAD_N_FILES])
{
    for (int i = 0; i < LOAD_N_FILES; i++)
        files[i] = (LoadBuffer){ fuzz_seed[i], strlen(fuzz_seed[i]) };
}

/* Load `files`; abort (a finding) if ERR_OK comes with an error noted or
 * an error code comes with none. */
static Err fuzz_load(const LoadBuffer files[LOAD_N_FILES], Model *m,
                     Settings *s)
{
    Diag d = DIAG_INIT;
    *m = (Model)MODEL_INIT;
    Err err = load_data_from_memory(m, files, s, &d);
    if ((err == ERR_OK) != (d.errors == 0)) {
        fprintf(stderr, "load returned %d with %zu error(s)\n", (int)err,
                d.errors);
        abort();
    }
    /* printing walks every message: a bad format argument shows here */
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        diag_print(&d, null);
        fclose(null);
    }
    diag_release(&d);
    return err;
}

/* The body of a loader fuzzer: the input as file `which`. */
static int fuzz_one_file(LoadFileId which, const uint8_t *data, size_t size)
{
    LoadBuffer files[LOAD_N_FILES];
    Settings s;
    Model m;
    fuzz_settings(&s);
    fuzz_seed_files(files);
    files[which] = (LoadBuffer){ (const char *)data, size };
    fuzz_load(files, &m, &s);
    model_release(&m);
    return 0;
}

#define FUZZ_LOADER(which)                                                   \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);            \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)             \
    {                                                                        \
        return fuzz_one_file(which, data, size);                             \
    }

#endif
