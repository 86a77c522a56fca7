/* libFuzzer target for import-iati (issue 20): any bytes, read as an IATI
 * activity file by iati_read (libxml2's xmlTextReader) and each activity
 * mapped by iati_map, must give rows or messages, never a crash, leak or
 * out-of-bounds read.  The ISO 3166 table is read once (iso-codes).
 * Build: cmake -DCYBERDASH_FUZZ=ON -DCMAKE_C_COMPILER=clang ...;
 * run:   build-fuzz/fuzz_iati -max_total_time=60 fuzz/corpus/iati */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "import/iati_filter.h"
#include "import/iati_map.h"
#include "import/iati_read.h"
#include "import/iso3166.h"

static Iso3166 iso;

static bool visit(void *user, const IatiActivity *a)
{
    Arena *ar = user;
    IatiProject p;
    IatiReport rep = { NULL, 0 };
    IatiFilter f = { IATI_FILTER_WORD, "cyber" };
    iati_filter_match(a, &f, 1);
    if (iati_map(a, &iso, ar, &p, &rep))
        for (const IatiScenarioRow *s = p.scenarios; s; s = s->next)
            rep.notes += strlen(s->indicator_id);
    arena_reset(ar);
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!iso.n) {
        Diag d0 = DIAG_INIT;
        iso3166_load(&iso, ISO3166_DEFAULT_PATH, &d0);
        diag_release(&d0);
    }
    Diag d = DIAG_INIT;
    Arena ar = ARENA_INIT;
    iati_read_memory((const char *)data, size, "fuzz.xml", visit, &ar, &d,
                     NULL);
    arena_release(&ar);
    diag_release(&d);
    return 0;
}
