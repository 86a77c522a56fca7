/* The ctemplate bridge escapes every value for its context (SPEC §5). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/html/html_tpl.h"
#include "base/fsutil.h"
#include "support.h"

#define PRAGMA "{{%AUTOESCAPE context=\"HTML\"}}\n"

static char *expand(const char *tpl, const char *key, const char *value)
{
    static int serial;
    char name[32];
    snprintf(name, sizeof name, "t%d", ++serial);
    char *msg = NULL;
    assert_int_equal(html_tpl_register(name, tpl, &msg), ERR_OK);
    HtmlDict *d = html_dict_new("root");
    html_dict_set(d, key, value);
    char *out = NULL;
    assert_int_equal(html_tpl_expand(name, d, &out, NULL, &msg), ERR_OK);
    html_dict_free(d);
    return out;
}

static void text_escapes_markup_and_quotes(void **state)
{
    (void)state;
    char *s = expand(PRAGMA "<p>{{V}}</p>", "V", "<script>a&b\"c'd</script>");
    assert_string_equal(s, "<p>&lt;script&gt;a&amp;b&quot;c&#39;d&lt;/script&gt;</p>");
    free(s);
}

static void attribute_escapes_quotes(void **state)
{
    (void)state;
    char *s = expand(PRAGMA "<a title=\"{{V}}\">x</a>", "V", "\"><b>'&");
    assert_null(strstr(s, "\"><b>"));
    assert_string_equal(s, "<a title=\"&quot;&gt;&lt;b&gt;&#39;&amp;\">x</a>");
    free(s);
}

static void javascript_url_is_neutralised(void **state)
{
    (void)state;
    char *s = expand(PRAGMA "<a href=\"{{U}}\">x</a>", "U", "javascript:alert(1)");
    assert_string_equal(s, "<a href=\"#\">x</a>");
    free(s);
    s = expand(PRAGMA "<a href=\"{{U}}\">x</a>", "U", "https://ex.org/a?b=1&c=\"2\"");
    assert_string_equal(s, "<a href=\"https://ex.org/a?b=1&amp;c=&quot;2&quot;\">x</a>");
    free(s);
}

static void sections_repeat_and_hide(void **state)
{
    (void)state;
    char *msg = NULL;
    assert_int_equal(html_tpl_register("sec", PRAGMA
        "{{#ROW}}[{{V}}]{{#ROW_separator}},{{/ROW_separator}}{{/ROW}}"
        "{{#NONE}}none{{/NONE}}", &msg), ERR_OK);
    HtmlDict *d = html_dict_new("root");
    html_dict_set(html_dict_add_section(d, "ROW"), "V", "a<");
    html_dict_set_int(html_dict_add_section(d, "ROW"), "V", 42);
    char *out = NULL;
    assert_int_equal(html_tpl_expand("sec", d, &out, NULL, &msg), ERR_OK);
    assert_string_equal(out, "[a&lt;],[42]");
    free(out);
    html_dict_free(d);
}

static void globals_reach_included_templates_which_escape_too(void **state)
{
    (void)state;
    char *msg = NULL;
    assert_int_equal(html_tpl_register("inc", PRAGMA "<i>{{G}}{{L}}</i>", &msg), ERR_OK);
    assert_int_equal(html_tpl_register("outer", PRAGMA "{{>BODY}}", &msg), ERR_OK);
    HtmlDict *d = html_dict_new("root");
    html_dict_set_global(d, "G", "<g>");
    html_dict_set(html_dict_add_include(d, "BODY", "inc"), "L", "&");
    char *out = NULL;
    assert_int_equal(html_tpl_expand("outer", d, &out, NULL, &msg), ERR_OK);
    assert_string_equal(out, "<i>&lt;g&gt;&amp;</i>");
    free(out);
    html_dict_free(d);
}

/* The bridge remembers each key by its address: a key written into the
 * same buffer with other text, or first seen on another thread, must still
 * name its own variable. */
static char *expand_keys_from_one_buffer(void)
{
    char *msg = NULL;
    HtmlDict *d = html_dict_new("root");
    char name[8];
    for (int i = 0; i < 3; i++) {
        snprintf(name, sizeof name, "K%d", i);
        char value[8];
        snprintf(value, sizeof value, "v%d", i);
        html_dict_set(d, name, value);
        snprintf(name, sizeof name, "S%d", i);
        html_dict_show(d, name);
    }
    char *out = NULL;
    assert_int_equal(html_tpl_expand("keys", d, &out, NULL, &msg), ERR_OK);
    html_dict_free(d);
    return out;
}

static void *expand_on_a_thread(void *arg)
{
    (void)arg;
    return expand_keys_from_one_buffer();
}

static void keys_from_a_reused_buffer_name_their_own_variables(void **state)
{
    (void)state;
    char *msg = NULL;
    assert_int_equal(html_tpl_register("keys", PRAGMA
        "{{K0}}.{{K1}}.{{K2}}|{{#S0}}a{{/S0}}{{#S1}}b{{/S1}}{{#S2}}c{{/S2}}",
        &msg), ERR_OK);
    for (int round = 0; round < 2; round++) {
        char *out = expand_keys_from_one_buffer();
        assert_string_equal(out, "v0.v1.v2|abc");
        free(out);
    }
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, expand_on_a_thread, NULL), 0);
    void *out = NULL;
    assert_int_equal(pthread_join(t, &out), 0);
    assert_string_equal(out, "v0.v1.v2|abc");
    free(out);
}

static void missing_template_is_an_error_with_a_message(void **state)
{
    (void)state;
    HtmlDict *d = html_dict_new("root");
    char *out = (char *)"sentinel", *msg = NULL;
    assert_int_equal(html_tpl_expand("no-such.tpl", d, &out, NULL, &msg), ERR_RENDER);
    assert_null(out);
    assert_non_null(msg);
    assert_non_null(strstr(msg, "no-such.tpl"));
    free(msg);
    html_dict_free(d);
}

static void template_without_pragma_is_refused(void **state)
{
    (void)state;
    char *msg = NULL;
    assert_int_equal(html_tpl_register("raw", "<b>{{V}}</b>", &msg), ERR_RENDER);
    assert_non_null(strstr(msg, "AUTOESCAPE"));
    free(msg);
}

static void folder_with_a_partial_lacking_the_pragma_is_refused(void **state)
{
    (void)state;
    const char *dir = test_tmpdir("html_tpl_pragma");
    char path[4200];
    Diag d = DIAG_INIT;
    snprintf(path, sizeof path, "%s/good.tpl", dir);
    assert_int_equal(fs_write_file(path, PRAGMA "ok", 33, &d), ERR_OK);
    char *msg = NULL;
    assert_int_equal(html_tpl_set_root(dir, &msg), ERR_OK);
    snprintf(path, sizeof path, "%s/partial.tpl", dir);
    assert_int_equal(fs_write_file(path, "<b>{{V}}</b>", 12, &d), ERR_OK);
    assert_int_equal(html_tpl_set_root(dir, &msg), ERR_RENDER);
    assert_non_null(strstr(msg, "partial.tpl"));
    free(msg);
    diag_release(&d);
}

static void site_templates_all_carry_the_pragma(void **state)
{
    (void)state;
    char *msg = NULL;
    Err e = html_tpl_set_root(test_path("templates"), &msg);
    if (e)
        fprintf(stderr, "%s\n", msg);
    assert_int_equal(e, ERR_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_escapes_markup_and_quotes),
        cmocka_unit_test(attribute_escapes_quotes),
        cmocka_unit_test(javascript_url_is_neutralised),
        cmocka_unit_test(sections_repeat_and_hide),
        cmocka_unit_test(globals_reach_included_templates_which_escape_too),
        cmocka_unit_test(keys_from_a_reused_buffer_name_their_own_variables),
        cmocka_unit_test(missing_template_is_an_error_with_a_message),
        cmocka_unit_test(template_without_pragma_is_refused),
        cmocka_unit_test(folder_with_a_partial_lacking_the_pragma_is_refused),
        cmocka_unit_test(site_templates_all_carry_the_pragma),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
