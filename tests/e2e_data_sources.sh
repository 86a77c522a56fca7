#!/usr/bin/env bash
# e2e_data_sources.sh -- the shipped data/ folder is sound and is exactly
# what scripts/make_data.py makes from the collected sources.
#
# 1. Always: data/*.csv are UTF-8 without BOM, LF-only, RFC 4180, have
#    exactly the SPEC v2 headers, and are
#    consistent (every iso3 / project_id referenced exists, dates are real
#    calendar dates at the precision the source gives -- YYYY, YYYY-MM or
#    YYYY-MM-DD (SPEC §2) --, no start period wholly after its end, schemes
#    from the SPEC list, a participation date overlapping its fiscal year,
#    approx "" or "yes", ';' lists without spaces, scores in range).
# 2. When the shared sources exist ($CYBERDASH_SHARED_DATA, else
#    /work/shared/data): re-running the script into a temporary folder
#    reproduces data/ byte for byte.  Otherwise that part is skipped.
set -euo pipefail
src="${CYBERDASH_SOURCE_DIR:-$(cd "$(dirname "$0")/.." && pwd)}"
data="$src/data"

python3 - "$data" <<'PY'
import csv, datetime, os, re, sys
d = sys.argv[1]
errors = []
def err(m): errors.append(m)

# the SPEC v2 headers, exactly (no column of version 1 left behind)
HEADERS = {
    "countries.csv": "iso3,name,name_ja,region,target_stage",
    "gci_editions.csv": "edition,published,pillar_max,overall_max,reference_date,source",
    "gci.csv": "iso3,edition,overall,legal,technical,organizational,capacity_development,"
               "cooperation,tier,source",
    "projects.csv": "project_id,title,title_ja,scheme,countries,start,end,pillars,"
                    "counterpart,partners,budget_jpy,url,sources",
    "participation.csv": "project_id,iso3,fiscal_year,participants,female,date,approx,source",
    "assessments.csv": "iso3,date,kind,rating,stage,pillar,project_id,assessor,summary,source",
}

def load(name, required):
    raw = open(os.path.join(d, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err(f"{name}: BOM")
    if b"\r" in raw: err(f"{name}: CR found (LF line ends expected)")
    if not raw.endswith(b"\n"): err(f"{name}: no final LF")
    rows = list(csv.reader(raw.decode("utf-8").splitlines(True)))
    hdr = rows[0]
    if ",".join(hdr) != HEADERS[name]: err(f"{name}: header {','.join(hdr)}")
    for c in required:
        if c not in hdr: err(f"{name}: column {c} missing")
    out = []
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(hdr): err(f"{name}:{n}: {len(r)} fields"); continue
        out.append((n, dict(zip(hdr, r))))
    return out

def period(s, where):
    """SPEC §2 date at the source's precision (YYYY, YYYY-MM, YYYY-MM-DD,
    a real calendar date) -> (first day, last day) of its period."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m: err(f"{where}: date {s!r}"); return None
    y, mo, dd = m.groups()
    try:
        if dd: x = datetime.date(int(y), int(mo), int(dd)); return x, x
        if mo:
            f = datetime.date(int(y), int(mo), 1)
            return f, (f.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
        return datetime.date(int(y), 1, 1), datetime.date(int(y), 12, 31)
    except ValueError: err(f"{where}: date {s!r}"); return None

def lst(s, where):
    v = s.split(";") if s else []
    for x in v:
        if not x or x != x.strip(): err(f"{where}: list {s!r}")
    return v

SCHEMES = {"technical_cooperation","training","expert_dispatch","seminar","grant_aid",
           "loan","triangular","assessment","other"}
PILLARS = {"legal","technical","organizational","capacity_development","cooperation"}
REGIONS = {"Southeast Asia","South Asia","East Asia","Central Asia","Pacific","Africa",
           "Middle East","Europe","Latin America and the Caribbean","North America"}
countries = load("countries.csv", ["iso3","name","region","target_stage","name_ja"])
iso = set()
for n, r in countries:
    if not re.fullmatch(r"[A-Z]{3}", r["iso3"]) or r["iso3"] in iso: err(f"countries:{n}: iso3")
    iso.add(r["iso3"])
    if r["region"] not in REGIONS: err(f"countries:{n}: region {r['region']!r}")
    if not r["name"]: err(f"countries:{n}: no name")
eds = {}
for n, r in load("gci_editions.csv", ["edition","published","pillar_max","overall_max"]):
    pub = period(r["published"], f"gci_editions:{n}")
    if r.get("reference_date"):
        ref = period(r["reference_date"], f"gci_editions:{n} reference_date")
        if pub and ref and ref[0] > pub[1]:
            err(f"gci_editions:{n}: reference_date after published")
    eds[r["edition"]] = (float(r["pillar_max"]), float(r["overall_max"]))
for n, r in load("gci.csv", ["iso3","edition","overall","tier"] + sorted(PILLARS)):
    w = f"gci:{n}"
    if r["iso3"] not in iso: err(f"{w}: unknown iso3 {r['iso3']}")
    if r["edition"] not in eds: err(f"{w}: edition"); continue
    for c in ["overall"] + sorted(PILLARS):
        top = eds[r["edition"]][1 if c == "overall" else 0]
        if r[c] and not (0 <= float(r[c]) <= top):
            err(f"{w}: {c} {r[c]} out of range")
    if r["tier"] not in ("", "1", "2", "3", "4", "5"): err(f"{w}: tier")
pids = set()
for n, r in load("projects.csv", ["project_id","title","scheme","countries","start","end","pillars"]):
    w = f"projects:{n}"
    if r["project_id"] in pids: err(f"{w}: duplicate id")
    pids.add(r["project_id"])
    for c in lst(r["countries"], w):
        if c not in iso: err(f"{w}: unknown iso3 {c}")
    for p in lst(r["pillars"], w):
        if p not in PILLARS: err(f"{w}: pillar {p}")
    lst(r["partners"], w); lst(r["sources"], w)
    if r["scheme"] not in SCHEMES: err(f"{w}: scheme {r['scheme']!r}")
    s = period(r["start"], w); e = period(r["end"], w) if r["end"] else None
    # an error only when the whole start period is after the end (SPEC §2)
    if s and e and s[0] > e[1]: err(f"{w}: end before start")
    if r["budget_jpy"] and not r["budget_jpy"].isdigit(): err(f"{w}: budget")
for n, r in load("participation.csv", ["project_id","iso3","fiscal_year"]):
    w = f"participation:{n}"
    if r["project_id"] not in pids: err(f"{w}: unknown project")
    if r["iso3"] not in iso: err(f"{w}: unknown iso3")
    if not re.fullmatch(r"\d{4}", r["fiscal_year"]): err(f"{w}: fiscal_year"); continue
    for c in ("participants", "female"):
        if r[c] and not r[c].isdigit(): err(f"{w}: {c}")
    if r["approx"] not in ("", "yes"): err(f"{w}: approx {r['approx']!r}")
    if r["approx"] and not r["participants"]: err(f"{w}: approx without participants")
    if r["date"]:
        # the date's period must overlap FY N = 1 April N .. 31 March N+1
        p = period(r["date"], w); fy = int(r["fiscal_year"])
        if p and (p[0] > datetime.date(fy + 1, 3, 31) or p[1] < datetime.date(fy, 4, 1)):
            err(f"{w}: date {r['date']} outside FY{fy}")
for n, r in load("assessments.csv", ["iso3","date","kind","rating","stage","pillar",
                                      "project_id","assessor","summary","source"]):
    w = f"assessments:{n}"
    if r["iso3"] not in iso: err(f"{w}: unknown iso3")
    if r["project_id"] and r["project_id"] not in pids: err(f"{w}: unknown project")
    if r["kind"] not in ("I2", "D1"): err(f"{w}: kind")
    if r["kind"] == "D1" and not r["project_id"]: err(f"{w}: D1 without project_id")
    if r["rating"] not in ("", "1", "2", "3", "4"): err(f"{w}: rating {r['rating']!r}")
    period(r["date"], w)
for e in errors: print("e2e_data_sources:", e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
echo "e2e_data_sources: data/ is consistent"

shared="${CYBERDASH_SHARED_DATA:-/work/shared/data}"
if [[ ! -d "$shared" ]]; then
  echo "e2e_data_sources: SKIP reproduction: $shared not found (set CYBERDASH_SHARED_DATA)"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$src/scripts/make_data.py" --shared "$shared" --out "$tmp/data" >/dev/null
if ! diff -r "$data" "$tmp/data"; then
  echo "e2e_data_sources: FAIL: scripts/make_data.py does not reproduce data/" >&2
  exit 1
fi
echo "e2e_data_sources: data/ reproduced byte for byte from $shared"
