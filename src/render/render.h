/* render.h -- what every renderer reads, and their common signature.
 *
 * Renderers see the computed results and the model (for names and the
 * rows behind a figure), the settings and the catalogue for labels --
 * nothing else.  Each writes its files under `outdir`, which is the
 * temporary build folder; publishing swaps it in when all succeeded.
 * Resources (templates/, charts/, i18n/) are under `resources`.
 */
#ifndef CYBERDASH_RENDER_H
#define CYBERDASH_RENDER_H

#include "load/fingerprint.h"
#include "config/catalog.h"
#include "compute/compute.h"
#include "base/err.h"
#include "model/model.h"
#include "config/settings.h"

typedef struct {
    const Model *m;
    const Indicators *ind;
    const Settings *s;
    const Catalog *cat;
    const char *outdir;
    const char *resources;
    Diag *diag;               /* where renderers note problems */
    const Diag *load_notes;   /* what the loader noted (its warnings), for
                                 the methodology page; NULL: use `diag` */
    const Fingerprint *inputs; /* §4: the data and settings behind it all */
} RenderCtx;

typedef Err (*RenderFn)(const RenderCtx *ctx);

/* The renderers' one output-folder prologue: OUTDIR/SUB made (with its
 * parents) and its path written to dir[n].  ERR_OK, or ERR_WRITE with the
 * reason noted in ctx->diag ("output path too long", or why the folder
 * could not be made). */
Err render_subdir(const RenderCtx *ctx, const char *sub, char *dir, size_t n);

#endif
