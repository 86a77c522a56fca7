#include "model/model.h"

#include <stdlib.h>
#include <string.h>

#include "base/hash.h"

const char *const pillar_names[PILLAR_COUNT] = {
    "legal", "technical", "organizational", "capacity_development",
    "cooperation",
};
const char *const stage_names[STAGE_COUNT] = {
    "initial", "growing", "networking", "self_sustaining",
};
const char *const scheme_names[SCHEME_COUNT] = {
    "technical_cooperation", "training", "expert_dispatch", "seminar",
    "grant_aid", "loan", "triangular", "assessment", "other",
};

const char *const region_names[REGION_COUNT] = {
    "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Pacific",
    "Africa", "Middle East", "Europe", "Latin America and the Caribbean",
    "North America",
};
const char *const region_codes[REGION_COUNT] = {
    "southeast_asia", "south_asia", "east_asia", "central_asia", "pacific",
    "africa", "middle_east", "europe", "latin_america_and_the_caribbean",
    "north_america",
};

const char *const direction_names[DIRECTION_COUNT] = { "increase", "decrease" };

int region_from_name(const char *s, size_t n)
{
    for (int i = 0; i < REGION_COUNT; i++)
        if (strlen(region_names[i]) == n && memcmp(region_names[i], s, n) == 0)
            return i;
    return -1;
}

static int lookup(const char *const *names, int count, const char *s, size_t n)
{
    for (int i = 0; i < count; i++)
        if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0)
            return i;
    return -1;
}

int pillar_from_name(const char *s, size_t n)
{
    return lookup(pillar_names, PILLAR_COUNT, s, n);
}

int stage_from_name(const char *s, size_t n)
{
    return lookup(stage_names, STAGE_COUNT, s, n);
}

int scheme_from_name(const char *s, size_t n)
{
    return lookup(scheme_names, SCHEME_COUNT, s, n);
}

int direction_from_name(const char *s, size_t n)
{
    return lookup(direction_names, DIRECTION_COUNT, s, n);
}

/* ---- sorting with index remapping ---- */

static int cmp_country(const void *a, const void *b)
{
    return strcmp(((const Country *)a)->iso3, ((const Country *)b)->iso3);
}

static int cmp_edition(const void *a, const void *b)
{
    int x = ((const Edition *)a)->year, y = ((const Edition *)b)->year;
    return (x > y) - (x < y);
}

static int cmp_project(const void *a, const void *b)
{
    return strcmp(((const Project *)a)->id, ((const Project *)b)->id);
}

/* Sorting an array of records renumbers them; `remap[old] = new` lets the
 * records that point at them follow.  Records are appended in file order,
 * so their lines increase with their old index: a binary search on the
 * line finds the old position of each record after the sort. */
static int *sorted_remap(Arena *a, void *base, int n, size_t size,
                         int (*cmp)(const void *, const void *),
                         size_t line_offset)
{
    long *old_line = NEW(a, long, n);
    for (int i = 0; i < n; i++)
        memcpy(&old_line[i], (char *)base + (size_t)i * size + line_offset,
               sizeof(long));
    if (n > 1)   /* qsort(NULL, 0, ...) is undefined behaviour */
        qsort(base, (size_t)n, size, cmp);
    int *remap = NEW(a, int, n);
    for (int j = 0; j < n; j++) {
        long line;
        memcpy(&line, (char *)base + (size_t)j * size + line_offset, sizeof line);
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (old_line[mid] < line)
                lo = mid + 1;
            else
                hi = mid;
        }
        remap[lo] = j;
    }
    return remap;
}

static void index_projects(Model *m)
{
    size_t cap = 16;
    while (cap < (size_t)m->n_projects * 2)
        cap *= 2;
    m->project_cap = cap;
    m->project_slots = NEW(&m->arena, int32_t, cap);
    for (size_t i = 0; i < cap; i++)
        m->project_slots[i] = -1;
    for (int p = 0; p < m->n_projects; p++) {
        const char *id = m->projects[p].id;
        size_t i = hash_bytes(id, strlen(id)) & (cap - 1);
        while (m->project_slots[i] >= 0)
            i = (i + 1) & (cap - 1);
        m->project_slots[i] = p;
    }
}

static void index_country_projects(Model *m)
{
    int nc = m->n_countries;
    int *start = NEW(&m->arena, int, nc + 1);
    for (int p = 0; p < m->n_projects; p++)
        for (int k = 0; k < m->projects[p].n_countries; k++)
            start[m->projects[p].countries[k] + 1]++;
    for (int c = 0; c < nc; c++)
        start[c + 1] += start[c];
    int *list = NEW(&m->arena, int, start[nc] + 1);
    int *fill = NEW(&m->arena, int, nc + 1);
    memcpy(fill, start, sizeof(int) * (size_t)(nc + 1));
    for (int p = 0; p < m->n_projects; p++)
        for (int k = 0; k < m->projects[p].n_countries; k++)
            list[fill[m->projects[p].countries[k]]++] = p;
    m->country_project_start = start;
    m->country_projects = list;
}

/* CSR lists: `owner[i]` of each of n items, grouped by owner (0..n_owners),
 * items in index order within a group. */
static void group_by(Arena *a, const int *owner, int n, int n_owners,
                     int **start_out, int **list_out)
{
    int *start = NEW(a, int, n_owners + 2);
    for (int i = 0; i < n; i++)
        start[owner[i] + 1]++;
    for (int o = 0; o < n_owners; o++)
        start[o + 1] += start[o];
    int *fill = NEW(a, int, n_owners + 1);
    memcpy(fill, start, sizeof(int) * (size_t)(n_owners + 1));
    int *list = NEW(a, int, n + 1);
    for (int i = 0; i < n; i++)
        list[fill[owner[i]]++] = i;
    *start_out = start;
    *list_out = list;
}

typedef struct { int scenario; Date date; int result; } ResultKey;

static int cmp_result_key(const void *a, const void *b)
{
    const ResultKey *x = a, *y = b;
    if (x->scenario != y->scenario)
        return (x->scenario > y->scenario) - (x->scenario < y->scenario);
    if (x->date != y->date)
        return (x->date > y->date) - (x->date < y->date);
    return (x->result > y->result) - (x->result < y->result);
}

/* §3.10: each project's scenario indicators, each indicator's results by
 * date (a tie keeps file order: the later row is the newer). */
static void index_scenarios(Model *m)
{
    Arena *a = &m->arena;
    int *owner = NEW(a, int, m->n_scenarios + 1);
    for (int i = 0; i < m->n_scenarios; i++)
        owner[i] = m->scenarios[i].project;
    group_by(a, owner, m->n_scenarios, m->n_projects,
             &m->project_scenario_start, &m->project_scenarios);
    ResultKey *key = NEW(a, ResultKey, m->n_results + 1);
    int *start = NEW(a, int, m->n_scenarios + 2);
    for (int i = 0; i < m->n_results; i++) {
        key[i] = (ResultKey){ m->results[i].scenario, m->results[i].date, i };
        start[m->results[i].scenario + 1]++;
    }
    if (m->n_results > 1)
        qsort(key, (size_t)m->n_results, sizeof *key, cmp_result_key);
    for (int i = 0; i < m->n_scenarios; i++)
        start[i + 1] += start[i];
    m->scenario_results = NEW(a, int, m->n_results + 1);
    for (int i = 0; i < m->n_results; i++)
        m->scenario_results[i] = key[i].result;
    m->scenario_result_start = start;
}

Date model_participation_from(const Model *m, const Participation *r)
{
    if (r->date != DATE_NONE) {
        Date last = fy_last_day(r->fiscal_year);
        return r->date < last ? r->date : last;
    }
    Date first = fy_first_day(r->fiscal_year);
    Date start = r->project >= 0 ? m->projects[r->project].start : first;
    return start > first ? start : first;
}

void model_index(Model *m)
{
    Arena *a = &m->arena;
    int *cmap = sorted_remap(a, m->countries, m->n_countries, sizeof(Country),
                             cmp_country, offsetof(Country, line));
    int *emap = sorted_remap(a, m->editions, m->n_editions, sizeof(Edition),
                             cmp_edition, offsetof(Edition, line));
    int *pmap = sorted_remap(a, m->projects, m->n_projects, sizeof(Project),
                             cmp_project, offsetof(Project, line));
    for (int e = 0; e < m->n_editions; e++)
        if (!m->editions[e].has_reference_date) {   /* §2: default published */
            m->editions[e].reference_date = m->editions[e].published;
            m->editions[e].reference_prec = m->editions[e].published_prec;
        }
    for (int i = 0; i < m->n_gci; i++) {
        m->gci[i].country = cmap[m->gci[i].country];
        m->gci[i].edition = emap[m->gci[i].edition];
    }
    for (int p = 0; p < m->n_projects; p++)
        for (int k = 0; k < m->projects[p].n_countries; k++)
            m->projects[p].countries[k] = cmap[m->projects[p].countries[k]];
    for (size_t i = 0; i < m->n_participation; i++) {
        Participation *r = &m->participation[i];
        r->country = cmap[r->country];
        r->project = pmap[r->project];
        r->from = model_participation_from(m, r);
    }
    for (int i = 0; i < m->n_assessments; i++) {
        Assessment *s = &m->assessments[i];
        s->country = cmap[s->country];
        if (s->project >= 0)
            s->project = pmap[s->project];
    }
    for (int i = 0; i < m->n_scenarios; i++)
        m->scenarios[i].project = pmap[m->scenarios[i].project];

    m->iso3_index = NEW(a, int32_t, 26 * 26 * 26);
    for (int i = 0; i < 26 * 26 * 26; i++)
        m->iso3_index[i] = -1;
    for (int c = 0; c < m->n_countries; c++)
        m->iso3_index[hash_iso3(m->countries[c].iso3, strlen(m->countries[c].iso3))] = c;

    size_t cells = (size_t)m->n_countries * (size_t)m->n_editions;
    m->gci_index = NEW(a, int32_t, cells + 1);
    for (size_t i = 0; i < cells; i++)
        m->gci_index[i] = -1;
    for (int i = 0; i < m->n_gci; i++)
        m->gci_index[(size_t)m->gci[i].country * (size_t)m->n_editions
                     + (size_t)m->gci[i].edition] = i;
    index_projects(m);
    index_country_projects(m);
    index_scenarios(m);
}

int model_find_country(const Model *m, const char *iso3)
{
    int slot = hash_iso3(iso3, strlen(iso3));
    return slot < 0 || !m->iso3_index ? -1 : m->iso3_index[slot];
}

int model_find_project(const Model *m, const char *id, size_t n)
{
    if (!m->project_slots)
        return -1;
    size_t i = hash_bytes(id, n) & (m->project_cap - 1);
    for (int32_t p; (p = m->project_slots[i]) >= 0; i = (i + 1) & (m->project_cap - 1)) {
        const char *pid = m->projects[p].id;
        if (strlen(pid) == n && memcmp(pid, id, n) == 0)
            return p;
    }
    return -1;
}

int model_find_edition(const Model *m, int year)
{
    for (int e = 0; e < m->n_editions; e++)
        if (m->editions[e].year == year)
            return e;
    return -1;
}

const GciRow *model_gci(const Model *m, int country, int edition)
{
    if (country < 0 || edition < 0 || !m->gci_index)
        return NULL;
    int32_t i = m->gci_index[(size_t)country * (size_t)m->n_editions
                             + (size_t)edition];
    return i < 0 ? NULL : &m->gci[i];
}

static bool is_ja(const char *lang) { return lang && strcmp(lang, "ja") == 0; }

const char *model_country_name(const Model *m, int country, const char *lang)
{
    const Country *c = &m->countries[country];
    return is_ja(lang) && c->name_ja ? c->name_ja : c->name;
}

const char *model_project_title(const Model *m, int project, const char *lang)
{
    const Project *p = &m->projects[project];
    return is_ja(lang) && p->title_ja ? p->title_ja : p->title;
}

void model_release(Model *m)
{
    arena_release(&m->arena);
    *m = (Model)MODEL_INIT;
}
