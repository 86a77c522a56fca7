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

/* A streaming export never holds more than about CSVW_STREAM_BYTES plus
 * one row, and the file gets every row in order (the 1M-row export). */
static void a_streaming_writer_holds_one_mebibyte_and_writes_every_row(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/stream.csv", test_tmpdir("csvwrite"));
    CsvWriter w = CSVW_INIT;
    Diag d = DIAG_INIT;
    assert_true(csvw_stream_to(&w, path, &d));
    size_t rows = 300000, most = 0;   /* "123456,x\n": 7 to 9 bytes a row */
    for (size_t i = 0; i < rows; i++) {
        csvw_int(&w, (int64_t)i);
        csvw_text(&w, "x");
        csvw_end_row(&w);
        most = w.len > most ? w.len : most;
    }
    assert_true(most < CSVW_STREAM_BYTES + 16);
    assert_true(w.cap <= 2 * CSVW_STREAM_BYTES);
    assert_int_equal(csvw_save(&w, path, &d), ERR_OK);
    size_t n;
    char *s = test_read_file(path, &n);
    assert_non_null(s);
    /* 10 rows of 4, 90 of 5, 900 of 6, 9000 of 7, 90000 of 8, the rest 9 */
    assert_int_equal(n, 10 * 4 + 90 * 5 + 900 * 6 + 9000 * 7 + 90000 * 8
                         + (rows - 100000) * 9);
    assert_memory_equal(s + n - 9, "299999,x\n", 9);
    assert_memory_equal(s, "0,x\n1,x\n", 8);
    free(s);
    diag_release(&d);
}

/* A file that cannot be made is an error value with its path, not a
 * crash: the export stops there. */
static void a_stream_to_a_missing_folder_is_noted(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/no/such/folder.csv", test_tmpdir("csvwrite"));
    CsvWriter w = CSVW_INIT;
    Diag d = DIAG_INIT;
    assert_false(csvw_stream_to(&w, path, &d));
    assert_int_equal(d.errors, 1);
    csvw_release(&w);
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
        cmocka_unit_test(a_streaming_writer_holds_one_mebibyte_and_writes_every_row),
        cmocka_unit_test(a_stream_to_a_missing_folder_is_noted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
