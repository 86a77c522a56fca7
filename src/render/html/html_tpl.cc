// html_tpl.cc -- the ctemplate bridge (see html_tpl.h).  The only C++ file:
// every entry point catches everything, so no exception crosses into C.
#include "render/html/html_tpl.h"

#include <ctemplate/template.h>
#include <dirent.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <unordered_map>

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

// ---- keys with their ids ----
//
// Given a plain `const char *` key, ctemplate hashes it and then, on every
// SetValue, ShowSection and AddSectionDictionary, checks it into a global
// id-to-name map under a lock (with a debug assertion that looks it up
// again): a quarter of the site's time at 20,000 project pages.  A key that
// already carries its id (a StaticTemplateString, which ctemplate's STS_INIT
// makes at start-up) skips all of it.  Our keys are made once per process
// here, the first time each is seen, and each thread remembers them by the
// address of the caller's string (checked against the text, so a key built
// in a reused buffer is still right).

struct Key {
    std::string text;
    ctemplate::StaticTemplateString sts;
};

std::mutex keys_lock;
// Never freed: ctemplate's global id-to-name map may point into the texts.
std::unordered_map<std::string, Key *> *keys;

const Key *key_make(const char *text)
{
    std::lock_guard<std::mutex> guard(keys_lock);
    if (!keys)
        keys = new std::unordered_map<std::string, Key *>();
    auto it = keys->find(text);
    if (it != keys->end())
        return it->second;
    Key *k = new Key{ text, {} };
    k->sts.do_not_use_directly_.ptr_ = k->text.c_str();
    k->sts.do_not_use_directly_.length_ = k->text.size();
    k->sts.do_not_use_directly_.id_ = ctemplate::kIllegalTemplateId;
    ctemplate::StaticTemplateStringInitializer computes_id(&k->sts);
    keys->emplace(k->text, k);
    return k;
}

struct KeySlot {
    const char *ptr;
    const Key *key;
};
constexpr int kKeySlotBits = 11;
thread_local KeySlot key_slots[1 << kKeySlotBits];

ctemplate::TemplateString key(const char *text)
{
    // Fibonacci hashing of the address: neighbouring strings (the labels'
    // names sit side by side) land in different slots.
    std::uint64_t h = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(text))
                      * 0x9E3779B97F4A7C15u;
    KeySlot &slot = key_slots[h >> (64 - kKeySlotBits)];
    if (slot.ptr != text || std::strcmp(text, slot.key->text.c_str()) != 0) {
        slot.key = key_make(text);
        slot.ptr = text;
    }
    return ctemplate::TemplateString(slot.key->sts);
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

void html_dict_set(HtmlDict *d, const char *name, const char *value)
{
    try {
        dict(d)->SetValue(key(name), value ? value : "");
    } catch (...) {
    }
}

void html_dict_set_int(HtmlDict *d, const char *name, long value)
{
    try {
        dict(d)->SetIntValue(key(name), value);
    } catch (...) {
    }
}

void html_dict_set_global(HtmlDict *d, const char *name, const char *value)
{
    try {
        dict(d)->SetTemplateGlobalValue(key(name), value ? value : "");
    } catch (...) {
    }
}

void html_dict_show(HtmlDict *d, const char *section)
{
    try {
        dict(d)->ShowSection(key(section));
    } catch (...) {
    }
}

HtmlDict *html_dict_add_section(HtmlDict *d, const char *section)
{
    try {
        return handle(dict(d)->AddSectionDictionary(key(section)));
    } catch (...) {
        return nullptr;
    }
}

HtmlDict *html_dict_add_include(HtmlDict *d, const char *marker,
                                const char *file)
{
    try {
        ctemplate::TemplateDictionary *inc = dict(d)->AddIncludeDictionary(key(marker));
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
