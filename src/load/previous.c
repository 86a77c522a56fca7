/* previous.c -- an earlier output's figures (previous.h). */
#include "load/previous.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Messages name the role, not the path: the methodology page lists them,
 * and its bytes must not depend on where the output folder is (§5). */
static const char *const WHERE = "the earlier output (--out or --previous)";

/* The ISO3 strings of a JSON array joined by ", "; NULL when not one. */
static char *joined(json_t *a)
{
    if (!json_is_array(a))
        return NULL;
    size_t n = json_array_size(a), i;
    char *out = calloc(n * 5 + 1, 1);
    if (!out)
        abort();
    json_t *v;
    json_array_foreach(a, i, v) {
        if (!json_is_string(v) || strlen(json_string_value(v)) != 3) {
            free(out);
            return NULL;
        }
        if (i)
            strcat(out, ", ");
        strcat(out, json_string_value(v));
    }
    return out;
}

static bool read_d2(Published *p, json_t *cum)
{
    if (!json_is_array(cum))
        return false;
    p->n_d2 = (int)json_array_size(cum);
    p->d2 = calloc((size_t)p->n_d2 + 1, sizeof *p->d2);
    if (!p->d2)
        abort();
    size_t i;
    json_t *y;
    json_array_foreach(cum, i, y) {
        json_t *fy = json_object_get(y, "fy"), *count = json_object_get(y, "count");
        if (!json_is_integer(fy) || !json_is_integer(count))
            return false;
        p->d2[i] = (PublishedYear){ (int)json_integer_value(fy),
                                    (int)json_integer_value(count) };
    }
    return true;
}

static void read_files(Published *p, json_t *files)
{
    size_t i;
    json_t *f;
    json_array_foreach(files, i, f) {
        const char *name = json_string_value(json_object_get(f, "name"));
        const char *sha = json_string_value(json_object_get(f, "sha256"));
        if (!name || !sha || p->n_files == PUBLISHED_FILES)
            continue;
        PublishedFile *pf = &p->files[p->n_files++];
        snprintf(pf->name, sizeof pf->name, "%s", name);
        snprintf(pf->sha256, sizeof pf->sha256, "%s", sha);
    }
}

static int integer(json_t *o, const char *key, bool *ok)
{
    json_t *v = json_object_get(o, key);
    *ok = *ok && json_is_integer(v);
    return json_is_integer(v) ? (int)json_integer_value(v) : 0;
}

/* The figures, or false when the file is not what a build writes. */
static bool read_figures(Published *p, json_t *j)
{
    json_t *i1 = json_object_get(j, "i1"), *d2 = json_object_get(j, "d2"),
           *g = json_object_get(j, "g");
    bool ok = json_is_object(i1) && json_is_object(d2) && json_is_object(g);
    if (!ok)
        return false;
    p->i1_value = integer(i1, "value", &ok);
    p->g_reached = integer(g, "reached", &ok);
    p->g_with_target = integer(g, "with_target", &ok);
    p->has_g_unknown = json_is_integer(json_object_get(g, "unknown"));
    bool unknown_ok = true;
    p->g_unknown = integer(g, "unknown", &unknown_ok);
    p->i1_improved = joined(json_object_get(i1, "improved"));
    p->d2_countries = joined(json_object_get(d2, "countries"));
    return ok && p->i1_improved && p->d2_countries
           && read_d2(p, json_object_get(d2, "cumulative"));
}

void previous_read(Published *p, const char *dir, const Settings *s, Diag *d)
{
    memset(p, 0, sizeof *p);
    char path[4096];
    snprintf(path, sizeof path, "%s/data/indicators.json", dir);
    json_error_t e;
    json_t *j = json_load_file(path, JSON_REJECT_DUPLICATES, &e);
    const char *as_of = j ? json_string_value(json_object_get(j, "as_of")) : NULL;
    const char *programme = j ? json_string_value(
        json_object_get(json_object_get(j, "settings"), "programme")) : NULL;
    Date when = DATE_NONE;
    if (!j || !as_of || !date_parse(as_of, strlen(as_of), &when) || !read_figures(p, j)) {
        diag_warning(d, "cyberdash", 0, "%s not read (its data/indicators.json is missing "
                     "or damaged%s%s): no revisions section", WHERE,
                     j ? "" : ": ", j ? "" : e.text);
    } else if (!programme || strcmp(programme, s->programme)) {
        diag_warning(d, "cyberdash", 0, "%s is of another programme ('%s'): no revisions "
                     "section", WHERE, programme ? programme : "");
    } else if (when > s->as_of) {
        diag_warning(d, "cyberdash", 0, "%s is as of %s, after this build's as-of date: "
                     "no revisions section", WHERE, as_of);
    } else {
        p->as_of = when;
        read_files(p, json_object_get(json_object_get(j, "inputs"), "files"));
        p->usable = true;
    }
    if (!p->usable)
        published_free(p);
    json_decref(j);
}
