/* html_pages.h -- the page families of the site, each in its own file,
 * called by render_html() in this order.  Each writes its pages under the
 * output folder through site_page_write(); the first error stops it. */
#ifndef CYBERDASH_HTML_PAGES_H
#define CYBERDASH_HTML_PAGES_H

#include "base/err.h"
#include "render/html/html_site.h"

Err html_page_index(Site *s);         /* index.html */
Err html_page_countries(Site *s);     /* countries/ISO3.html */
Err html_page_projects(Site *s);      /* projects.html, projects/ID.html */
Err html_page_methodology(Site *s);   /* methodology.html */

/* §3.9, §3.10 sections (html_i2d1.c): a country's I2 result, its I2
 * assessments newest first and its projects' D1 results; a project's D1
 * result and local scenario. */
void html_country_i2d1(Site *s, HtmlDict *body, int country);
void html_project_scenario(Site *s, HtmlDict *body, int project);

#endif
