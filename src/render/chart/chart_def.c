/* chart_def.c -- charts/NAME.ini: one chart's look, read at run time.
 *
 *   [chart]   title, subtitle (catalogue keys), width, height,
 *             background, text, muted, grid (colours)
 *   [fonts]   title, subtitle, label, tick, legend, source, value (px)
 *   [series]  NAME = colour[, colour...]   (each series the chart draws)
 *
 * Colours are Okabe-Ito names (chart_color_parse) or #RRGGBB.  Any
 * mistake is reported naming the file, the line and the key.
 */
#include "render/chart/chart.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fsutil.h"
#include "base/inifile.h"

typedef struct {
    ChartDef *def;
    char msg[300];          /* the entry's problem, reported at its line */
    const char *shown;      /* "charts/NAME.ini" */
    Diag *d;
} DefParse;

static bool parse_size_px(const char *v, int lo, int hi, int *out)
{
    char *end;
    long x = strtol(v, &end, 10);
    if (!*v || *end || x < lo || x > hi)
        return false;
    *out = (int)x;
    return true;
}

static bool parse_font(const char *v, double *out)
{
    char *end;
    double x = strtod(v, &end);
    if (!*v || *end || !(x >= 4 && x <= 400))
        return false;
    *out = x;
    return true;
}

static int fail(DefParse *p, const char *fmt, const char *section,
                const char *key, const char *value)
{
    char k[120];
    snprintf(k, sizeof k, "[%s] %s", section, key);
    snprintf(p->msg, sizeof p->msg, fmt, k, value);
    return 0;
}

static int on_chart(DefParse *p, const char *key, const char *v)
{
    ChartDef *d = p->def;
    struct { const char *name; ChartColor *c; } colors[] = {
        { "background", &d->background }, { "text", &d->text },
        { "muted", &d->muted }, { "grid", &d->grid },
    };
    if (strcmp(key, "title") == 0 || strcmp(key, "subtitle") == 0) {
        char *dst = key[0] == 't' ? d->title_key : d->subtitle_key;
        if (!*v || strlen(v) >= CHART_KEY_MAX)
            return fail(p, "%s: bad catalogue key '%s'", "chart", key, v);
        snprintf(dst, CHART_KEY_MAX, "%s", v);
        return 1;
    }
    if (strcmp(key, "width") == 0 || strcmp(key, "height") == 0) {
        int *dst = key[0] == 'w' ? &d->width : &d->height;
        if (!parse_size_px(v, 100, 8000, dst))
            return fail(p, "%s: '%s' is not a size in pixels (100..8000)",
                        "chart", key, v);
        return 1;
    }
    for (size_t i = 0; i < sizeof colors / sizeof colors[0]; i++)
        if (strcmp(key, colors[i].name) == 0) {
            if (!chart_color_parse(v, colors[i].c))
                return fail(p, "%s: '%s' is not a colour (an Okabe-Ito name "
                            "such as sky_blue, or #RRGGBB)", "chart", key, v);
            return 1;
        }
    return fail(p, "%s: unknown key%s", "chart", key, "");
}

static int on_fonts(DefParse *p, const char *key, const char *v)
{
    ChartDef *d = p->def;
    struct { const char *name; double *f; } fonts[] = {
        { "title", &d->font_title }, { "subtitle", &d->font_subtitle },
        { "label", &d->font_label }, { "tick", &d->font_tick },
        { "legend", &d->font_legend }, { "source", &d->font_source },
        { "value", &d->font_value },
    };
    for (size_t i = 0; i < sizeof fonts / sizeof fonts[0]; i++)
        if (strcmp(key, fonts[i].name) == 0) {
            if (!parse_font(v, fonts[i].f))
                return fail(p, "%s: '%s' is not a font size in pixels (4..400)",
                            "fonts", key, v);
            return 1;
        }
    return fail(p, "%s: unknown key%s", "fonts", key, "");
}

static int on_series(DefParse *p, const char *key, const char *v)
{
    ChartDef *d = p->def;
    if (d->n_series == CHART_MAX_SERIES || strlen(key) >= sizeof d->series[0].name)
        return fail(p, "%s: too many series or name too long%s", "series",
                    key, "");
    ChartSeries *s = &d->series[d->n_series];
    memset(s, 0, sizeof *s);
    snprintf(s->name, sizeof s->name, "%s", key);
    char buf[256];
    snprintf(buf, sizeof buf, "%s", v);
    for (char *tok = strtok(buf, ", "); tok; tok = strtok(NULL, ", ")) {
        if (s->n_colors == 8 || !chart_color_parse(tok, &s->color[s->n_colors]))
            return fail(p, "%s: '%s' is not a colour list (Okabe-Ito names "
                        "such as sky_blue, or #RRGGBB, at most 8)", "series",
                        key, v);
        s->n_colors++;
    }
    if (s->n_colors == 0)
        return fail(p, "%s: '%s' is not a colour list", "series", key, v);
    d->n_series++;
    return 1;
}

static int handler(void *user, const char *section, const char *key,
                   const char *value)
{
    DefParse *p = user;
    if (strcmp(section, "chart") == 0)
        return on_chart(p, key, value);
    if (strcmp(section, "fonts") == 0)
        return on_fonts(p, key, value);
    if (strcmp(section, "series") == 0)
        return on_series(p, key, value);
    return fail(p, "%s: unknown section%s", section, key, "");
}

static bool on_entry(void *user, const IniEntry *e)
{
    DefParse *p = user;
    p->msg[0] = '\0';
    if (handler(p, e->section, e->key, e->value))
        return true;
    diag_error(p->d, p->shown, e->line, "%s", p->msg);
    return false;
}

/* A chart definition is under 1 kB; this bounds what a wrong file reads. */
#define CHART_DEF_MAX_FILE (64 << 10)

static void defaults(ChartDef *d)
{
    memset(d, 0, sizeof *d);
    d->background = (ChartColor){ 1, 1, 1 };
    d->text = (ChartColor){ 0.1, 0.1, 0.1 };
    d->muted = (ChartColor){ 0.35, 0.35, 0.35 };
    d->grid = (ChartColor){ 0.87, 0.87, 0.87 };
    d->font_title = 40;
    d->font_subtitle = 26;
    d->font_label = 24;
    d->font_tick = 22;
    d->font_legend = 24;
    d->font_source = 20;
    d->font_value = 22;
}

Err chart_def_load(ChartDef *def, const char *resources, const char *name,
                   const char *const *series, Diag *d)
{
    DefParse p = { .def = def };
    defaults(def);
    char shown[256];
    snprintf(shown, sizeof shown, "charts/%s.ini", name);
    if (!fs_path_fmt(def->path, sizeof def->path, "%s/charts/%s.ini", resources,
                  name)) {
        diag_error(d, shown, 0, "path too long");
        return ERR_CONFIG;
    }
    size_t n = 0;
    char *text = fs_read_file(def->path, CHART_DEF_MAX_FILE, &n);
    if (!text) {
        diag_error(d, shown, 0, "cannot open the chart definition: %s", strerror(errno));
        return ERR_NOINPUT;
    }
    p.shown = shown;
    p.d = d;
    IniSource src = { shown, "malformed line", NULL };
    bool ok = inifile_parse(&src, text, n, on_entry, &p, d);
    free(text);
    if (!ok)
        return ERR_CONFIG;
    Err err = ERR_OK;
    if (!def->title_key[0] || !def->width || !def->height) {
        diag_error(d, shown, 0, "[chart] title, width and height are required");
        err = ERR_CONFIG;
    }
    for (int i = 0; series && series[i]; i++)
        if (!chart_def_series(def, series[i])) {
            diag_error(d, shown, 0, "missing key [series] %s", series[i]);
            err = ERR_CONFIG;
        }
    for (int k = 0; series && k < def->n_series; k++) {
        bool known = false;
        for (int i = 0; series[i]; i++)
            known |= strcmp(series[i], def->series[k].name) == 0;
        if (!known) {
            diag_error(d, shown, 0, "unknown key [series] %s",
                       def->series[k].name);
            err = ERR_CONFIG;
        }
    }
    return err;
}

const ChartSeries *chart_def_series(const ChartDef *def, const char *name)
{
    for (int i = 0; i < def->n_series; i++)
        if (strcmp(def->series[i].name, name) == 0)
            return &def->series[i];
    return NULL;
}
