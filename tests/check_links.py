#!/usr/bin/env python3
"""check_links.py SITE_DIR -- every local link and image of a static site
resolves (SPEC §4: relative links only, works from file://).

For every *.html under SITE_DIR: each href/src is either an http(s) or
mailto URL, a fragment, or a relative path that (without its query and
fragment) names a file inside SITE_DIR; a fragment must name an id on the
target page.  Absolute paths, `file:` and `javascript:` URLs, and paths
leaving SITE_DIR are errors.  Prints each problem; exit status 1 if any.
Standard library only.
"""
import html.parser
import os
import sys
import urllib.parse


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []   # (tag, attr, value, line)
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if value is None:
                continue
            if (name == "href" and tag in ("a", "link", "area")) or \
               (name == "src" and tag in ("img", "script", "iframe", "source")):
                self.links.append((tag, name, value, self.getpos()[0]))


def parse(path, cache):
    if path not in cache:
        p = Page()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        cache[path] = p
    return cache[path]


def check(root):
    root = os.path.realpath(root)
    cache, problems, pages = {}, [], 0
    for d, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = os.path.join(d, name)
            pages += 1
            for tag, attr, value, line in parse(path, cache).links:
                where = "%s:%d: <%s %s=%r>" % (os.path.relpath(path, root), line, tag, attr, value)
                problem = check_one(root, path, value, cache)
                if problem:
                    problems.append("%s: %s" % (where, problem))
    return pages, problems


def check_one(root, page, value, cache):
    u = urllib.parse.urlsplit(value)
    if u.scheme in ("http", "https", "mailto"):
        return None
    if u.scheme or u.netloc:
        return "not a relative link (scheme %r)" % u.scheme
    if u.path.startswith("/"):
        return "absolute path"
    if value == "#":
        return "empty fragment (a neutralised URL?)"
    target = page
    if u.path:
        target = os.path.realpath(os.path.join(os.path.dirname(page),
                                               urllib.parse.unquote(u.path)))
        if os.path.commonpath([root, target]) != root:
            return "leaves the site folder"
        if not os.path.isfile(target):
            return "missing file %s" % os.path.relpath(target, root)
    if u.fragment and target.endswith(".html"):
        if urllib.parse.unquote(u.fragment) not in parse(target, cache).ids:
            return "no id %r on %s" % (u.fragment, os.path.relpath(target, root))
    return None


def main(argv):
    if len(argv) != 2:
        print("usage: check_links.py SITE_DIR", file=sys.stderr)
        return 64
    pages, problems = check(argv[1])
    for p in problems:
        print(p)
    if pages == 0:
        print("no HTML pages under %s" % argv[1])
        return 1
    print("check_links: %d pages, %d problems" % (pages, len(problems)), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
