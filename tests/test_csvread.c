/* csvread: RFC 4180 records with true line numbers, BOM/CRLF, strict
 * errors, UTF-8 validation and the [limits] settings (SPEC §2, §5). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/csvread.h"
#include "support.h"

/* Every record as "LINE:f1|f2|...\n"; stops after `stop_after` records
 * when that is set. */
typedef struct {
    char *text;
    size_t len, cap;
    size_t records, stop_after;
} Log;

static void log_add(Log *l, const char *s, size_t n)
{
    if (l->len + n + 1 > l->cap) {
        while (l->len + n + 1 > l->cap)
            l->cap = l->cap ? l->cap * 2 : 1024;
        l->text = realloc(l->text, l->cap);
        assert_non_null(l->text);
    }
    memcpy(l->text + l->len, s, n);
    l->len += n;
    l->text[l->len] = '\0';
}

static bool collect(void *user, const CsvField *f, size_t n, long line)
{
    Log *l = user;
    char num[32];
    snprintf(num, sizeof num, "%ld:", line);
    log_add(l, num, strlen(num));
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(f[i].p[f[i].len], '\0');   /* NUL-terminated */
        if (i)
            log_add(l, "|", 1);
        log_add(l, f[i].p, f[i].len);
    }
    log_add(l, "\n", 1);
    return !(l->stop_after && ++l->records >= l->stop_after);
}

typedef struct {
    Err err;
    Log log;
    char *diags;        /* diag_print output */
    size_t diag_len;
    size_t errors;
} Run;

static Run run_with(const char *text, size_t len, const Settings *s,
                    size_t stop_after)
{
    Run r = { .log = { .stop_after = stop_after } };
    FILE *in = fmemopen((void *)text, len, "rb");
    assert_non_null(in);
    Diag d = DIAG_INIT;
    r.err = csvread_stream(in, "t.csv", s, collect, &r.log, &d);
    fclose(in);
    FILE *out = open_memstream(&r.diags, &r.diag_len);
    r.errors = diag_print(&d, out);
    fclose(out);
    diag_release(&d);
    if (!r.log.text)
        log_add(&r.log, "", 0);
    return r;
}

static Run run(const char *text)
{
    Settings s;
    settings_defaults(&s);
    return run_with(text, strlen(text), &s, 0);
}

static void run_free(Run *r)
{
    free(r->log.text);
    free(r->diags);
}

static void bom_is_stripped_before_the_first_field(void **state)
{
    (void)state;
    Run r = run("\xEF\xBB\xBFiso3,name\nPHL,Philippines\n");
    assert_int_equal(r.err, ERR_OK);
    assert_string_equal(r.log.text, "1:iso3|name\n2:PHL|Philippines\n");
    run_free(&r);
    /* quoted first field: libcsv alone would fail at byte 3 */
    r = run("\xEF\xBB\xBF\"iso3\",name\n");
    assert_int_equal(r.err, ERR_OK);
    assert_string_equal(r.log.text, "1:iso3|name\n");
    run_free(&r);
}

static void crlf_line_ends_leave_no_cr_in_fields(void **state)
{
    (void)state;
    Run r = run("a,b\r\n1,2\r\n3,\r\n");
    assert_int_equal(r.err, ERR_OK);
    assert_string_equal(r.log.text, "1:a|b\n2:1|2\n3:3|\n");
    assert_int_equal(r.diag_len, 0);
    run_free(&r);
}

static void quoted_commas_quotes_and_newlines_keep_later_line_numbers(void **state)
{
    (void)state;
    Run r = run("id,summary\n"
                "1,\"a, b\"\n"
                "2,\"say \"\"hi\"\"\"\n"
                "3,\"line one\nline two\r\nline three\"\n"
                "4,after\n");
    assert_int_equal(r.err, ERR_OK);
    assert_string_equal(r.log.text,
                        "1:id|summary\n"
                        "2:1|a, b\n"
                        "3:2|say \"hi\"\n"
                        "4:3|line one\nline two\r\nline three\n"
                        "7:4|after\n");
    run_free(&r);
}

static void lone_cr_inside_quotes_is_kept(void **state)
{
    (void)state;
    Run r = run("a,b\n\"x\ry\",z\n");
    assert_int_equal(r.err, ERR_OK);
    assert_string_equal(r.log.text, "1:a|b\n2:x\ry|z\n");
    run_free(&r);
}

static void unquoted_fields_are_trimmed_quoted_ones_kept(void **state)
{
    (void)state;
    Run r = run("a,b,c\n  PHL ,\" IDN \",\tx y\t\n");
    assert_string_equal(r.log.text, "1:a|b|c\n2:PHL| IDN |x y\n");
    run_free(&r);
}

static void blank_lines_are_skipped_but_counted(void **state)
{
    (void)state;
    Run r = run("a\n\n1\n\r\n   \n2");     /* and no final newline */
    assert_int_equal(r.err, ERR_OK);
    assert_string_equal(r.log.text, "1:a\n3:1\n6:2\n");
    run_free(&r);
}

static void unterminated_quote_names_the_record_line(void **state)
{
    (void)state;
    Run r = run("a,b\n1,2\n3,\"open\nstill open\n");
    assert_int_equal(r.err, ERR_DATA);
    assert_string_equal(r.log.text, "1:a|b\n2:1|2\n");
    assert_string_equal(r.diags,
                        "t.csv:3: unterminated quoted field: the quote opened "
                        "in this record is never closed\n");
    run_free(&r);
}

static void text_after_a_closing_quote_gives_line_and_byte_offset(void **state)
{
    (void)state;
    /* bytes: "h1,h2\n" = 0..5, 'a'=6 ','=7 '"'=8 'b'=9 '"'=10 'x'=11 */
    Run r = run("h1,h2\na,\"b\"x\nc,d\n");
    assert_int_equal(r.err, ERR_DATA);
    assert_string_equal(r.log.text, "1:h1|h2\n");
    assert_string_equal(r.diags,
                        "t.csv:2: unexpected character after a closing quote "
                        "(byte offset 11): a quote inside a quoted field must "
                        "be doubled (\"\")\n");
    run_free(&r);
    /* the BOM counts in the offset: 'b'=11, '"'=12 */
    r = run("\xEF\xBB\xBFh1,h2\na,b\"c\n");
    assert_string_equal(r.diags,
                        "t.csv:2: quote inside an unquoted field (byte offset "
                        "12): quote the whole field and double the inner quote "
                        "(\"\")\n");
    run_free(&r);
}

static void invalid_utf8_names_the_column_and_skips_the_record(void **state)
{
    (void)state;
    Run r = run("iso3,title\nPHL,ok\nIDN,bad \xED\xA0\x80 here\nKEN,ok\n");
    assert_int_equal(r.err, ERR_DATA);
    assert_string_equal(r.log.text, "1:iso3|title\n2:PHL|ok\n4:KEN|ok\n");
    assert_string_equal(r.diags, "t.csv:3: invalid UTF-8 in column 'title'\n");
    run_free(&r);
    r = run("iso3,ti\xC0\xAFle\nPHL,ok\n");
    assert_string_equal(r.log.text, "");
    assert_string_equal(r.diags, "t.csv:1: invalid UTF-8 in the header\n");
    run_free(&r);
}

static void limits_name_their_setting_key(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    s.max_field_bytes = 5;
    s.max_columns = 3;
    const char *text = "a,b,c\n12345,x,y\n123456,x,y\n1,2,3,4\n1,2,3\n";
    Run r = run_with(text, strlen(text), &s, 0);
    assert_int_equal(r.err, ERR_TOO_BIG);
    assert_string_equal(r.log.text, "1:a|b|c\n2:12345|x|y\n5:1|2|3\n");
    assert_string_equal(r.diags,
                        "t.csv:3: column 'a': field longer than 5 bytes "
                        "(limits.max_field_bytes)\n"
                        "t.csv:4: too many columns: more than 3 "
                        "(limits.max_columns)\n");
    run_free(&r);

    settings_defaults(&s);
    s.max_rows = 2;
    text = "a\n1\n2\n3\n4\n";
    r = run_with(text, strlen(text), &s, 0);
    assert_int_equal(r.err, ERR_TOO_BIG);
    assert_string_equal(r.log.text, "1:a\n2:1\n3:2\n");
    assert_string_equal(r.diags,
                        "t.csv:4: too many rows: more than 2 (limits.max_rows); "
                        "the rest of the file is not read\n");
    run_free(&r);

    settings_defaults(&s);
    s.max_file_bytes = 8;
    text = "a,b\n1,2\n3,4\n";       /* 12 bytes */
    r = run_with(text, strlen(text), &s, 0);
    assert_int_equal(r.err, ERR_TOO_BIG);
    assert_string_equal(r.diags,
                        "t.csv: file larger than 8 bytes "
                        "(limits.max_file_bytes)\n");
    run_free(&r);
}

static void open_quote_longer_than_the_field_limit_stops_early(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    s.max_field_bytes = 10;
    const char *text = "a,b\n1,\"never closed\nand on\nand on\n";
    Run r = run_with(text, strlen(text), &s, 0);
    assert_int_equal(r.err, ERR_TOO_BIG);
    assert_string_equal(r.diags,
                        "t.csv:2: field longer than 10 bytes "
                        "(limits.max_field_bytes)\n");
    run_free(&r);
}

static void line_numbers_survive_chunk_boundaries(void **state)
{
    (void)state;
    /* 4000 records of 20 bytes put the boundary at 65536 = record 3277;
     * a quoted two-line field straddles it. */
    size_t cap = 200000, n = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    n += (size_t)sprintf(text + n, "id,val\n");
    for (int i = 0; i < 4000; i++) {
        if (n > 65500 && n < 65536)
            n += (size_t)sprintf(text + n, "multi,\"%040d\n%040d\"\n", 1, 2);
        else
            n += (size_t)sprintf(text + n, "%06d,%012d\n", i, i);
    }
    Settings s;
    settings_defaults(&s);
    Run r = run_with(text, n, &s, 0);
    assert_int_equal(r.err, ERR_OK);
    /* header line 1, 4000 records, one of them two lines long */
    const char *last = strrchr(r.log.text, '\n');
    while (last > r.log.text && last[-1] != '\n')
        last--;
    assert_string_equal(last, "4002:003999|000000003999\n");
    assert_non_null(strstr(r.log.text, ":multi|"));
    run_free(&r);
    free(text);
}

static void callback_returning_false_stops_quietly(void **state)
{
    (void)state;
    Settings s;
    settings_defaults(&s);
    const char *text = "a\n1\n2\n3\n";
    Run r = run_with(text, strlen(text), &s, 2);
    assert_int_equal(r.err, ERR_OK);
    assert_string_equal(r.log.text, "1:a\n2:1\n");
    assert_int_equal(r.diag_len, 0);
    run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bom_is_stripped_before_the_first_field),
        cmocka_unit_test(crlf_line_ends_leave_no_cr_in_fields),
        cmocka_unit_test(quoted_commas_quotes_and_newlines_keep_later_line_numbers),
        cmocka_unit_test(lone_cr_inside_quotes_is_kept),
        cmocka_unit_test(unquoted_fields_are_trimmed_quoted_ones_kept),
        cmocka_unit_test(blank_lines_are_skipped_but_counted),
        cmocka_unit_test(unterminated_quote_names_the_record_line),
        cmocka_unit_test(text_after_a_closing_quote_gives_line_and_byte_offset),
        cmocka_unit_test(invalid_utf8_names_the_column_and_skips_the_record),
        cmocka_unit_test(limits_name_their_setting_key),
        cmocka_unit_test(open_quote_longer_than_the_field_limit_stops_early),
        cmocka_unit_test(line_numbers_survive_chunk_boundaries),
        cmocka_unit_test(callback_returning_false_stops_quietly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
