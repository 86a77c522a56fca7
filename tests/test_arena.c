/* arena: arena_reset() keeps one block for reuse and still hands out
 * zeroed memory (the promise NEW() callers rely on). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "base/arena.h"
#include "support.h"

static void reset_hands_out_zeroed_memory_from_the_same_block(void **state)
{
    (void)state;
    Arena a = ARENA_INIT;
    char *first = arena_alloc(&a, 1, 1, 1000);
    memset(first, 'x', 1000);
    arena_reset(&a);
    char *again = arena_alloc(&a, 1, 1, 1000);
    assert_ptr_equal(first, again);
    for (size_t i = 0; i < 1000; i++)
        assert_int_equal(again[i], 0);
    arena_release(&a);
}

static void reset_frees_older_blocks_and_keeps_the_current_one(void **state)
{
    (void)state;
    Arena a = ARENA_INIT;
    for (int i = 0; i < 8; i++)
        memset(arena_alloc(&a, 1, 1, (size_t)1 << 20), 'y', (size_t)1 << 20);
    size_t before = a.allocated;
    arena_reset(&a);
    assert_true(a.allocated < before);
    char *p = arena_alloc(&a, 1, 1, 4096);
    for (size_t i = 0; i < 4096; i++)
        assert_int_equal(p[i], 0);
    arena_reset(&a);
    arena_reset(&a);              /* twice, and on an empty arena: no-ops */
    Arena empty = ARENA_INIT;
    arena_reset(&empty);
    assert_null(empty.blocks);
    arena_release(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reset_hands_out_zeroed_memory_from_the_same_block),
        cmocka_unit_test(reset_frees_older_blocks_and_keeps_the_current_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
