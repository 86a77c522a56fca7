/* chart_png.c -- a fast, deterministic PNG writer for cairo image surfaces.
 *
 * cairo_surface_write_to_png() takes ~35 ms for a 1600x900 chart (zlib's
 * default level and adaptive filtering).  This writer sets the chunks
 * itself (signature, IHDR, IDAT, IEND: nothing else, so no tIME and
 * identical pixels give identical bytes, §5) around a raw zlib level-1
 * deflate of unfiltered rows; the zlib wrapper's Adler-32 is summed here,
 * 16 lanes at a time, because zlib's own byte loop took a third of the
 * PNG time.  Rows are converted and compressed while they are in cache:
 * the image is written as RGB as long as every pixel is opaque (charts
 * paint an opaque background), and written again as RGBA, with the
 * premultiplication undone, from the first row that is not.
 */
#include "render/chart/chart.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ZLIB_CONST
#include <zlib.h>

/* ---- Adler-32 (RFC 1950) ---- */

#define ADLER_MOD 65521u
#define ADLER_LANES 16
/* Chunks per block: the lane sums stay below 2^32 (see chart_adler32). */
#define ADLER_BLOCK_CHUNKS 1024

uint32_t chart_adler32(uint32_t adler, const unsigned char *p, size_t n)
{
    uint64_t a = adler & 0xffff, b = adler >> 16;
    while (n >= ADLER_LANES) {
        size_t chunks = n / ADLER_LANES;
        if (chunks > ADLER_BLOCK_CHUNKS)
            chunks = ADLER_BLOCK_CHUNKS;
        /* s[i]: the sum of lane i's bytes; t[i]: the sum of s[i] before
         * each chunk (at most 1024^2/2 * 255 < 2^32). */
        uint32_t s[ADLER_LANES] = { 0 }, t[ADLER_LANES] = { 0 };
        for (size_t c = 0; c < chunks; c++, p += ADLER_LANES)
            for (int i = 0; i < ADLER_LANES; i++) {
                t[i] += s[i];
                s[i] += p[i];
            }
        /* Byte i of chunk c adds to b once for itself and for each byte
         * after it: (L - i) + L * (chunks after c). */
        uint64_t sum = 0, weighted = 0, before = 0;
        for (int i = 0; i < ADLER_LANES; i++) {
            sum += s[i];
            weighted += (uint64_t)(ADLER_LANES - i) * s[i];
            before += t[i];
        }
        uint64_t len = (uint64_t)chunks * ADLER_LANES;
        b = (b + len * a + ADLER_LANES * before + weighted) % ADLER_MOD;
        a = (a + sum) % ADLER_MOD;
        n -= (size_t)len;
    }
    for (; n; n--) {
        a += *p++;
        b += a;
    }
    return (uint32_t)((b % ADLER_MOD) << 16 | (a % ADLER_MOD));
}

/* ---- rows ---- */

/* ARGB32 is a native-endian uint32 with premultiplied colour.  Writes
 * R, G, B of each pixel; returns false (row unfinished) when a pixel is
 * not opaque.  Four pixels make three 32-bit words of output. */
static bool rgb_row(const uint32_t *src, unsigned char *dst, int w)
{
    uint32_t all = 0xffffffffu;
    int x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; x + 4 <= w; x += 4, dst += 12) {
        uint32_t p0 = src[x], p1 = src[x + 1], p2 = src[x + 2], p3 = src[x + 3];
        all &= p0 & p1 & p2 & p3;
        /* bswap(AARRGGBB) >> 8 is R, G, B, 0 in memory order */
        uint32_t q0 = __builtin_bswap32(p0) >> 8, q1 = __builtin_bswap32(p1) >> 8,
                 q2 = __builtin_bswap32(p2) >> 8, q3 = __builtin_bswap32(p3) >> 8;
        /* Stored straight from registers: an array on the stack copied
         * by one 8-byte load stalled on store forwarding (perf: 3/4 of
         * the conversion). */
        uint32_t w0 = q0 | q1 << 24, w1 = q1 >> 8 | q2 << 16, w2 = q2 >> 16 | q3 << 8;
        memcpy(dst, &w0, 4);
        memcpy(dst + 4, &w1, 4);
        memcpy(dst + 8, &w2, 4);
    }
#endif
    for (; x < w; x++, dst += 3) {
        uint32_t p = src[x];
        all &= p;
        dst[0] = (unsigned char)(p >> 16);
        dst[1] = (unsigned char)(p >> 8);
        dst[2] = (unsigned char)p;
    }
    return (all >> 24) == 0xff;
}

static void rgba_row(const uint32_t *src, unsigned char *dst, int w)
{
    for (int x = 0; x < w; x++) {
        uint32_t p = src[x];
        unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff,
                 b = p & 0xff;
        if (a != 0 && a != 255) {
            r = (r * 255 + a / 2) / a;
            g = (g * 255 + a / 2) / a;
            b = (b * 255 + a / 2) / a;
        }
        *dst++ = (unsigned char)r;
        *dst++ = (unsigned char)g;
        *dst++ = (unsigned char)b;
        *dst++ = (unsigned char)a;
    }
}

/* ---- chunks ---- */

#define OUT_CAP (256u * 1024u)

typedef struct {
    FILE *f;
    bool failed;
    int saved_errno;          /* of the first failed write, for the message */
    z_stream z;
    uint32_t adler;
    unsigned char *row;       /* filter byte + one row */
    unsigned char *out;       /* OUT_CAP: "IDAT" + compressed bytes */
} PngOut;

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* A write failed: keep the first cause (issue 21.11: a full disk said
 * only "cannot write the PNG file"). */
static void io_failed(PngOut *o)
{
    if (!o->failed)
        o->saved_errno = errno;
    o->failed = true;
}

/* `type_data` is the 4-byte type followed by `len` data bytes. */
static void chunk(PngOut *o, const unsigned char *type_data, size_t len)
{
    unsigned char b[4];
    put32(b, (uint32_t)len);
    uint32_t crc = (uint32_t)crc32(0, type_data, (uInt)(len + 4));
    if (fwrite(b, 1, 4, o->f) != 4 || fwrite(type_data, 1, len + 4, o->f) != len + 4)
        io_failed(o);
    put32(b, crc);
    if (fwrite(b, 1, 4, o->f) != 4)
        io_failed(o);
}

/* Compress `n` bytes (flush: Z_FINISH for the last), writing an IDAT
 * whenever the output buffer fills. */
static void deflate_rows(PngOut *o, const unsigned char *p, size_t n, int flush)
{
    o->z.next_in = p;
    o->z.avail_in = (uInt)n;
    for (;;) {
        int r = deflate(&o->z, flush);
        if (r == Z_STREAM_END) {
            size_t len = OUT_CAP - 4 - o->z.avail_out;
            if (o->z.avail_out < 4) {     /* the trailer in an IDAT of its own */
                chunk(o, o->out, len);
                len = 0;
                o->z.next_out = o->out + 4;
            }
            put32(o->z.next_out, o->adler);
            chunk(o, o->out, len + 4);
            return;
        }
        if (r != Z_OK && r != Z_BUF_ERROR) {
            o->failed = true;
            return;
        }
        if (o->z.avail_out == 0) {        /* full: write it, go on */
            chunk(o, o->out, OUT_CAP - 4);
            o->z.next_out = o->out + 4;
            o->z.avail_out = OUT_CAP - 4;
            continue;
        }
        if (flush == Z_FINISH)            /* room left, yet not finished */
            o->failed = true;
        return;                           /* all input taken */
    }
}

/* Write the whole file; false when a pixel is not opaque and `alpha` is
 * not set (nothing useful written: start again with it). */
static bool write_image(PngOut *o, const unsigned char *data, int w, int h,
                        int stride, bool alpha)
{
    static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    if (fwrite(sig, 1, 8, o->f) != 8)
        io_failed(o);
    unsigned char ihdr[4 + 13] = "IHDR";
    put32(ihdr + 4, (uint32_t)w);
    put32(ihdr + 8, (uint32_t)h);
    ihdr[12] = 8;                          /* bits per sample */
    ihdr[13] = alpha ? 6 : 2;              /* RGBA or RGB */
    ihdr[14] = ihdr[15] = ihdr[16] = 0;    /* deflate, adaptive filters, no interlace */
    chunk(o, ihdr, 13);
    /* zlib header: 32 KiB window, "fastest" level; RFC 1950's check bits */
    memcpy(o->out, "IDAT\x78\x01", 6);
    o->z.next_out = o->out + 6;
    o->z.avail_out = OUT_CAP - 6;
    o->adler = 1;
    size_t len = 1 + (size_t)w * (alpha ? 4 : 3);
    o->row[0] = 0;                         /* filter: none */
    for (int y = 0; y < h; y++) {
        const uint32_t *src = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
        if (alpha)
            rgba_row(src, o->row + 1, w);
        else if (!rgb_row(src, o->row + 1, w))
            return false;
        o->adler = chart_adler32(o->adler, o->row, len);
        deflate_rows(o, o->row, len, y == h - 1 ? Z_FINISH : Z_NO_FLUSH);
    }
    if (h == 0)
        deflate_rows(o, NULL, 0, Z_FINISH);
    chunk(o, (const unsigned char *)"IEND", 0);
    return true;
}

static Err write_png(const char *path, const unsigned char *data, int w, int h,
                     int stride, PngOut *o)
{
    for (int alpha = 0; alpha < 2; alpha++) {
        o->f = fopen(path, "wb");
        if (!o->f) {
            o->saved_errno = errno;
            return ERR_WRITE;
        }
        o->failed = false;
        bool done = deflateReset(&o->z) == Z_OK
                    && write_image(o, data, w, h, stride, alpha != 0);
        if (fclose(o->f) != 0)
            io_failed(o);
        if (done || o->failed)
            return o->failed ? ERR_WRITE : ERR_OK;
    }
    return ERR_WRITE;
}

Err chart_write_png(cairo_surface_t *s, const char *path, Diag *d)
{
    cairo_surface_flush(s);
    if (cairo_surface_get_type(s) != CAIRO_SURFACE_TYPE_IMAGE ||
        cairo_image_surface_get_format(s) != CAIRO_FORMAT_ARGB32) {
        diag_error(d, path, 0, "not an ARGB32 image surface");
        return ERR_RENDER;
    }
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    PngOut o = { 0 };
    Err err = ERR_WRITE;
    o.row = malloc(1 + (size_t)w * 4);
    o.out = malloc(OUT_CAP);
    /* raw deflate (negative window bits): the zlib wrapper is ours */
    bool z = deflateInit2(&o.z, 1, Z_DEFLATED, -15, 6, Z_DEFAULT_STRATEGY) == Z_OK;
    if (o.row && o.out && z)
        err = write_png(path, cairo_image_surface_get_data(s), w, h,
                        cairo_image_surface_get_stride(s), &o);
    if (z)
        deflateEnd(&o.z);
    free(o.row);
    free(o.out);
    if (err)
        diag_error(d, path, 0, "cannot write the PNG file: %s",
                   o.saved_errno ? strerror(o.saved_errno) : "out of memory "
                   "or compression failed");
    return err;
}
