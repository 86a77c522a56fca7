/* CSV cells: RFC 4180 quoting, formula neutralisation of text, numbers as
 * written (csvwrite.h; SPEC §4 CSV exports, §5 "escaped for its context"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/data/csvwrite.h"
#include "fixture.h"
#include "support.h"

static void text_starting_with_a_formula_character_is_prefixed(void **state)
{
    (void)state;
    CsvWriter w = CSVW_INIT;
    csvw_text(&w, "=1+2");
    csvw_text(&w, "+x");
    csvw_text(&w, "-y");
    csvw_text(&w, "@z");
    csvw_text(&w, "\tt");
    csvw_text(&w, "\rr");          /* CR also forces quoting */
    csvw_text(&w, "a=b-c");        /* only the first character counts */
    csvw_end_row(&w);
    assert_string_equal(w.data, "'=1+2,'+x,'-y,'@z,'\tt,\"'\rr\",a=b-c\n");
    csvw_release(&w);
}

/* Issue 21.8: the guard looked at the first byte only. */
static void every_list_part_and_blank_or_wide_starts_are_prefixed(void **state)
{
    (void)state;
    CsvWriter w = CSVW_INIT;
    csvw_text(&w, "Partner A;=1+1");
    csvw_text(&w, " =1+1");
    csvw_text(&w, "\xEF\xBC\x9D" "1+1");              /* ＝1+1 */
    csvw_text(&w, "A; \xEF\xBC\x8B" "x;\xE3\x80\x80@y");  /* A; ＋x;　@y */
    csvw_text(&w, "a;b;c=d");                           /* no part starts one */
    csvw_end_row(&w);
    assert_string_equal(w.data, "Partner A;'=1+1,' =1+1,'\xEF\xBC\x9D" "1+1,"
                        "A;' \xEF\xBC\x8B" "x;'\xE3\x80\x80@y,a;b;c=d\n");
    csvw_release(&w);
}

static void comma_quote_and_newline_are_quoted(void **state)
{
    (void)state;
    CsvWriter w = CSVW_INIT;
    csvw_text(&w, "a,b");
    csvw_text(&w, "say \"hi\"");
    csvw_text(&w, "two\nlines");
    csvw_text(&w, "=\"x\"");
    csvw_text(&w, "日本語");
    csvw_end_row(&w);
    assert_string_equal(w.data, "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\","
                        "\"'=\"\"x\"\"\",日本語\n");
    csvw_release(&w);
}

static void numbers_are_never_prefixed(void **state)
{
    (void)state;
    CsvWriter w = CSVW_INIT;
    csvw_int(&w, -3);
    csvw_rat2(&w, fx_rat("-0.005"));   /* half away from zero: -0.01 */
    csvw_rat2(&w, fx_rat("9.725"));
    csvw_rat(&w, fx_rat("-12.50"));    /* exact as published */
    csvw_rat(&w, fx_rat("7"));
    csvw_rat(&w, rat_make(-2, 3)); /* no finite decimal: 9 places */
    csvw_real(&w, -0.0);
    csvw_real(&w, 2.5);
    csvw_bool(&w, 1);
    csvw_bool(&w, 0);
    csvw_end_row(&w);
    assert_string_equal(w.data, "-3,-0.01,9.73,-12.5,7,-0.666666667,0,2.5,"
                        "true,false\n");
    csvw_release(&w);
}

static void integers_are_written_exactly_at_the_extremes(void **state)
{
    (void)state;
    CsvWriter w = CSVW_INIT;
    csvw_int(&w, 0);
    csvw_int(&w, 10);
    csvw_int(&w, -1);
    csvw_int(&w, 1234567890123);
    csvw_int(&w, INT64_MAX);
    csvw_int(&w, INT64_MIN);
    csvw_end_row(&w);
    assert_string_equal(w.data, "0,10,-1,1234567890123,9223372036854775807,"
                        "-9223372036854775808\n");
    csvw_release(&w);
}

static void empty_cells_and_rows_keep_their_commas(void **state)
{
    (void)state;
    CsvWriter w = CSVW_INIT;
    static const char *const head[] = { "a", "b", "c", NULL };
    csvw_header(&w, head);
    csvw_empty(&w);
    csvw_text(&w, NULL);
    csvw_text(&w, "");
    csvw_end_row(&w);
    csvw_int(&w, 1);
    csvw_end_row(&w);
    assert_string_equal(w.data, "a,b,c\n,,\n1\n");
    csvw_release(&w);
}

static void an_encoded_cell_is_copied_as_it_stands_between_commas(void **state)
{
    (void)state;
    CsvWriter enc = CSVW_INIT, w = CSVW_INIT;
    csvw_text(&enc, "=a,\"b\"");
    csvw_encoded(&w, enc.data, enc.len);
    csvw_encoded(&w, enc.data, enc.len);
    csvw_int(&w, 7);
    csvw_end_row(&w);
    assert_string_equal(w.data, "\"'=a,\"\"b\"\"\",\"'=a,\"\"b\"\"\",7\n");
    csvw_release(&enc);
    csvw_release(&w);
}

static void save_writes_the_bytes_and_empties_the_writer(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/x.csv", test_tmpdir("csvwrite"));
    CsvWriter w = CSVW_INIT;
    csvw_text(&w, "a");
    csvw_end_row(&w);
    Diag d = DIAG_INIT;
    assert_int_equal(csvw_save(&w, path, &d), ERR_OK);
    assert_null(w.data);
    assert_int_equal(w.len, 0);
    size_t n;
    char *s = test_read_file(path, &n);
    assert_non_null(s);
    assert_int_equal(n, 2);
    assert_string_equal(s, "a\n");
    free(s);
    diag_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_starting_with_a_formula_character_is_prefixed),
        cmocka_unit_test(every_list_part_and_blank_or_wide_starts_are_prefixed),
        cmocka_unit_test(comma_quote_and_newline_are_quoted),
        cmocka_unit_test(numbers_are_never_prefixed),
        cmocka_unit_test(integers_are_written_exactly_at_the_extremes),
        cmocka_unit_test(empty_cells_and_rows_keep_their_commas),
        cmocka_unit_test(an_encoded_cell_is_copied_as_it_stands_between_commas),
        cmocka_unit_test(save_writes_the_bytes_and_empties_the_writer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
