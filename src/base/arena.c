#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Blocks grow to at most this; from this size they ask for huge pages. */
#define BLOCK_MAX_GROWTH ((size_t)32 << 20)
#define HUGE_BLOCK ((size_t)4 << 20)

struct ArenaBlock {
    ArenaBlock *next;
    size_t size;
};

/* Under AddressSanitizer (the sanitizer suite and the fuzzers) the room
 * not yet handed out is poisoned and every allocation is followed by a
 * poisoned gap, so reading or writing past the end of an arena string or
 * array is reported as it would be for malloc.  Blocks are smaller there:
 * ASan serves them from its cached size classes instead of an mmap each. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
enum { BLOCK_MIN = 1 << 16, REDZONE = 16 };
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
enum { BLOCK_MIN = 1 << 20, REDZONE = 0 };
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

static void out_of_memory(void)
{
    fputs("cyberdash: out of memory\n", stderr);
    abort();
}

void advise_huge_pages(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = (uintptr_t)2 << 20;
    uintptr_t from = ((uintptr_t)p + huge - 1) & ~(huge - 1);
    uintptr_t to = ((uintptr_t)p + n) & ~(huge - 1);
    if (to > from)
        madvise((void *)from, (size_t)(to - from), MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

static void grow(Arena *a, size_t need)
{
    size_t size = need + sizeof(ArenaBlock) + 64 + REDZONE;
    /* Blocks grow with the arena (half of what it holds): a big arena
     * takes few, big blocks, which can be backed by huge pages. */
    size_t min = a->allocated / 2 > BLOCK_MIN ? a->allocated / 2 : BLOCK_MIN;
    if (min > BLOCK_MAX_GROWTH)
        min = BLOCK_MAX_GROWTH;
    if (size < min)
        size = min;
    /* calloc: a block's memory is zero when it is handed out (the arena
     * never reuses it), so arena_alloc() need not clear it; a big block
     * comes zeroed from mmap without being written (1M rows: 32 MB). */
    ArenaBlock *b = calloc(1, size);
    if (!b)
        out_of_memory();
    /* A page fault costs microseconds on a virtual machine: the site's
     * 20,000 pages took 14,000 of them in 1 MB blocks (issue 8). */
    if (size >= HUGE_BLOCK)
        advise_huge_pages(b, size);
    b->next = a->blocks;
    b->size = size;
    a->blocks = b;
    a->beg = (char *)(b + 1);
    a->end = (char *)b + size;
    a->allocated += size;
    POISON(a->beg, (size_t)(a->end - a->beg));
}

void *arena_alloc(Arena *a, size_t size, size_t align, size_t n)
{
    if (n && size > SIZE_MAX / 2 / n)
        out_of_memory();
    size_t total = size * n;
    for (int tries = 0; tries < 2; tries++) {
        uintptr_t p = (uintptr_t)a->beg;
        size_t pad = (size_t)(-p & (align - 1));
        if (a->beg && (size_t)(a->end - a->beg) >= pad + total + REDZONE) {
            char *r = a->beg + pad;
            a->beg = r + total + REDZONE;
            UNPOISON(r, total);
            return r;
        }
        grow(a, total + align);
    }
    out_of_memory();
    return NULL;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *r = arena_alloc(a, 1, 1, n + 1);
    if (n)
        memcpy(r, s, n);
    return r;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
    /* One formatting pass for the short strings pages are made of; a
     * second only when the text does not fit the stack buffer. */
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof buf)
        return arena_strndup(a, buf, (size_t)n);
    char *r = arena_alloc(a, 1, 1, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(r, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return r;
}

void arena_reset(Arena *a)
{
    ArenaBlock *b = a->blocks;
    if (!b)
        return;
    for (ArenaBlock *o = b->next, *next; o; o = next) {
        next = o->next;
        free(o);
    }
    b->next = NULL;
    char *start = (char *)(b + 1);
    UNPOISON(start, (size_t)(a->beg - start));
    memset(start, 0, (size_t)(a->beg - start));
    a->beg = start;
    POISON(a->beg, (size_t)(a->end - a->beg));
    a->allocated = b->size;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        out_of_memory();
    return p;
}

void arena_adopt(Arena *into, Arena *from)
{
    if (!from->blocks)
        return;
    ArenaBlock *last = from->blocks;
    while (last->next)
        last = last->next;
    if (into->blocks) {        /* behind into's current block */
        last->next = into->blocks->next;
        into->blocks->next = from->blocks;
    } else {
        last->next = NULL;
        into->blocks = from->blocks;
    }
    into->allocated += from->allocated;
    *from = (Arena)ARENA_INIT;
}

void arena_release(Arena *a)
{
    ArenaBlock *b = a->blocks;
    while (b) {
        ArenaBlock *next = b->next;
        UNPOISON(b, b->size);
        free(b);
        b = next;
    }
    *a = (Arena)ARENA_INIT;
}
