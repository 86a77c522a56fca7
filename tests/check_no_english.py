#!/usr/bin/env python3
"""check_no_english.py I18N_DIR OUT_DIR DATA_DIR

A Japanese build shows no English label from the catalogue (issue 10).

English labels are the values of i18n/en/*.ini whose Japanese value differs,
cut at their {placeholders} into fragments of at least two words.  Every
user-visible text of the Japanese build is searched for them: the pages'
text and alt/title/aria-label attributes, the workbook's strings and sheet
names, and the briefs' text (pdftotext).  Values from the data files (names,
titles, summaries that have no Japanese version) are removed first: they are
not labels.
"""
import configparser
import html.parser
import os
import re
import subprocess
import sys
import zipfile


def catalogue(folder):
    values = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ini"):
            continue
        section, key = None, None
        for raw in open(os.path.join(folder, name), encoding="utf-8"):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith(";"):
                continue
            if line[0] in " \t" and key:
                values[key] += " " + line.strip()
                continue
            m = re.match(r"\[(.+)\]", line.strip())
            if m:
                section = m.group(1)
                continue
            k, _, v = line.partition("=")
            key = f"{section}.{k.strip()}"
            values[key] = v.strip()
    return values


def fragments(en, ja):
    out = set()
    for key, text in en.items():
        if ja.get(key) == text:
            continue
        for part in re.split(r"\{[a-z_0-9]+\}", text):
            part = part.strip(" .,:;()-–—/")
            if len(re.findall(r"[A-Za-z]{2,}", part)) >= 2 and len(part) >= 8:
                out.add(part)
    return sorted(out, key=len, reverse=True)


def data_values(folder):
    vals = set()
    for name in os.listdir(folder):
        if not name.endswith(".csv"):
            continue
        import csv
        with open(os.path.join(folder, name), encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                for cell in row:
                    for v in [cell] + cell.split(";"):
                        v = " ".join(v.split())
                        if len(v) >= 3:
                            vals.add(v)
    return sorted(vals, key=len, reverse=True)


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        for k, v in attrs:
            if k in ("alt", "title", "aria-label") and v:
                self.parts.append(v)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def texts(out):
    for root, _, files in os.walk(out):
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.endswith(".html"):
                p = Text()
                p.feed(open(path, encoding="utf-8").read())
                yield path, "\n".join(p.parts)
            elif name.endswith(".xlsx"):
                with zipfile.ZipFile(path) as z:
                    xml = " ".join(z.read(n).decode("utf-8") for n in z.namelist()
                                   if n in ("xl/sharedStrings.xml", "xl/workbook.xml"))
                yield path, html.unescape(re.sub(r"<[^>]+>", "\n", xml))
            elif name.endswith(".pdf") and name != "all.pdf":
                r = subprocess.run(["pdftotext", "-layout", path, "-"],
                                   capture_output=True, text=True)
                yield path, r.stdout


def main():
    i18n, out, data = sys.argv[1:4]
    frags = fragments(catalogue(os.path.join(i18n, "en")), catalogue(os.path.join(i18n, "ja")))
    vals = data_values(data)
    # A label that is also part of a data value (a title "Grant aid survey")
    # cannot be told apart from it where text wraps (PDF): not searched.
    frags = [f for f in frags if not any(f in v for v in vals)]
    bad = 0
    for path, text in texts(out):
        text = " ".join(text.split())
        for v in vals:
            text = text.replace(v, " ")
        for f in frags:
            if f in text:
                print(f"{os.path.relpath(path, out)}: English label '{f}'")
                bad += 1
    print(f"check_no_english: {len(frags)} English labels searched, {bad} found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
