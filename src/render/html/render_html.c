/* render_html.c -- the static site (§4): the Site is set up once
 * (html_site.c), then each page family writes its pages (html_page_*.c). */
#include "render/html/render_html.h"

#include <stdlib.h>

#include "base/fsutil.h"
#include "render/html/html_pages.h"
#include "render/html/html_site.h"

/* ---- assets and the whole site ---- */

static Err copy_asset(Site *s, const char *name)
{
    char src[4096], dst[4096];
    if (!fs_path_fmt(src, sizeof src, "%s/templates/assets/%s", s->ctx->resources, name) ||
        !fs_path_fmt(dst, sizeof dst, "%s/assets/%s", s->ctx->outdir, name))
        return ERR_WRITE;
    size_t len;
    char *buf = fs_read_file(src, SITE_MAX_TEMPLATE, &len);
    if (!buf) {
        diag_error(s->ctx->diag, src, 0, "cannot read site asset");
        return ERR_NOINPUT;
    }
    Err err = fs_write_file(dst, buf, len, s->ctx->diag);
    free(buf);
    return err;
}

static Err make_dirs(Site *s)
{
    static const char *const dirs[] = { "assets", "countries", "projects" };
    for (size_t i = 0; i < 3; i++) {
        char path[4096];
        Err err = render_subdir(s->ctx, dirs[i], path, sizeof path);
        if (err)
            return err;
    }
    return ERR_OK;
}

Err render_html(const RenderCtx *ctx)
{
    char root[4096], *msg = NULL;
    Err err = ERR_OK;
    if (!fs_path_fmt(root, sizeof root, "%s/templates", ctx->resources))
        return ERR_RENDER;
    if ((err = html_tpl_set_root(root, &msg))) {
        diag_error(ctx->diag, root, 0, "%s", msg ? msg : "bad template folder");
        free(msg);
        return err;
    }
    Site s;
    site_init(&s, ctx);
    if (!(err = make_dirs(&s)) && !(err = copy_asset(&s, "site.css")) &&
        !(err = copy_asset(&s, "site.js")) &&
        !(err = copy_asset(&s, "favicon.svg")) && !(err = html_page_index(&s)) &&
        !(err = html_page_countries(&s)) && !(err = html_page_projects(&s)))
        err = html_page_methodology(&s);
    html_tpl_clear();
    site_free(&s);
    return err;
}
