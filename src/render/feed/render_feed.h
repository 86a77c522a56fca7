/* render_feed.h -- feed.xml, the Atom feed of the quarters (SPEC §3.11,
 * RFC 4287).
 *
 * One entry per quarter end of the trend, its content that quarter's
 * changes (each linked to its page), its date the quarter end; the feed's
 * `updated` is the as-of date.  Written with libxml2's xmlTextWriter, so
 * the XML is well-formed whatever the data holds; identical inputs give
 * identical bytes (no clock is read).  Reads only the RenderCtx.
 */
#ifndef CYBERDASH_RENDER_FEED_H
#define CYBERDASH_RENDER_FEED_H

#include "render/render.h"

Err render_feed(const RenderCtx *ctx);

#endif
