/* brief_frame.c -- header and footer of a brief page; see brief_frame.h. */
#include "render/brief/brief_frame.h"

#include "present/vocab.h"
#include "render/brief/brief_words.h"

double brief_frame_header(Page *pg, double y)
{
    const RenderCtx *ctx = pg->ctx;
    const Country *c = &ctx->m->countries[pg->country];
    char quarter[64];
    catalog_quarter(ctx->cat, ctx->ind->fiscal_year, ctx->ind->quarter, quarter,
                    sizeof quarter);
    double half = PAGE_CONTENT_W / 2;
    page_text(pg, PAGE_MARGIN, y, half * 1.3, page_style(FONT_SMALL, PAGE_MUTED),
              ctx->s->programme);
    y += page_text(pg, PAGE_MARGIN + half * 1.3, y, half * 0.7,
                   page_right(FONT_SMALL, PAGE_MUTED), words_get(pg, "brief.kind")) + 2;
    y += page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, page_style(FONT_TITLE, PAGE_INK),
                   model_country_name(ctx->m, pg->country, ctx->s->lang));
    y += page_text(pg, PAGE_MARGIN, y + 1, PAGE_CONTENT_W, page_style(FONT_BODY, PAGE_MUTED),
                   words_fmt(pg, "brief.subline", "region", words_region(pg, c->region),
                             "iso3", c->iso3, "date", words_date(pg, ctx->ind->as_of),
                             "quarter", quarter, (char *)NULL)) + 1;
    page_rule(pg, PAGE_MARGIN, y + 4, PAGE_CONTENT_W, 1.5, PAGE_ACCENT);
    return y + 6;
}

/* The GCI editions published by the as-of date, "2020, 2024" ("" for none). */
static const char *editions_known(Page *pg)
{
    const Model *m = pg->ctx->m;
    const char **years = NEW(pg->a, const char *, m->n_editions + 1);
    int n = 0;
    for (int e = 0; e < m->n_editions; e++)
        if (m->editions[e].published <= pg->ctx->ind->as_of)
            years[n++] = words_int(pg, m->editions[e].year);
    return vocab_join(pg->ctx->cat, pg->a, years, n);
}

double brief_frame_footer(Page *pg, double y)
{
    const RenderCtx *ctx = pg->ctx;
    const char *eds = editions_known(pg);
    double y0 = y;
    page_rule(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, 0.6, PAGE_RULE);
    y += 3;
    y += page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W, page_style(FONT_SMALL, PAGE_MUTED),
                   words_fmt(pg, "brief.sources", "editions",
                             eds[0] ? eds : words_get(pg, "brief.none"), "date",
                             words_date(pg, ctx->ind->as_of), (char *)NULL));
    y += 1;
    /* §4: "data sha256:1a2b3c4d…", so a cited figure names its data */
    page_text(pg, PAGE_MARGIN, y, PAGE_CONTENT_W * 0.7, page_style(FONT_SMALL, PAGE_MUTED),
              words_fmt(pg, "brief.footer_programme", "programme", ctx->s->programme,
                        "fingerprint", arena_printf(pg->a, "%.8s\u2026",
                                                    ctx->inputs->overall),
                        (char *)NULL));
    y += page_text(pg, PAGE_MARGIN + PAGE_CONTENT_W * 0.7, y, PAGE_CONTENT_W * 0.3,
                   page_right(FONT_SMALL, PAGE_MUTED), "cyberdash " CYBERDASH_VERSION);
    return y - y0;
}
