/* render.c -- what every renderer shares (render.h). */
#include "render/render.h"

#include "base/fsutil.h"

Err render_subdir(const RenderCtx *ctx, const char *sub, char *dir, size_t n)
{
    if (!fs_path_fmt(dir, n, "%s/%s", ctx->outdir, sub)) {
        diag_error(ctx->diag, ctx->outdir, 0, "output path too long");
        return ERR_WRITE;
    }
    return fs_mkdirs(dir, ctx->diag);
}
