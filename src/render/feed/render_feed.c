/* render_feed.c -- the Atom feed (render_feed.h). */
#include "render/feed/render_feed.h"

#include <glib.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/fsutil.h"
#include "present/vocab.h"
#include "render/html_name.h"

#define ATOM_NS "http://www.w3.org/2005/Atom"

typedef struct {
    const RenderCtx *ctx;
    xmlTextWriterPtr w;
    Arena a;
    const char *id_base;      /* "tag:cyberdash,2022:<programme>/" */
    bool failed;
} Feed;

static void check(Feed *f, int rc)
{
    f->failed |= rc < 0;
}

static const xmlChar *X(const char *s) { return (const xmlChar *)s; }

static void element(Feed *f, const char *name, const char *text)
{
    check(f, xmlTextWriterWriteElement(f->w, X(name), X(text)));
}

/* RFC 3339 at midnight UTC: the dates of §3 are days. */
static const char *timestamp(Feed *f, Date d)
{
    char day[11];
    date_format(d, day);
    return arena_printf(&f->a, "%sT00:00:00Z", day);
}

static void link_to(Feed *f, const char *rel, const char *href, const char *type)
{
    check(f, xmlTextWriterStartElement(f->w, X("link")));
    if (rel)
        check(f, xmlTextWriterWriteAttribute(f->w, X("rel"), X(rel)));
    if (type)
        check(f, xmlTextWriterWriteAttribute(f->w, X("type"), X(type)));
    check(f, xmlTextWriterWriteAttribute(f->w, X("href"), X(href)));
    check(f, xmlTextWriterEndElement(f->w));
}

/* Text made safe for the HTML inside <content type="html"> (the writer
 * escapes the whole again as XML text), appended to `html`. */
static void html_text(GString *html, const char *s)
{
    gchar *e = g_markup_escape_text(s, -1);
    g_string_append(html, e);
    g_free(e);
}

/* The page of a change, relative to the feed (at the site's root): a
 * country's page, a started project's page (named as the site names it,
 * render/html_name.h), the projects list, or the dashboard. */
static const char *change_href(Feed *f, const Change *c)
{
    const Model *m = f->ctx->m;
    if (c->country >= 0)
        return arena_printf(&f->a, "countries/%s.html", m->countries[c->country].iso3);
    if (c->project >= 0 && f->ctx->ind->project_started[c->project]) {
        char name[HTML_SAFE_NAME_MAX + 1];
        html_safe_filename(m->projects[c->project].id, name, sizeof name);
        return arena_printf(&f->a, "projects/%s.html", name);
    }
    if (c->project >= 0)
        return "projects.html";
    return "index.html";
}

/* The entry's HTML, in `html` (a GString: a quarter may hold thousands of
 * changes, so no text is copied again per item). */
static void entry_html(Feed *f, const ChangeSet *cs, GString *html)
{
    const RenderCtx *ctx = f->ctx;
    if (cs->n == 0) {
        g_string_append(html, "<p>");
        html_text(html, catalog_get(ctx->cat, "feed.no_changes"));
        g_string_append(html, "</p>");
        return;
    }
    g_string_append(html, "<ul>");
    for (int i = 0; i < cs->n; i++) {
        const Change *c = &cs->items[i];
        g_string_append_printf(html, "<li><a href=\"%s\">", change_href(f, c));
        html_text(html, vocab_change_subject(ctx->cat, &f->a, ctx->m, c,
                                             ctx->ind->d2.compare));
        g_string_append(html, "</a>: ");
        html_text(html, vocab_change_text(ctx->cat, &f->a, ctx->m, c));
        g_string_append(html, "</li>");
    }
    g_string_append(html, "</ul>");
}

static void entry(Feed *f, const ChangeSet *cs, int fy, int q)
{
    const RenderCtx *ctx = f->ctx;
    char key[16], n[16];
    snprintf(key, sizeof key, "FY%dQ%d", fy, q);
    snprintf(n, sizeof n, "%d", cs->n);
    char quarter[64];
    catalog_quarter(ctx->cat, fy, q, quarter, sizeof quarter);
    char *title = catalog_format(ctx->cat, "feed.entry_title", "quarter", quarter,
                                 "n", n, NULL);
    check(f, xmlTextWriterStartElement(f->w, X("entry")));
    element(f, "id", arena_printf(&f->a, "%s%s", f->id_base, key));
    element(f, "title", title ? title : key);
    element(f, "updated", timestamp(f, cs->to));
    link_to(f, "alternate", "index.html", "text/html");
    check(f, xmlTextWriterStartElement(f->w, X("content")));
    check(f, xmlTextWriterWriteAttribute(f->w, X("type"), X("html")));
    GString *html = g_string_new(NULL);
    entry_html(f, cs, html);
    check(f, xmlTextWriterWriteString(f->w, X(html->str)));
    g_string_free(html, TRUE);
    check(f, xmlTextWriterEndElement(f->w));
    check(f, xmlTextWriterEndElement(f->w));
    free(title);
}

/* A stable id for the programme's feed: its name hashed (RFC 4151 tag). */
static const char *id_base(Feed *f)
{
    gchar *h = g_compute_checksum_for_string(G_CHECKSUM_SHA256,
                                             f->ctx->s->programme, -1);
    const char *out = arena_printf(&f->a, "tag:cyberdash,2022:%.16s/", h);
    g_free(h);
    return out;
}

static void feed_body(Feed *f)
{
    const RenderCtx *ctx = f->ctx;
    const Indicators *ind = ctx->ind;
    check(f, xmlTextWriterStartDocument(f->w, "1.0", "UTF-8", NULL));
    check(f, xmlTextWriterStartElementNS(f->w, NULL, X("feed"), X(ATOM_NS)));
    check(f, xmlTextWriterWriteAttribute(f->w, X("xml:lang"), X(ctx->s->lang)));
    element(f, "id", arena_printf(&f->a, "%sfeed", f->id_base));
    char *title = catalog_format(ctx->cat, "feed.title", "programme",
                                 ctx->s->programme, NULL);
    element(f, "title", title ? title : ctx->s->programme);
    free(title);
    element(f, "updated", timestamp(f, ind->as_of));
    check(f, xmlTextWriterStartElement(f->w, X("author")));
    element(f, "name", ctx->s->programme);
    check(f, xmlTextWriterEndElement(f->w));
    link_to(f, "self", "feed.xml", "application/atom+xml");
    link_to(f, "alternate", "index.html", "text/html");
    element(f, "generator", "cyberdash " CYBERDASH_VERSION);
    /* newest first, as readers list them; quarter ends only (§3.11) */
    for (int k = ind->n_trend - 1; k >= 0; k--) {
        Date d = ind->trend[k].date;
        if (date_is_quarter_end(d))
            entry(f, &ind->changes[k], date_fiscal_year(d), date_fiscal_quarter(d));
    }
    check(f, xmlTextWriterEndElement(f->w));
    check(f, xmlTextWriterEndDocument(f->w));
}

Err render_feed(const RenderCtx *ctx)
{
    Feed f = { .ctx = ctx, .a = ARENA_INIT };
    f.id_base = id_base(&f);
    xmlBufferPtr buf = xmlBufferCreate();
    f.w = buf ? xmlNewTextWriterMemory(buf, 0) : NULL;
    if (!f.w) {
        if (buf)
            xmlBufferFree(buf);
        arena_release(&f.a);
        diag_error(ctx->diag, "feed.xml", 0, "cannot start the XML writer");
        return ERR_RENDER;
    }
    xmlTextWriterSetIndent(f.w, 1);
    feed_body(&f);
    xmlFreeTextWriter(f.w);   /* flushes into buf */
    Err err = ERR_OK;
    char path[4096];
    if (f.failed) {
        diag_error(ctx->diag, "feed.xml", 0, "the XML writer failed");
        err = ERR_RENDER;
    } else if (!fs_path_fmt(path, sizeof path, "%s/feed.xml", ctx->outdir)) {
        diag_error(ctx->diag, ctx->outdir, 0, "output path too long");
        err = ERR_WRITE;
    } else {
        err = fs_write_file(path, (const char *)xmlBufferContent(buf),
                            (size_t)xmlBufferLength(buf), ctx->diag);
    }
    xmlBufferFree(buf);
    arena_release(&f.a);
    return err;
}
