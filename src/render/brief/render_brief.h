/* render_brief.h -- one-page A4 PDF briefs for donor meetings (SPEC §4).
 *
 * render_brief() writes, under ctx->outdir:
 *   briefs/ISO3.pdf  one A4 page (595.276 x 841.89 pt) per cooperation
 *                    country (ctx->ind->i1.countries[], in that order);
 *   briefs/all.pdf   the same pages, one per country, same order, for a
 *                    meeting pack.
 * A page holds: the programme, country, region, as-of date and quarter;
 * the stage baseline -> current -> target with where each came from
 * (§3.4); the I1 standing in the targeted pillars with the §3.8
 * comparison; the GCI pillars chart; the country's projects (scheme,
 * period, counterpart, partners), those with other partners first,
 * the ones that do not fit named under the table; the latest overall GCI
 * score and tier and the pillars chart; participation by fiscal year with
 * women; the three newest assessments known on the as-of date; the data
 * sources.
 *
 * Text is laid out with Pango ("sans-serif", so Japanese falls back to a
 * CJK font) on cairo's PDF surface: selectable, fonts embedded.  Every
 * label comes from the catalogue (brief.* keys, shared words from
 * common.ini).  Texts wrap between words and are never cut (SPEC §4); a
 * text that still runs past its column or the bottom margin is a warning
 * in ctx->diag naming the country ("runs N pt past its box or page").
 *
 * Reproducible (§5): the PDF creation date is SOURCE_DATE_EPOCH when it is
 * set to a valid number, else midnight UTC of the as-of date, so identical
 * inputs give identical bytes.
 *
 * Returns ERR_WRITE (noted in ctx->diag) when a folder or file cannot be
 * written, ERR_RENDER when cairo reports any other failure.  Files written
 * before a failure are left for the caller's publish_abort() to remove.
 */
#ifndef CYBERDASH_RENDER_BRIEF_H
#define CYBERDASH_RENDER_BRIEF_H

#include "render/render.h"

Err render_brief(const RenderCtx *ctx);
/* The same, and when `overflow` is not NULL, overflow[k] is how far (pt,
 * 0 when nothing does) a text of the brief of ctx->ind->i1.countries[k]
 * runs past its box or the page: the layout's own check, for the tests.
 * `overflow` holds i1.n_countries values, owned by the caller. */
Err render_brief_fit(const RenderCtx *ctx, double *overflow);

#endif
