#!/usr/bin/env python3
"""make_data.py -- build the shipped default data folder (SPEC §2) from the
collected sources.

    python3 scripts/make_data.py [--shared DIR] [--out DIR]
                                 [--iso-json FILE] [--iso-mo FILE]

Inputs (read only):
  DIR/gci/gci_editions.csv, DIR/gci/gci.csv   ITU GCI scores (see their NOTES.md)
  DIR/jica/activities.csv                      JICA activities (see its NOTES.md)
  DIR/jica/results/assessments.csv             capability assessments (I2; its NOTES.md)
  iso-codes: iso_3166-1.json and the Japanese iso_3166-1.mo catalogue
DIR defaults to $CYBERDASH_SHARED_DATA, else <repo>/../shared/data.

Output: countries.csv, gci_editions.csv, gci.csv, projects.csv,
participation.csv, assessments.csv and SOURCES.md in --out (default
<repo>/data).  Standard library only; deterministic (same inputs, same
bytes); idempotent (files are replaced whole).  Every output is checked
(codes, ids, dates, ranges) before anything is written; a failed check
writes nothing and exits 1.
"""

import argparse
import calendar
import csv
import datetime
import gettext
import io
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PILLARS = ("legal", "technical", "organizational", "capacity_development",
           "cooperation")
SCHEMES = ("technical_cooperation", "training", "expert_dispatch", "seminar",
           "grant_aid", "loan", "triangular", "assessment", "other")

# --------------------------------------------------------------------------
# Regions (SPEC §2).  Base: the UN M49 geoscheme, folded into the strategy's
# regions; the exceptions are listed in REGION_NOTES and in SOURCES.md.
REGIONS = {
    "Southeast Asia": "BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM",
    "South Asia": "AFG BGD BTN IND LKA MDV NPL PAK",
    "East Asia": "CHN JPN KOR MNG PRK",
    "Central Asia": "KAZ KGZ TJK TKM UZB ARM AZE GEO",
    "Pacific": "AUS COK FJI FSM KIR MHL NIU NRU NZL PLW PNG SLB TON TUV VUT WSM",
    "Middle East": "ARE BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR YEM",
    "Africa": "AGO BDI BEN BFA BWA CAF CIV CMR COD COG COM CPV DJI DZA EGY "
              "ERI ETH GAB GHA GIN GMB GNB GNQ KEN LBR LBY LSO MAR MDG MLI "
              "MOZ MRT MUS MWI NAM NER NGA RWA SDN SEN SLE SOM SSD STP SWZ "
              "SYC TCD TGO TUN TZA UGA ZAF ZMB ZWE",
    "Europe": "ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN "
              "FRA GBR GRC HRV HUN IRL ISL ITA LIE LTU LUX LVA MCO MDA MKD "
              "MLT MNE NLD NOR POL PRT ROU RUS SMR SRB SVK SVN SWE TUR UKR VAT",
    "Latin America and the Caribbean":
              "ARG ATG BHS BLZ BOL BRA BRB CHL COL CRI CUB DMA DOM ECU GRD "
              "GTM GUY HND HTI JAM KNA LCA MEX NIC PAN PER PRY SLV SUR TTO "
              "URY VCT VEN",
    "North America": "CAN USA",
}
REGION_ORDER = ("Southeast Asia", "South Asia", "East Asia", "Central Asia",
                "Pacific", "Africa", "Middle East", "Europe",
                "Latin America and the Caribbean", "North America")
REGION_NOTES = [
    "Southeast Asia = M49 South-eastern Asia: the ten ASEAN members and "
    "Timor-Leste.",
    "South Asia = M49 Southern Asia without Iran (Afghanistan is in South "
    "Asia); Iran goes to Middle East.",
    "East Asia = M49 Eastern Asia, Mongolia included.",
    "Central Asia = M49 Central Asia plus the South Caucasus (Armenia, "
    "Azerbaijan, Georgia): the SPEC has no Caucasus region, and JICA "
    "reports Central Asia and the Caucasus together (JICA Annual Report "
    "2022, 'East Asia, Central Asia, and the Caucasus', jica.go.jp/english/"
    "about/disc/report/2022/digest/approach03.html).",
    "Pacific = M49 Oceania, Australia and New Zealand included, and Cook "
    "Islands, Niue, Palau (not ITU Member States, no GCI rows).",
    "Africa = the whole M49 Africa, North Africa included (Egypt, Libya, "
    "Tunisia, Algeria, Morocco, Sudan, Mauritania, Djibouti, Somalia, "
    "Comoros), although some organisations (JICA among them) group North "
    "Africa with the Middle East.",
    "Middle East = M49 Western Asia without the Caucasus, Cyprus and "
    "Türkiye, plus Iran; Palestine and Yemen included.",
    "Europe = M49 Europe (Russia, Belarus, Ukraine, Moldova included) plus "
    "Cyprus (EU member) and Türkiye (grouped with Europe, as in the World "
    "Bank's Europe and Central Asia region).",
    "Latin America and the Caribbean = M49 Latin America and the Caribbean "
    "(Mexico included).",
    "North America = M49 Northern America members in the data: Canada, "
    "United States.",
]

# --------------------------------------------------------------------------
# Japanese names: the catalogue's translation of the iso-codes `name` msgid,
# else (no translation) of `official_name`, else none.
# TZA: the translation of `name` reads タニザニア (typo in iso-codes 4.15's ja.po), so
# the catalogue's translation of `official_name` is used instead.
JA_USE_OFFICIAL = {"TZA": "the ja catalogue's translation of the `name` "
                          "msgid is misspelt (タニザニア連合共和国)"}

# --------------------------------------------------------------------------
# Facts from jica/NOTES.md that are not in a column of activities.csv.
BUDGET_JPY = {
    # NOTES row 6: Japanese-side cost ¥330 million (portal-worlds citing
    # JICA: 日本側の総事業費は3.3億円).
    "MNG-CSHRD-2022": (330000000, "portal-worlds.com/news/asean/28886 "
                       "(citing JICA): 日本側の総事業費は3.3億円"),
}

# Scheme `assessment` (SPEC v2 §2: a diagnostic review or preparatory
# survey; cooperation for D2, no targeted pillar for I1).  jica/NOTES.md
# predates it: "The two CMM assessments are tagged `other`. The Mongolia
# grant aid row is only at the preparatory-survey stage."  project_id ->
# (scheme in activities.csv, reason).  The activities scheme is checked, so
# that a change there is looked at; pillars stay as the source gives them.
SCHEME_ASSESSMENT = {
    "MNG-CMM-2024": ("other", "Oxford GCSCC CMM review (jica/NOTES.md row 7)"),
    "MNG-GA-CII-2025": ("grant_aid", "grant-aid preparatory survey, "
                        "scheduled to begin December 2025; no grant "
                        "agreement found (jica/NOTES.md row 8)"),
    "KHM-CMM-2023": ("other", "CMM assessment (jica/NOTES.md row 10)"),
}

# Participation (SPEC §2): people from a country taking part in an
# activity.  Rows only for events held within one fiscal year whose source
# names the participating countries; the participant number only where a
# source gives it for that country.  (project_id -> iso3 -> (number or
# None, approx, source note)); approx "yes" where the source gives the
# number approximately ("about eighty", 約150名).  Countries not listed get
# an empty number.  `date` = the activity's last day (its `end`, at its
# precision), the day by which the people had taken part.
PARTICIPATION = {
    "KCCP-CYDEF-2017": ("all", {}, "about 20 participants in total from "
                        "KHM, IDN, LAO, MMR, PHL and VNM (Impress Watch; The "
                        "Diplomat; Phnom Penh Post); no count per country"),
    "KCCP-ASEANPOL-2020": ("all", {
        "VNM": (3, "", "Viet Nam project page (jica.go.jp/project/vietnam/052/"
                "news/20200206.html): two from AIS and one from the Ministry "
                "of Foreign Affairs"),
    }, "JICA press release 2020-02-06: 17 participants incl. 9 from the "
       "ASEAN community; SGP, BRN named (press release), MYS, VNM named "
       "(Viet Nam project page); no count per country"),
    "KCCP-INTLAW-2023": ("all", {}, "JICA Tokyo 2023-09-12: 22 participants "
                         "from 19 countries; ARM, IDN, BRB, RWA, UKR named; "
                         "no count per country"),
    "KHM-CMM-2023": ("all", {}, "JICA project news 202005894 and Phnom Penh "
                     "Post: CMM stakeholder consultation with Cambodian "
                     "stakeholders (Sep 2023), results seminar 2024-03-05; "
                     "no count"),
    "MNG-CMM-2024": ("all", {
        "MNG": (150, "yes", "JICA project news 202108469 (1561961_51519): 約150名 "
                "cybersecurity staff of more than 100 organisations "
                "(Mongolian government, state and private companies, "
                "universities, international organisations); approximate"),
    }, ""),
    "PHL-RISKSEM-2024": ("all", {
        "PHL": (80, "yes", "pinoytrendingupdatesph blog 2024-07: about eighty "
                "participants from DICT and related government agencies; "
                "approximate"),
    }, ""),
    "BTN-ITU-2025": ("all", {}, "JICA project news 202108686: training for "
                     "Bhutanese senior government officials; no count"),
    "PAC-CYDER-2026": ("all", {}, "JICA 2026 seminar page: 20 participants "
                       "from 10 ODA-eligible Pacific countries incl. Fiji; "
                       "MIC release (3rd-in rewrite): 24 from 12 countries/"
                       "regions incl. Cook Islands and FSM; no count per "
                       "country"),
}

# Assessments (SPEC §2, kind I2): the two Oxford GCSCC CMM assessments.
# Rating and stage are empty: the maturity results are not public.
# (iso3, date, project_id, assessor, summary, source); the assessor as the
# sources name it (jica/NOTES.md rows 7 and 10, activities.csv partners
# "University of Oxford GCSCC (CMM methodology)" for Cambodia).
ASSESSMENTS = [
    ("KHM", "2024-03-05", "KHM-CMM-2023",
     "Oxford GCSCC CMM, applied through the JICA project with MPTC",
     "Oxford GCSCC Cybersecurity Capacity Maturity Model (CMM) assessment "
     "of Cambodia under JICA's cybersecurity capacity enhancement project "
     "with MPTC: stakeholder consultation in September 2023, report in "
     "December 2023, results seminar on 2024-03-05 (the date used). Five CMM "
     "dimensions. Maturity results not published.",
     "https://www.jica.go.jp/oda/project/202005894/news/1546251_51516.html;"
     "https://m.phnompenhpost.com/national/ministry-hosts-cyber-security-"
     "consultation"),
    ("MNG", "2024-10-04", "MNG-CMM-2024", "Oxford GCSCC CMM review",
     "Oxford GCSCC CMM review of Mongolia held 2024-10-02 to 2024-10-04 "
     "(last day used) under JICA's Cybersecurity Human Resource Development "
     "Project, with the UK FCDO and the Ministry of Digital Development, "
     "Innovation and Communications: about 150 cybersecurity staff of more "
     "than 100 organisations in 10 sessions. Results later presented with "
     "recommendations (national cyber-risk assessment method, baseline "
     "standards, more investment, skills programmes, cooperation against "
     "cybercrime; 24tsag.mn, date not captured). Maturity results not "
     "published.",
     "https://www.jica.go.jp/oda/project/202108469/news/1561961_51519.html;"
     "https://24tsag.mn/a/236215"),
]

# More I2 assessments (SPEC §2, §3.9) from jica/results/assessments.csv
# (its NOTES.md rates each row): the rows that state an assessor and a date
# for a cooperation country.  No row gives a rating or a stage, so both stay
# empty and the dashboard says "not rated" -- never a guessed rating.
# Key: (iso3 cell, date cell, assessor prefix) of the source row -> (date
# used, pillar, note).  The date used is the source's at its precision; a
# range "A/B" is read as its end, the first period by which the assessment
# had certainly been made (SPEC §2).  `pillar` only where the source's
# dimension names a GCI pillar ("organizational: ..."); CMM dimensions and
# cross-pillar reviews leave it empty.  Rows of one review, dimension by
# dimension, become one row whose summary lists them (WSM); the INTERPOL
# review of ten ASEAN countries becomes one row per country.  Left out, and
# why, in SOURCES.md ("assessments.csv").
RESULTS_ASSESSMENTS = [
    ("MNG", "2021", "Mongolian government assessment", "2021", "", ""),
    ("MNG", "2023-03/2024-05", "World Bank", "2024-05", "",
     "assessment ran 2023-03 to 2024-05; the end used"),
    ("IDN", "2016-03", "Oxford GCSCC CMM", "2016-03", "", ""),
    ("IDN", "2023-04-28", "e-Governance Academy NCSI", "2023-04-28", "",
     "overall figure only; the source copy is garbled (NOTES.md: low-medium)"),
    ("BTN", "2012", "ITU cybersecurity readiness", "2012", "", ""),
    ("BTN", "2020-10", "Government of Bhutan", "2020-10", "organizational",
     "self-report"),
    ("FJI", "2015", "Oxford GCSCC CMM", "2015",
     "", "another source dates the first review 2016"),
    ("FJI", "2024-02", "OCSC CMM", "2024-02", "", ""),
    ("WSM", "2018-04", "OCSC/GCSCC CMM", "2018-04", "", ""),
    ("TON", "2018-06", "OCSC/GCSCC CMM", "2018-06", "", ""),
    ("VUT", "2019-03", "OCSC CMM", "2019-03", "", ""),
    ("COK", "2022-06", "OCSC CMM", "2022-06", "", ""),
    ("PNG", "2020-01", "Oxford GCSCC CMM", "2020-01", "",
     "listed as reviewed by January 2020 (the status date used)"),
    ("KIR", "2020-01", "Oxford GCSCC CMM", "2020-01", "",
     "listed as reviewed by January 2020 (the status date used)"),
    ("FSM", "2020-01", "Oxford GCSCC CMM", "2020-01", "",
     "listed as reviewed by January 2020 (the status date used)"),
    ("THA", "2020-01", "Oxford GCSCC CMM", "2020-01", "",
     "listed as reviewed by January 2020 (the status date used)"),
    ("MMR", "2020-01", "Oxford GCSCC CMM", "2020-01", "",
     "listed as reviewed by January 2020 (the status date used)"),
    ("MMR", "2016/2019", "World Bank", "2019", "",
     "programme ran 2016 to 2019; the end used"),
    ("BRN;KHM;IDN;LAO;MYS;MMR;PHL;SGP;THA;VNM", "2016/2018", "INTERPOL", "2018",
     "", "reviews ran 2016 to 2018; the end used"),
]

# Edition facts from gci/NOTES.md ("Editions") not in gci_editions.csv.
EDITION_FACTS = {
    "2018": ("2019-04", "Published April 2019 (month only): E&T (IET) article "
             "'UK tops ITU's global cyber security index' (URL dated 2019/04); "
             "report: '© ITU 2019, Published in Geneva'; overall scale 0-1: "
             "BSSN via cyberthreat.id; pillar_max 1 is a convention only"),
    "2020": ("2021-06-29", "Date as given in the project brief; consistent "
             "with the Malaysian minister's statement of 2021-06-30 on the "
             "just-released index; pillar max 20: Katadata"),
    "2024": ("2024-09-12", "Philippine News Agency 2024-09-15 ('released "
             "Sept. 12'); Astana Times ('published ... on Sept.12'); 20 "
             "points per pillar: The Nation (Thailand)"),
}

# Rows whose overall and pillar cells are all 0 or empty, at least one 0:
# "not assessed" for SPEC v2 §2 (the loader warns and reads their cells as
# empty).  gci/NOTES.md, "Flagged values": "Kept as published by Data360 but
# suspicious ... Treat as 'not assessed / no data' unless the ITU 2020 PDF
# confirms 0."  So they are kept as published; the script checks that these
# are exactly the all-zero rows of the input.
NOT_ASSESSED = [("FSM", "2020"), ("VAT", "2020"), ("YEM", "2020")]

# reference_date (SPEC v2 §2): the end of the period an edition's data
# describes (its questionnaire's closing), only where a source in the shared
# notes states it.  edition -> (date, source).  None does: gci/NOTES.md and
# gci/raw/ give no questionnaire or data-collection dates (the Data360
# TIME_PERIOD, e.g. 2020, is the edition, not a collection period).
REFERENCE_DATES = {}

# Short notes per project for SOURCES.md (summarised from jica/NOTES.md).
PROJECT_NOTES = {
    "PHL-CIIP-2023": "JICA labels it individual expert dispatch. Start "
        "(October 2023) from JICA's page; end (September 2025) only from a "
        "news report quoting JICA's chief representative; whether it was "
        "extended is unknown.",
    "PHL-RISKSEM-2024": "Trilateral seminar with USAID (BEACON). About 80 "
        "participants (blog).",
    "PHL-CIIPSUMMIT-2024": "Only the opening date is known; end empty = not "
        "reported. The `cooperation` tag is weakly grounded.",
    "VNM-CBCS-2019": "Term from JICA's outline page; counterpart AIS/MIC "
        "(no source names VNCERT).",
    "IDN-HRDCS-2019": "Term from JICA's outline page; no source names BSSN "
        "or ID-SIRTII as counterpart.",
    "MNG-CSHRD-2022": "Planned period and ¥330 million Japanese-side cost "
        "from portal-worlds (citing JICA). English title is a literal "
        "rendering; the official one was not seen.",
    "MNG-CMM-2024": "CMM review (scheme assessment); see assessments.csv.",
    "MNG-GA-CII-2025": "Grant aid at the preparatory-survey stage only "
        "(survey scheduled to begin December 2025), hence scheme "
        "assessment; title known only in "
        "machine translation; no grant agreement found.",
    "KHM-CCE-2023": "Start year only (the first JCC was in September 2023); "
        "official English title and period not found.",
    "KHM-CMM-2023": "CMM assessment (scheme assessment); see "
        "assessments.csv.",
    "BTN-ITU-2025": "Event under JICA project no. 202108686, whose title, "
        "counterpart and period were not found.",
    "ASEAN-AJCCBC-2023": "Start year rests on 'As of 2023, JICA has assumed "
        "the funding responsibility' (Nikkei); R/D date not found; planned "
        "48 months; English title is a translation. Countries = target area "
        "(ASEAN member states).",
    "PAC-ICSC-2025": "start = R/D signing date (2025-06-24); actual start "
        "and end unknown ('a three-year period').",
    "PAC-CYDER-2026": "Countries list only the three named (FJI, FSM, "
        "COK) of 10-12.",
    "KCCP-ASEANPOL-2020": "Country list incomplete (4 named).",
    "KCCP-CYDEF-2017": "End-date conflict: 2017-03-02 (Impress Watch) vs "
        "2017-03-03 (The Diplomat, Phnom Penh Post); 03-03 kept.",
    "KCCP-CYDEF-2020": "Online run from 2020-09-23; participants and "
        "countries not entered (a JICA Tokyo article's 8 participants from "
        "5 countries may be a later run); end not reported.",
    "KCCP-INTLAW-2023": "Month only (August 2023); 5 of 19 countries named.",
    "KCCP-CYCRIME-2015": "Countries unknown; predates the cluster strategy.",
    "KCCP-ICTSEC-2016": "Known from an Indian DoPT circular only; start day "
        "OCR-garbled, so month only; countries unknown.",
}


class DataError(Exception):
    pass


# --------------------------------------------------------------------------
# Reading

def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise DataError(f"{path}: empty")
    header, body = rows[0], rows[1:]
    out = []
    for n, r in enumerate(body, start=2):
        if len(r) != len(header):
            raise DataError(f"{path}:{n}: {len(r)} fields, header has "
                            f"{len(header)}")
        out.append(dict(zip(header, r)))
    return header, out


def load_iso(json_path, mo_path):
    with open(json_path, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    with open(mo_path, "rb") as f:
        ja = gettext.GNUTranslations(f)
    return {e["alpha_3"]: e for e in entries}, ja


# --------------------------------------------------------------------------
# Countries

def english_name(e):
    """The readable English name: iso-codes' common_name when it has one;
    else `name`, with a catalogue-style inversion "X, Y" turned round to
    "Y X" (a leading "The " dropped)."""
    if "common_name" in e:
        return e["common_name"], "common_name"
    name = e["name"]
    if ", " in name:
        head, tail = name.split(", ", 1)
        turned = f"{tail} {head}"
        if turned.startswith("The "):
            turned = turned[4:]
        return turned, "name, inversion turned round"
    return name, "name"


def japanese_name(e, ja):
    """(Japanese name, msgid used): the ja catalogue's translation of the
    `name` msgid; when it has none (or for the exceptions in
    JA_USE_OFFICIAL) the translation of `official_name`; ('', None) when
    neither is translated."""
    msgids = [e["name"], e.get("official_name")]
    if e["alpha_3"] in JA_USE_OFFICIAL:
        msgids = msgids[1:]
    for msgid in msgids:
        if msgid is None:
            continue
        t = ja.gettext(msgid)
        if t != msgid:
            return t, msgid
    return "", None


def region_table():
    table = {}
    for region, codes in REGIONS.items():
        if region not in REGION_ORDER:
            raise DataError(f"region table: unknown region {region!r}")
        for c in codes.split():
            if c in table:
                raise DataError(f"region table: {c} in {table[c]} and {region}")
            table[c] = region
    return table


def build_countries(codes, iso, ja):
    regions = region_table()
    extra = sorted(set(regions) - codes)
    if extra:
        raise DataError(f"region table lists codes not in the data: {extra}")
    rows = []
    log = {"inverted": [], "untranslated": [], "common": [], "official": []}
    for c in sorted(codes):
        if c not in iso:
            raise DataError(f"{c}: not in iso-codes iso_3166-1.json")
        if c not in regions:
            raise DataError(f"{c}: no region in the region table")
        e = iso[c]
        en, how = english_name(e)
        if how == "common_name":
            log["common"].append((c, e["name"], en))
        elif how != "name":
            log["inverted"].append((c, e["name"], en))
        jn, msgid = japanese_name(e, ja)
        if not jn:
            log["untranslated"].append((c, en))
        elif msgid != e["name"]:
            log["official"].append((c, msgid, jn))
        rows.append([c, en, jn, regions[c], ""])
    return rows, log


# --------------------------------------------------------------------------
# GCI

NUM_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")


def build_gci(gci_dir):
    eh, editions = read_csv(os.path.join(gci_dir, "gci_editions.csv"))
    ed_rows, ed_max = [], {}
    for r in editions:
        y = r["edition"]
        if y not in EDITION_FACTS:
            raise DataError(f"gci_editions.csv: edition {y} has no entry in "
                            "EDITION_FACTS")
        what = f"gci_editions.csv {y}"
        shared_day, _ = date_period(r["published"], what + " published")
        reported, source = EDITION_FACTS[y]
        first, last = date_period(reported, f"EDITION_FACTS {y}")
        if not first <= shared_day <= last:
            raise DataError(f"edition {y}: published {r['published']} is not "
                            f"within reported {reported}")
        ref = ""
        if y in REFERENCE_DATES:
            ref = REFERENCE_DATES[y][0]
            if date_period(ref, f"REFERENCE_DATES {y}")[0] > last:
                raise DataError(f"edition {y}: reference_date {ref} after "
                                f"published {reported}")
        ed_rows.append([y, reported, r["pillar_max"], r["overall_max"], ref,
                        source])
        ed_max[y] = (float(r["pillar_max"]), float(r["overall_max"]))

    cols = ["iso3", "edition", "overall", *PILLARS, "tier", "source"]
    gh, gci = read_csv(os.path.join(gci_dir, "gci.csv"))
    if gh != cols:
        raise DataError(f"gci.csv: header {gh}, expected {cols}")
    rows, seen = [], set()
    for n, r in enumerate(gci, start=2):
        key = (r["iso3"], r["edition"])
        if key in seen:
            raise DataError(f"gci.csv:{n}: duplicate {key}")
        seen.add(key)
        if r["edition"] not in ed_max:
            raise DataError(f"gci.csv:{n}: undeclared edition {r['edition']}")
        pmax, omax = ed_max[r["edition"]]
        for col in ("overall", *PILLARS):
            v = r[col]
            if v == "":
                continue
            if not NUM_RE.match(v):
                raise DataError(f"gci.csv:{n}: {col} {v!r} is not a number")
            if float(v) > (omax if col == "overall" else pmax):
                raise DataError(f"gci.csv:{n}: {col} {v} out of range")
        if r["tier"] not in ("", "1", "2", "3", "4", "5"):
            raise DataError(f"gci.csv:{n}: tier {r['tier']!r}")
        rows.append([r[c] for c in cols])   # text kept exactly as published
    zero = sorted((r[0], r[1]) for r in rows
                  if all(v == "" or float(v) == 0 for v in r[2:8])
                  and any(v != "" for v in r[2:8]))
    if zero != sorted(NOT_ASSESSED):
        raise DataError(f"gci.csv: rows with all scores 0 or empty are {zero}, "
                        f"NOT_ASSESSED lists {sorted(NOT_ASSESSED)}: read "
                        "gci/NOTES.md on them and update the table")
    return ed_rows, rows


# --------------------------------------------------------------------------
# Projects

JA_CHARS = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
JA_RUN = re.compile(rf"(?:[A-Za-z0-9]+)?[{JA_CHARS}]+"
                    rf"(?:[A-Za-z0-9]+[{JA_CHARS}]+)*")
HAS_JA = re.compile(rf"[{JA_CHARS}]")


def split_title(t):
    """(English, Japanese) from a source title.  Shapes handled:
    A  "English (日本語)" / "English (日本語; note)" + tail
         -> "English" + tail / "English (note)" + tail, and 日本語;
    B  "prefix 日本語 (English description)" + tail
         -> prefix + description + tail, and prefix + 日本語
       (a description "a; b" becomes "a (b)").
    A title without Japanese is English only.  Anything else is an error,
    so that a new shape in the input is looked at rather than mangled."""
    runs = JA_RUN.findall(t)
    if not runs:
        return t, ""
    if len(runs) != 1:
        raise DataError(f"title has {len(runs)} Japanese runs: {t!r}")
    j = runs[0]
    i = t.index(j)
    pre, post = t[:i], t[i + len(j):]
    if pre.endswith("("):                          # shape A
        close = post.index(")")
        inner, tail = post[:close], post[close + 1:]
        base = pre[:-1].rstrip()
        if inner == "":
            en = base + tail
        elif inner.startswith("; "):
            en = f"{base} ({inner[2:]}){tail}"
        else:
            raise DataError(f"title shape A, unexpected {inner!r}: {t!r}")
        ja_title = j
    elif post.startswith(" ("):                    # shape B
        close = post.index(")")
        desc, tail = post[2:close], post[close + 1:]
        if "; " in desc:
            first, rest = desc.split("; ", 1)
            desc = f"{first} ({rest})"
        en = pre + desc + tail
        ja_title = pre + j
    else:
        raise DataError(f"title shape not recognised: {t!r}")
    if en[:1].islower():
        en = en[0].upper() + en[1:]
    if HAS_JA.search(en):
        raise DataError(f"English title still has Japanese: {en!r}")
    return en, ja_title


DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_period(text, what):
    """(first day, last day) of a SPEC §2 date at the precision the source
    gives: YYYY-MM-DD (one day), YYYY-MM (its month) or YYYY (its year).
    The text itself is what is written out; no day is ever invented."""
    m = DATE_RE.match(text)
    if not m:
        raise DataError(f"{what}: date {text!r} is not YYYY-MM-DD, YYYY-MM "
                        "or YYYY")
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d is not None:
            day = datetime.date(int(y), int(mo), int(d))
            return day, day
        if mo is not None:
            first = datetime.date(int(y), int(mo), 1)
            last = first.replace(day=calendar.monthrange(first.year,
                                                         first.month)[1])
            return first, last
        return datetime.date(int(y), 1, 1), datetime.date(int(y), 12, 31)
    except ValueError:
        raise DataError(f"{what}: {text!r} is not a calendar date")


def multi(cell, what, allowed=None):
    vals = cell.split(";") if cell else []
    for v in vals:
        if v == "" or v != v.strip():
            raise DataError(f"{what}: bad list {cell!r}")
        if allowed is not None and v not in allowed:
            raise DataError(f"{what}: {v!r} not one of {sorted(allowed)}")
    if len(set(vals)) != len(vals):
        raise DataError(f"{what}: repeated value in {cell!r}")
    return vals


def build_projects(activities):
    rows = []
    for n, a in enumerate(activities, start=2):
        pid = a["id"]
        what = f"activities.csv:{n} ({pid})"
        scheme = a["scheme"]
        if scheme not in SCHEMES:
            raise DataError(f"{what}: scheme {scheme!r}")
        if pid in SCHEME_ASSESSMENT:
            if scheme != SCHEME_ASSESSMENT[pid][0]:
                raise DataError(f"{what}: scheme {scheme!r}, SCHEME_ASSESSMENT "
                                f"expects {SCHEME_ASSESSMENT[pid][0]!r}")
            scheme = "assessment"
        multi(a["countries"], what + " countries")
        multi(a["perspectives"], what + " perspectives", set(PILLARS))
        multi(a["partners"], what + " partners")
        urls = multi(a["sources"], what + " sources")
        if not urls:
            raise DataError(f"{what}: no source")
        en, ja_title = split_title(a["title"])
        start, end = a["start"], a["end"]
        if not start:
            raise DataError(f"{what}: no start")
        s_first, _ = date_period(start, what + " start")
        if end:
            _, e_last = date_period(end, what + " end")
            # SPEC §2: an error only when the whole start period is after
            # the end (start 2024, end 2024-02-10 is fine).
            if s_first > e_last:
                raise DataError(f"{what}: end {end} before start {start}")
        budget = str(BUDGET_JPY[pid][0]) if pid in BUDGET_JPY else ""
        rows.append([pid, en, ja_title, scheme, a["countries"], start,
                     end, a["perspectives"], a["counterpart"], a["partners"],
                     budget, urls[0], a["sources"]])
    return rows


def fiscal_year(d):
    """Japanese fiscal year of a day: FY N = 1 April N .. 31 March N+1."""
    return d.year if d.month >= 4 else d.year - 1


def build_participation(projects):
    by_id = {p[0]: p for p in projects}
    rows = []
    for pid, (which, numbers, note) in PARTICIPATION.items():
        if pid not in by_id:
            raise DataError(f"participation: unknown project {pid}")
        p = by_id[pid]
        start, end = p[5], p[6]
        if not end:
            raise DataError(f"participation {pid}: no end, FY unknown")
        fy = fiscal_year(date_period(start, pid)[0])
        if fiscal_year(date_period(end, pid)[1]) != fy:
            raise DataError(f"participation {pid}: spans more than one FY")
        countries = p[4].split(";") if p[4] else []
        for c in numbers:
            if c not in countries:
                raise DataError(f"participation {pid}: {c} not a named "
                                "country of the activity")
        # SPEC §2: the date's period must overlap the fiscal year.
        d_first, d_last = date_period(end, pid)
        if d_first > datetime.date(fy + 1, 3, 31) or \
                d_last < datetime.date(fy, 4, 1):
            raise DataError(f"participation {pid}: date {end} outside FY{fy}")
        for c in countries:
            num, approx, src = numbers.get(c, (None, "", note))
            if approx not in ("", "yes") or (approx and num is None):
                raise DataError(f"participation {pid} {c}: approx {approx!r}")
            rows.append([pid, c, str(fy), "" if num is None else str(num),
                         "", end, approx, src])
    return rows


def results_assessments(results_csv, projects):
    """The rows of RESULTS_ASSESSMENTS, in its order (see there)."""
    _, rows = read_csv(results_csv)
    coop = set()
    for p in projects:
        coop.update(p[4].split(";") if p[4] else [])
    out = []
    for cell, date, prefix, used, pillar, note in RESULTS_ASSESSMENTS:
        hits = [r for r in rows if r["iso3"] == cell and r["date"] == date
                and r["assessor"].startswith(prefix)
                and (r["dimension"] == "overall" or "NCSI" not in prefix)]
        if not hits:
            raise DataError(f"results/assessments.csv: no row {cell} {date} {prefix}")
        if len({h["assessor"] for h in hits}) != 1:
            raise DataError(f"results/assessments.csv: {cell} {date} {prefix}: "
                            "several assessors")
        date_period(used, f"results assessment {cell}")
        summary = "; ".join(f"{h['dimension']}: {h['level']}" for h in hits)
        if note:
            summary += f" ({note})"
        sources = []
        for h in hits:
            for u in h["source"].split(";"):
                if u and u not in sources:
                    sources.append(u)
        for iso3 in cell.split(";"):
            if iso3 not in coop:
                raise DataError(f"results assessment {iso3}: not a "
                                "cooperation country")
            out.append([iso3, used, "I2", "", "", pillar, "",
                        hits[0]["assessor"], summary, ";".join(sources)])
    return out


def build_assessments(projects, countries, results_csv):
    ids = {p[0] for p in projects}
    rows = []
    for iso3, date, pid, assessor, summary, source in ASSESSMENTS:
        date_period(date, f"assessment {iso3}")
        if pid not in ids or iso3 not in countries:
            raise DataError(f"assessment {iso3} {pid}: unknown reference")
        rows.append([iso3, date, "I2", "", "", "", pid, assessor, summary,
                     source])
    for r in results_assessments(results_csv, projects):
        if r[0] not in countries:
            raise DataError(f"assessment {r[0]}: unknown country")
        rows.append(r)
    return rows


# --------------------------------------------------------------------------
# Writing

def csv_text(header, rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        if len(r) != len(header):
            raise DataError(f"internal: row {r[:2]} has {len(r)} fields")
        w.writerow(r)
    return buf.getvalue()


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x).replace("|", "\\|") for x in r)
                   + " |")
    return "\n".join(out)


def sources_md(counts, clog, regions_rows, editions, projects,
               participation):
    c = counts
    region_rows = []
    for reg in REGION_ORDER:
        members = sorted(x[0] for x in regions_rows if x[3] == reg)
        region_rows.append([reg, len(members), " ".join(members)])
    common = ", ".join(f"{x} {en}" for x, _, en in clog["common"])
    inverted = "; ".join(f"{x} \"{nm}\" -> \"{en}\""
                         for x, nm, en in clog["inverted"])
    untrans = ", ".join(f"{x} ({en})" for x, en in clog["untranslated"])
    official = "; ".join(f"{x} \"{m}\" -> {j}" for x, m, j in clog["official"])
    proj_rows = [[p[0], p[5], p[6] or "(empty)", PROJECT_NOTES.get(
        p[0], "")] for p in projects]
    part_rows = [[r[0], r[1], "FY" + r[2], r[3] or "(empty)", r[5],
                  r[6] or "", r[7]] for r in participation]
    ref_rows = "\n".join(
        f"- {e[0]}: `{REFERENCE_DATES[e[0]][0]}` ({REFERENCE_DATES[e[0]][1]})"
        if e[0] in REFERENCE_DATES else
        f"- {e[0]}: empty -- no source in `gci/NOTES.md` or `gci/raw/` "
        "states it."
        for e in editions)
    zero_rows = ", ".join(f"{i} {e}" for i, e in NOT_ASSESSED)
    ja_exc = "; ".join(f"{k}: {v}" for k, v in JA_USE_OFFICIAL.items())
    n_ongoing = sum(1 for p in projects if not p[6])
    assess_rows = "\n".join(f"  - {k} (`{v[0]}` in the activities file): {v[1]}."
                            for k, v in SCHEME_ASSESSMENT.items())
    return f"""# Default data: sources and rules

Generated by `scripts/make_data.py` -- do not edit these files by hand; edit
the inputs or the script and run

    python3 scripts/make_data.py --shared /work/shared/data

(`--shared` defaults to `$CYBERDASH_SHARED_DATA`, else `../shared/data`
beside the repository).  `tests/e2e_data_sources.sh` checks that the script
reproduces this folder byte for byte.  Inputs: `gci/` (ITU GCI scores,
`gci/NOTES.md`) and `jica/` (`activities.csv`, `jica/NOTES.md`,
`results/assessments.csv`, `results/NOTES.md`) of the shared data folder,
and Debian `iso-codes` 4.15
(`/usr/share/iso-codes/json/iso_3166-1.json`,
`/usr/share/locale/ja/LC_MESSAGES/iso_3166-1.mo`).  Nothing here needs those
inputs at run time.

All files: UTF-8, RFC 4180 (minimal quoting), LF line ends, one header row;
multi-valued cells are `;`-separated without spaces.

| file | rows | content |
|---|---|---|
| `countries.csv` | {c['countries']} | every country in the GCI data or the activities |
| `gci_editions.csv` | {c['editions']} | GCI editions 2018, 2020, 2024 |
| `gci.csv` | {c['gci']} | GCI scores, one row per country and edition |
| `projects.csv` | {c['projects']} | one row per JICA activity |
| `participation.csv` | {c['participation']} | countries named as taking part in an event |
| `assessments.csv` | {c['assessments']} | capability assessments of cooperation countries (qualitative, I2), none rated |

## countries.csv

{c['countries']} countries: the 194 of the GCI (193 ITU Member States and
Palestine) plus Cook Islands (COK), Niue (NIU) and Palau (PLW), which are not
in the GCI but are beneficiaries of PAC-ICSC-2025.  They have no GCI rows.

- `name`: iso-codes, never typed by hand.  Rule: `common_name` when iso-codes
  has one ({common}); otherwise `name`, with the catalogue-style inversion
  turned round ({inverted}).  So the English is "Vietnam", "Laos",
  "South Korea", "Bolivia" where the GCI sources say "Viet Nam" etc.
- `name_ja`: the Japanese catalogue's (`iso_3166-1.mo`) translation of the
  iso-codes `name` msgid; where the catalogue has no translation of `name`,
  its translation of `official_name`.  Exception: {ja_exc}, so the
  `official_name` translation is used.  Taken from `official_name`:
  {official}.  Empty where neither is translated (the program then falls
  back to English): {untrans}.  The translations are the official long forms where iso-codes
  has them (e.g. ラオス人民民主共和国, 大韓民国 (韓国)).
- `region`: a table in the script, by iso3.  Base: the UN M49 geoscheme,
  folded into the strategy's regions (SPEC §2):
{chr(10).join('  - ' + x for x in REGION_NOTES)}

{md_table(['region', 'countries', 'iso3'], region_rows)}

- `target_stage`: empty for every country, so the SPEC §3.4 rule derives the
  target.  No public source gives a country's target stage (the strategy PDF
  was not found, see below).

## gci_editions.csv

From `gci/gci_editions.csv` (`pillar_max`, `overall_max`) and the
"Editions" table of `gci/NOTES.md`; `published` at the precision the source
gives (SPEC §2), `source` says which:

- 2018: `2019-04`, April 2019, known to the month only (no source gives the
  day; `gci/gci_editions.csv` writes it 2019-04-30, the last day of the
  month, which is also how the program reads `2019-04`: the edition never
  counts before it was out).  `pillar_max` = 1 is a
  **convention only**: the overall scale 0-1 is confirmed (BSSN), but no
  2018 pillar scores were collected and the 2018 pillar scale was not read
  in a source.
- 2020: 2021-06-29 as given in the project brief; consistent with the
  Malaysian minister's statement of 2021-06-30 on the just-released index;
  the exact day was not read in an ITU source.  Pillars 0-20 (Katadata).
- 2024: 2024-09-12 (Philippine News Agency, Astana Times); pillars 0-20
  (The Nation).

`reference_date` (the end of the period the edition's data describes, i.e.
its questionnaire's or data collection's closing) is filled only where a
source states it:

{ref_rows}

No questionnaire or data-collection date was collected for any edition;
the Data360 `TIME_PERIOD` (2020, 2024) names the edition, not that period,
and is not used.  Where `reference_date` is empty the program uses
`published` (SPEC §2), so I1 attributes to an edition all cooperation begun
by its publication -- an upper bound on what the edition could reflect.

## gci.csv

Copied from `gci/gci.csv` (built there by `build_gci.py` from transcribed
raw files and checked by `verify_gci.py`); every number is the same decimal
text (2 decimals for 2020/2024, the 3 published decimals for 2018).  The
`source` column names each row's source:

- 2024 (194 rows, overall + 5 pillars + tier) and 2020 (194 rows, overall +
  5 pillars): World Bank Data360 dataset `ITU_GCI`
  (https://data360.worldbank.org/en/dataset/ITU_GCI), read via the GitHub
  mirror `joaolucasoliv/Homework-Questions-6---Gov-50` @260a521.  Where the
  ITU report figure (quoted by news or the Kaggle copy of the report table)
  differs from Data360 the report figure is kept and the row's `source` says
  so: PHL 2024 overall 93.49; 2020 overall of VNM 94.59, IND 97.50, TUR
  97.49, SWE 94.55, IRN 81.07, GEO 81.06, KWT 75.07, DOM 75.05.  For these
  the overall is therefore not exactly the sum of the (Data360) pillars.
- 2024 tier: derived in `gci/` from the overall with the ITU cut-offs
  (Tier 1 >= 95, 2 >= 85, 3 >= 55, 4 >= 20, else 5; ITU Regional Office for
  CIS news, 2025-01-14); tiers quoted by news agree.
- 2018 (194 rows, overall only, 0-1): the ITU GCI 2018 global table via
  GitHub `mpigmans/WM0824TU-group-9` `gci.csv` @55026ab, spot-checked
  against BSSN, Hindawi (2020, art. 5267564), VnExpress and The Nation.
- **All-zero rows** ({zero_rows}): overall and all five pillars 0.00 in
  Data360.  `gci/NOTES.md` directs keeping them as published but reading
  them as "not assessed / no data" unless the ITU 2020 PDF confirms 0 (FSM
  is missing from the Kaggle copy of the 2020 table, all three have
  positive 2018 and 2024 scores).  So they are **kept as published**
  (0.00, no tier), and SPEC v2 §2 does the reading: a row whose overall and
  pillar cells are all 0 or empty (at least one 0) is a country not
  assessed -- the program warns and counts its cells as empty, so it gives
  no 2020 baseline score or stage.  They are the only such rows (the script
  checks it).
- Unresolved differences between sources: GAB 11.38 / NER 11.36 (Kaggle has
  them swapped) and TJK 17.10 (Kaggle 17.01), Data360 kept; see
  `gci/NOTES.md`.
- 2018 (0-1 scale) is not comparable with 2020/2024 (0-100, different
  questionnaire and weights), and ITU itself cautions against comparing
  2020 and 2024 directly.

## projects.csv

One row per activity of `jica/activities.csv` (same order).  Columns:

- `project_id` = the activity `id` (made up by the research, not JICA's).
- `title` / `title_ja`: where the source title carries both languages it is
  split: "English (日本語)" gives the English part and the Japanese part (a
  note after `;` inside the brackets stays with the English, in brackets);
  "日本語 (English rendering)" gives the rendering (first letter capitalised;
  a rendering "a; b" becomes "a (b)") and the Japanese; a prefix such as
  "KCCP: " and any tail (", in Japan, 5 days") stay with the English, the
  prefix also with the Japanese.  Titles without Japanese leave `title_ja`
  empty.  English renderings marked in `jica/NOTES.md` as the researcher's
  own (MNG-CSHRD-2022, KHM-CCE-2023, ASEAN-AJCCBC-2023, KCCP titles) are not
  official titles.
- `scheme`: as in the activities file, except scheme `assessment` (SPEC
  v2: a diagnostic review or preparatory survey -- cooperation for D2, no
  targeted pillar for I1), which `jica/NOTES.md` predates ("The two CMM
  assessments are tagged `other`. The Mongolia grant aid row is only at the
  preparatory-survey stage"):
{assess_rows}
  Their `pillars` stay as the source gives them (the program ignores the
  pillars of `assessment` projects for I1).
- `countries`, `counterpart`, `partners`: as in the activities
  file.  `countries` holds the beneficiary/participating countries a source
  **names**; for multi-country training the list is often partial (see the
  notes below).  `counterpart` is one text, even where it names several
  bodies.
- `start`, `end` -- **date rule**: copied as the activities file reports
  them, at the precision the source gives (`YYYY-MM-DD`, `YYYY-MM` or
  `YYYY`, SPEC §2); no day is invented.  Where a rule needs a day the
  program reads a reduced date as the last day of its period (SPEC §2):
  KHM-CCE-2023 and ASEAN-AJCCBC-2023 (start `2023`) count from 2023-12-31,
  in FY2023 -- later than Cambodia's first JCC (September 2023), never
  earlier than the evidence.  Check: an end is before its start only when
  the whole start period is after the end's period.
- An empty `end` means **the end was not reported** (SPEC §2: shown as
  "end not reported", counted as ongoing): {n_ongoing} rows, for none of
  which a source confirms that the activity is still running.
- `pillars` = the activity `perspectives`.  No source uses the GCI pillar
  vocabulary: these are the researcher's classification of each activity's
  description (`jica/NOTES.md` gives the wording behind each), not reported
  facts.
- `budget_jpy`: only MNG-CSHRD-2022, 330000000 (Japanese-side total cost
  3.3億円, portal-worlds citing JICA).  No other source gives a cost.
- `url` = the first source URL; `sources` = all of them.

{md_table(['project_id', 'start', 'end', 'notes'], proj_rows)}

## participation.csv

"People from a country taking part in an activity in a fiscal year" (SPEC
§2; Japanese FY N = 1 April N to 31 March N+1).  A row only for an event
held within one fiscal year whose source names the country as taking part
(each named country of the activity); `participants` only where a source
gives a number **for that country**; `female` is empty everywhere (no source
gives it).  Long projects get no rows (their beneficiaries already count for
D2 through `projects.csv`), nor do events whose sources name no countries
(KCCP-CYDEF-2020, KCCP-CYCRIME-2015, KCCP-ICTSEC-2016) or no participants
(PHL-CIIPSUMMIT-2024).  An empty `participants` means not reported (never
0).

- `date` = when the people took part: the activity's last day, i.e. its
  `end` in `projects.csv` at the precision the source gives (every event
  with rows has a reported end; KCCP-INTLAW-2023 is known to the month,
  `2023-08`).  The script checks that the date's period overlaps the fiscal
  year.  KHM-CMM-2023 ran from the stakeholder consultation (September
  2023) to the results seminar (2024-03-05); the seminar is the date.
- `approx` = `yes` where the source gives the number approximately: the 80
  of PHL-RISKSEM-2024 ("about eighty", a blog) and the 150 of MNG-CMM-2024
  (約150名, which includes staff of international organisations in
  Mongolia).  The 3 of KCCP-ASEANPOL-2020 (VNM) is exact.  The "about 20"
  of KCCP-CYDEF-2017 is a total for six countries, not a per-country
  count, so those rows have no number and no `approx`.

{md_table(['project_id', 'iso3', 'fiscal year', 'participants', 'date',
           'approx', 'source'], part_rows)}

## assessments.csv

All rows are kind `I2` (SPEC §3.9).  `rating` and `stage` are empty in
every row: no public source gives a rating of change or an assessed stage,
so each assessed country's I2 result is "not rated" -- never a guessed
rating.  No row is kind `D1`: no terminal or ex-post evaluation of a JICA
cybersecurity project was found (`jica/results/NOTES.md`).

The first two rows are the Oxford GCSCC Cybersecurity Capacity Maturity
Model (CMM) assessments that JICA projects used.  `pillar` is empty (the
CMM covers five dimensions).  Dates: Cambodia 2024-03-05 (results seminar;
consultation September 2023 and report December 2023 are known to the month
only); Mongolia 2024-10-04 (last day of the review; the date the results
were presented was not captured).  `assessor`: Mongolia "Oxford GCSCC CMM
review" (`jica/NOTES.md`: "Oxford GCSCC CMM review", run with the UK FCDO
and the ministry); Cambodia "Oxford GCSCC CMM, applied through the JICA
project with MPTC" -- the sources name the GCSCC's CMM as the method
(activities partner "University of Oxford GCSCC (CMM methodology)") but not
whether GCSCC staff or the project team ran the review.

The other rows come from `jica/results/assessments.csv`: every row there
that states an assessor and a date for a cooperation country (a beneficiary
of a project in `projects.csv`), the table `RESULTS_ASSESSMENTS` of the
script choosing them.  `assessor`, the dimension and level (in `summary`,
with the caveat of NOTES.md where it has one) and `source` are copied as
given; `project_id` is empty (no project ran them).  Dates at the source's
precision; a range ("2023-03/2024-05", "2016/2019", "2016/2018") is read as
its end, the first period by which the assessment had certainly been made;
the GCSCC's "status: January 2020" list gives 2020-01 for PNG, KIR, FSM, THA
and MMR.  Rows of one review by dimension are one row (Samoa's three
observations; Mongolia's 2021 survey of 605 local government bodies); the
INTERPOL National Cyber Reviews of 2016-18 are one row for each of the ten
ASEAN countries.  `pillar` is filled only where the source's dimension
names a GCI pillar (Bhutan's 2020-10 strategy self-report: organizational).

Left out of `jica/results/assessments.csv`, and why:
- rows with no date (the rules need one): the ITU Cyberwellness profiles of
  Indonesia and Papua New Guinea, Cambodia's and Kiribati's NCSI entries,
  Bhutan's CMM self-assessment (undated, probably before mid-2015),
  Mongolia's study of 67 government organisations, Viet Nam's ITU education
  capacity assessment;
- Indonesia's NCSI sub-areas (only the overall figure is carried, from a
  garbled copy); the Cambodia (2023-12) and Mongolia (2024-10) CMM rows,
  already present with their days;
- Tonga's 2022-01-04 framework approval (a policy milestone, not an
  assessment: NOTES.md), VNISA's 2019 commentary on Viet Nam's response
  network (an association's description) and DICT's 2023-02 incident figures
  for the Philippines (a statistic, not an assessment of capability);
- Sri Lanka and Bangladesh (CMM-reviewed by January 2020): not cooperation
  countries in `projects.csv`.

## scenarios.csv and results.csv (D1): not shipped

No project's local scenario can be carried: D1 needs, for each indicator,
a baseline and a target (numbers, with a direction) and a target date, and
a measured value with its date; `jica/results/scenarios.csv` has no row
with all of them.  Its rows give project purposes and components without
figures, partner governments' own national targets without a stated
baseline (Viet Nam's 1,500 and 300 trainees by 2020 and GCI rank targets,
whose "rank" is not a GCI score this tool reads), the AJCCBC's 700 and 280
trainee targets without a baseline or date, and Mongolia's pilot
(3 provinces by 2026-02, 1 reached on 2025-12-09) without a stated
baseline.  JICA's PDM indicators (with their baselines and targets) are in
ex-ante evaluations and PDMs that were not readable (NOTES.md).  So every
started project is `no_scenario` and D1 is 0 of 0; the files are optional
(SPEC §2) and absent.

## Known to be missing

- **The Cluster Strategy for Cybersecurity PDF was not found**: its targets
  (I1 15 countries, D2 30/50 countries), indicator definitions and
  target-country list could not be verified from a primary source, and no
  public source on how JICA reports progress was found.  Hence no
  `target_stage`.
- Unknown ends (empty `end`): PHL-CIIPSUMMIT-2024 (one day known),
  MNG-GA-CII-2025, KHM-CCE-2023, ASEAN-AJCCBC-2023, PAC-ICSC-2025,
  KCCP-CYDEF-2020.  Several starts are approximate: KHM-CCE-2023 and
  ASEAN-AJCCBC-2023 (year only), PAC-ICSC-2025 (R/D date, not the actual
  start), KCCP-ICTSEC-2016 (month only), MNG-CSHRD-2022 (planned dates).
- Partial country lists: KCCP-INTLAW-2023 (5 of 19), KCCP-ASEANPOL-2020 (4
  named), PAC-CYDER-2026 (3 of 10-12), KCCP-CYDEF-2017 (6 named for about 20
  participants; whether complete is unknown); none for KCCP-CYDEF-2020, KCCP-CYCRIME-2015, KCCP-ICTSEC-2016.
  D2 counts only named countries, so it is a lower bound.
- Per-country participant numbers, and any number of women, are almost
  entirely missing.
- Official English titles and periods of the Cambodia (202005894), Bhutan
  (202108686) and AJCCBC projects; the AJCCBC R/D date; whether the
  Philippines expert dispatch was extended after September 2025.
- GCI: the 2018 release day (month only), the 2018 pillar scale
  (`pillar_max` 1 by convention) and 2018 pillar scores, GCI 2017 (not
  collected), whether FSM/VAT/YEM 2020 = 0 means "not assessed" (read so
  here), and confirmation of GAB/NER/TJK 2020
  in the ITU 2020 PDF.
- CMM maturity results for Cambodia and Mongolia (not public), so no
  assessed stage overrides the GCI-derived one, and no rating of any
  assessment: I2 is "not rated" for every assessed country.
- Every project's local scenario (PDM indicators with baseline, target and
  dates) and any D1 evaluation: see "scenarios.csv and results.csv".
"""


def write_all(out_dir, files):
    os.makedirs(out_dir, exist_ok=True)
    for name, text in files.items():
        path = os.path.join(out_dir, name)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.environ.get(
        "CYBERDASH_SHARED_DATA", os.path.join(ROOT, "..", "shared", "data")),
        help="shared data folder holding gci/ and jica/")
    ap.add_argument("--gci", help="GCI folder (default SHARED/gci)")
    ap.add_argument("--jica", help="JICA folder (default SHARED/jica)")
    ap.add_argument("--iso-json",
                    default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--iso-mo",
                    default="/usr/share/locale/ja/LC_MESSAGES/iso_3166-1.mo")
    ap.add_argument("--out", default=os.path.join(ROOT, "data"))
    a = ap.parse_args(argv)
    gci_dir = a.gci or os.path.join(a.shared, "gci")
    jica_dir = a.jica or os.path.join(a.shared, "jica")
    for p in (gci_dir, jica_dir, a.iso_json, a.iso_mo):
        if not os.path.exists(p):
            print(f"make_data.py: {p}: not found (see --help)", file=sys.stderr)
            return 66

    try:
        iso, ja = load_iso(a.iso_json, a.iso_mo)
        editions, gci = build_gci(gci_dir)
        _, activities = read_csv(os.path.join(jica_dir, "activities.csv"))
        projects = build_projects(activities)
        ids = [p[0] for p in projects]
        if len(set(ids)) != len(ids):
            raise DataError("activities.csv: duplicate id")
        codes = {r[0] for r in gci}
        for p in projects:
            codes.update(p[4].split(";") if p[4] else [])
        countries, clog = build_countries(codes, iso, ja)
        participation = build_participation(projects)
        assessments = build_assessments(
            projects, codes, os.path.join(jica_dir, "results", "assessments.csv"))
        for r in participation:
            if r[1] not in codes:
                raise DataError(f"participation: unknown country {r[1]}")
    except DataError as e:
        print(f"make_data.py: {e}", file=sys.stderr)
        return 1

    counts = {"countries": len(countries), "editions": len(editions),
              "gci": len(gci), "projects": len(projects),
              "participation": len(participation),
              "assessments": len(assessments)}
    files = {
        "countries.csv": csv_text(
            ["iso3", "name", "name_ja", "region", "target_stage"], countries),
        "gci_editions.csv": csv_text(
            ["edition", "published", "pillar_max", "overall_max",
             "reference_date", "source"], editions),
        "gci.csv": csv_text(
            ["iso3", "edition", "overall", *PILLARS, "tier", "source"], gci),
        "projects.csv": csv_text(
            ["project_id", "title", "title_ja", "scheme", "countries", "start",
             "end", "pillars", "counterpart", "partners", "budget_jpy", "url",
             "sources"],
            projects),
        "participation.csv": csv_text(
            ["project_id", "iso3", "fiscal_year", "participants", "female",
             "date", "approx", "source"], participation),
        "assessments.csv": csv_text(
            ["iso3", "date", "kind", "rating", "stage", "pillar", "project_id",
             "assessor", "summary", "source"], assessments),
        "SOURCES.md": sources_md(counts, clog, countries, editions, projects,
                                 participation),
    }
    write_all(a.out, files)
    print("make_data.py: wrote " + ", ".join(
        f"{k} {v}" for k, v in counts.items()) + f" to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
