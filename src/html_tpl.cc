// html_tpl.cc -- the ctemplate bridge (see html_tpl.h).  The only C++ file:
// every entry point catches everything, so no exception crosses into C.
#include "html_tpl.h"

#include <ctemplate/template.h>
#include <dirent.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace {

const char kPragma[] = "{{%AUTOESCAPE context=\"HTML\"}}";

ctemplate::TemplateDictionary *dict(HtmlDict *d)
{
    return reinterpret_cast<ctemplate::TemplateDictionary *>(d);
}

HtmlDict *handle(ctemplate::TemplateDictionary *d)
{
    return reinterpret_cast<HtmlDict *>(d);
}

char *dup_string(const std::string &s)
{
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (p) {
        std::memcpy(p, s.data(), s.size());
        p[s.size()] = '\0';
    }
    return p;
}

Err fail(char **errmsg, const std::string &msg)
{
    if (errmsg)
        *errmsg = dup_string(msg);
    return ERR_RENDER;
}

bool has_pragma(const std::string &text)
{
    return text.compare(0, sizeof kPragma - 1, kPragma) == 0;
}

bool ends_with(const std::string &s, const char *suffix)
{
    size_t n = std::strlen(suffix);
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

// Every *.tpl in `dir` must open with the pragma (dependency-notes §7: a
// partial without it is expanded unescaped).
Err check_dir(const std::string &dir, char **errmsg)
{
    DIR *dp = opendir(dir.c_str());
    if (!dp)
        return fail(errmsg, "cannot open template folder " + dir);
    Err err = ERR_OK;
    while (struct dirent *e = readdir(dp)) {
        std::string name = e->d_name;
        if (!ends_with(name, ".tpl"))
            continue;
        std::ifstream in(dir + "/" + name, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in || !has_pragma(text.str())) {
            err = fail(errmsg, "template " + dir + "/" + name +
                                   " does not begin with " + kPragma);
            break;
        }
    }
    closedir(dp);
    return err;
}

} // namespace

extern "C" {

Err html_tpl_set_root(const char *dir, char **errmsg)
{
    try {
        if (errmsg)
            *errmsg = nullptr;
        Err err = check_dir(dir, errmsg);
        if (err)
            return err;
        ctemplate::mutable_default_template_cache()->ClearCache();
        if (!ctemplate::mutable_default_template_cache()
                 ->SetTemplateRootDirectory(dir))
            return fail(errmsg, std::string("cannot use template folder ") + dir);
        return ERR_OK;
    } catch (...) {
        return fail(errmsg, "template folder: unexpected failure");
    }
}

Err html_tpl_register(const char *name, const char *text, char **errmsg)
{
    try {
        if (errmsg)
            *errmsg = nullptr;
        std::string t = text;
        if (!has_pragma(t))
            return fail(errmsg, std::string("template ") + name +
                                    " does not begin with " + kPragma);
        if (!ctemplate::StringToTemplateCache(name, t.data(), t.size(),
                                              ctemplate::STRIP_BLANK_LINES))
            return fail(errmsg, std::string("template ") + name +
                                    ": cannot register (syntax error or "
                                    "registered twice)");
        return ERR_OK;
    } catch (...) {
        return fail(errmsg, std::string("template ") + name +
                                ": unexpected failure");
    }
}

void html_tpl_clear(void)
{
    try {
        ctemplate::mutable_default_template_cache()->ClearCache();
    } catch (...) {
    }
}

HtmlDict *html_dict_new(const char *name)
{
    try {
        return handle(new ctemplate::TemplateDictionary(name));
    } catch (...) {
        return nullptr;
    }
}

void html_dict_free(HtmlDict *d)
{
    try {
        delete dict(d);
    } catch (...) {
    }
}

void html_dict_set(HtmlDict *d, const char *key, const char *value)
{
    try {
        dict(d)->SetValue(key, value ? value : "");
    } catch (...) {
    }
}

void html_dict_set_int(HtmlDict *d, const char *key, long value)
{
    try {
        dict(d)->SetIntValue(key, value);
    } catch (...) {
    }
}

void html_dict_set_global(HtmlDict *d, const char *key, const char *value)
{
    try {
        dict(d)->SetTemplateGlobalValue(key, value ? value : "");
    } catch (...) {
    }
}

void html_dict_show(HtmlDict *d, const char *section)
{
    try {
        dict(d)->ShowSection(section);
    } catch (...) {
    }
}

HtmlDict *html_dict_add_section(HtmlDict *d, const char *section)
{
    try {
        return handle(dict(d)->AddSectionDictionary(section));
    } catch (...) {
        return nullptr;
    }
}

HtmlDict *html_dict_add_include(HtmlDict *d, const char *marker,
                                const char *file)
{
    try {
        ctemplate::TemplateDictionary *inc = dict(d)->AddIncludeDictionary(marker);
        inc->SetFilename(file);
        return handle(inc);
    } catch (...) {
        return nullptr;
    }
}

Err html_tpl_expand(const char *file, const HtmlDict *d, char **out,
                    size_t *len, char **errmsg)
{
    *out = nullptr;
    if (errmsg)
        *errmsg = nullptr;
    try {
        std::string s;
        const auto *td = reinterpret_cast<const ctemplate::TemplateDictionary *>(d);
        if (!ctemplate::ExpandTemplate(file, ctemplate::STRIP_BLANK_LINES, td, &s))
            return fail(errmsg, std::string("cannot expand template ") + file +
                                    " (missing, unreadable or invalid)");
        *out = dup_string(s);
        if (!*out)
            return fail(errmsg, "out of memory expanding template");
        if (len)
            *len = s.size();
        return ERR_OK;
    } catch (...) {
        return fail(errmsg, std::string("template ") + file +
                                ": unexpected failure");
    }
}

} // extern "C"
