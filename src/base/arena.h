/* arena.h -- one region of memory per build, freed once.
 *
 * Every record, string and index of the Model lives in one Arena, and
 * arena_release() is the only free (cf. Git's mem_pool).  Allocation never
 * returns NULL: running out of memory aborts, as in Redis's zmalloc.
 * Memory is zeroed (blocks come from calloc and are never reused) and
 * aligned.  Not thread-safe: one arena per thread.
 */
#ifndef CYBERDASH_ARENA_H
#define CYBERDASH_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct {
    char *beg, *end;       /* free space in the current block */
    ArenaBlock *blocks;    /* chain of blocks, newest first */
    size_t allocated;      /* bytes obtained from malloc, for --verbose */
} Arena;

#define ARENA_INIT {0}

/* Zeroed memory for `n` objects of `size` bytes aligned to `align`. */
void *arena_alloc(Arena *a, size_t size, size_t align, size_t n);
/* Copy of `n` bytes of `s`, NUL-terminated, in the arena. */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
/* printf into the arena. */
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* realloc() that never fails: out of memory aborts, as the arena does.
 * For buffers that live outside an arena (readers, growable tables). */
void *xrealloc(void *p, size_t n);

/* Ask that the pages of a big buffer (`n` bytes at `p`) be huge ones, where
 * the system allows: one page fault per 2 MB instead of 512.  A hint: the
 * memory is unchanged, and nothing happens where huge pages are off. */
void advise_huge_pages(void *p, size_t n);

/* Move every block of `from` into `into` (which keeps allocating from its
 * own current block); `from` is left empty.  So a worker thread's arena
 * can hand its strings to the one that owns the result. */
void arena_adopt(Arena *into, Arena *from);

/* Forget everything allocated but keep the current block for reuse (older
 * blocks are freed; the used part is zeroed again, so memory is still
 * handed out zeroed).  For a scratch arena used once per record -- the
 * IATI import holds one activity at a time -- where a calloc'd block per
 * record would cost a megabyte of clearing each. */
void arena_reset(Arena *a);

/* Free every block; the arena is empty and reusable afterwards. */
void arena_release(Arena *a);

#define NEW(a, T, n) ((T *)arena_alloc((a), sizeof(T), _Alignof(T), (size_t)(n)))

#endif
