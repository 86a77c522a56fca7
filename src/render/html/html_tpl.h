/* html_tpl.h -- a C API over Google ctemplate, the site's HTML templates.
 *
 * The only C++ in the project (html_tpl.cc).  Every function catches every
 * exception; none reaches C.  Template files live under one root folder
 * (html_tpl_set_root) or are registered from strings (html_tpl_register).
 * Every template file, partials included, must begin with
 *   {{%AUTOESCAPE context="HTML"}}
 * so that ctemplate escapes each value for where it sits (text, attribute,
 * URL: `javascript:` becomes `#`).  A template without it is refused
 * (ERR_RENDER), as an unescaped partial would pass data
 * through raw (dependency-notes §7): html_tpl_set_root() and
 * html_tpl_register() refuse such a template.
 *
 * Dictionaries: html_dict_new() makes a root the caller frees with
 * html_dict_free(); sections and includes made from it belong to the root
 * and are never freed separately.  Values are copied.  A global value
 * (html_dict_set_global) is seen by the root, its sections and every
 * included template.
 *
 * Not thread-safe beyond what ctemplate offers: one dictionary per thread.
 */
#ifndef CYBERDASH_HTML_TPL_H
#define CYBERDASH_HTML_TPL_H

#include <stddef.h>

#include "base/err.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct HtmlDict HtmlDict;

/* Load template files from `dir` from now on (and forget cached ones).
 * Every `*.tpl` file in `dir` is checked for the pragma first; one
 * without it (or an unreadable folder) is ERR_RENDER naming the file. */
Err html_tpl_set_root(const char *dir, char **errmsg);
/* Register `text` as the template called `name` (replacing none: a name
 * already registered with other text is an error). */
Err html_tpl_register(const char *name, const char *text, char **errmsg);
/* Forget every loaded or registered template. */
void html_tpl_clear(void);

/* A new root dictionary; NULL only when out of memory. */
HtmlDict *html_dict_new(const char *name);
void html_dict_free(HtmlDict *d);
void html_dict_set(HtmlDict *d, const char *key, const char *value);
void html_dict_set_int(HtmlDict *d, const char *key, long value);
void html_dict_set_global(HtmlDict *d, const char *key, const char *value);
/* Show {{#section}} once, with this dictionary's values. */
void html_dict_show(HtmlDict *d, const char *section);
/* One more repetition of {{#section}}; the child belongs to `d`'s root. */
HtmlDict *html_dict_add_section(HtmlDict *d, const char *section);
/* The dictionary for {{>marker}}, expanded from template `file`. */
HtmlDict *html_dict_add_include(HtmlDict *d, const char *marker,
                                const char *file);

/* Expand template `file` with `d` (blank lines stripped).  On success
 * *out is a malloc'd NUL-terminated string (*len its length, if len is not
 * NULL) the caller frees.  On failure returns ERR_RENDER, *out is NULL and
 * *errmsg (if errmsg is not NULL) a malloc'd message naming the file.
 * ctemplate also prints its own ERROR line to stderr. */
Err html_tpl_expand(const char *file, const HtmlDict *d, char **out,
                    size_t *len, char **errmsg);

#ifdef __cplusplus
}
#endif

#endif
