#!/usr/bin/env python3
"""gen_data.py -- deterministic synthetic data for cyberdash benchmarks.

Writes a data folder valid per SPEC §2: ~200 countries, 5 GCI editions,
N projects and M participation rows over twenty years.  The same seed and
sizes give the same bytes.

    bench/gen_data.py --out /tmp/bench-1m --projects 20000 --participation 1000000
"""
import argparse
import csv
import os
import random

REGIONS = ["Southeast Asia", "South Asia", "East Asia", "Central Asia", "Pacific",
           "Africa", "Middle East", "Europe", "Latin America and the Caribbean",
           "North America"]
PILLARS = ["legal", "technical", "organizational", "capacity_development", "cooperation"]
SCHEMES = ["technical_cooperation", "training", "expert_dispatch", "seminar",
           "grant_aid", "loan", "triangular", "other"]
EDITIONS = [(2017, "2017-07-05"), (2018, "2019-04-30"), (2020, "2021-06-29"),
            (2024, "2024-09-12"), (2026, "2026-09-01")]


def iso3_codes(n):
    codes, letters = [], "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for a in letters:
        for b in letters:
            codes.append("X" + a + b)
            if len(codes) == n:
                return codes
    return codes


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--countries", type=int, default=190)
    ap.add_argument("--projects", type=int, default=20000)
    ap.add_argument("--participation", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    codes = iso3_codes(a.countries)

    write(os.path.join(a.out, "countries.csv"), ["iso3", "name", "region", "target_stage", "name_ja"],
          [[c, "Country " + c, REGIONS[i % len(REGIONS)], "", "国" + c] for i, c in enumerate(codes)])
    write(os.path.join(a.out, "gci_editions.csv"), ["edition", "published", "pillar_max", "overall_max"],
          [[y, p, 20, 100] for y, p in EDITIONS])
    gci = []
    for c in codes:
        base = rnd.uniform(2, 90)
        for y, _ in EDITIONS:
            base = min(99.0, max(0.0, base + rnd.uniform(-5, 12)))
            pillars = [round(min(20.0, max(0.0, base / 5 + rnd.uniform(-2, 2))), 2) for _ in PILLARS]
            tier = "" if y < 2024 else str(5 - min(4, int(sum(pillars) // 20)))
            gci.append([c, y, f"{sum(pillars):.2f}"] + [f"{p:.2f}" for p in pillars] + [tier])
    write(os.path.join(a.out, "gci.csv"), ["iso3", "edition", "overall"] + PILLARS + ["tier"], gci)

    projects = []
    for i in range(a.projects):
        start_y = rnd.randint(2006, 2026)
        start = f"{start_y}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        end = "" if rnd.random() < 0.2 else f"{start_y + rnd.randint(0, 4)}-12-31"
        ctry = ";".join(sorted(rnd.sample(codes, rnd.choice([0, 1, 1, 1, 2, 5]))))
        pil = ";".join(sorted(rnd.sample(PILLARS, rnd.randint(0, 3))))
        projects.append([f"P{i:06d}", f"Project {i} on cyber capacity", rnd.choice(SCHEMES), ctry,
                         start, end, pil, "Ministry of ICT", "Partner A;Partner B",
                         rnd.randint(0, 10**9), f"https://example.org/p/{i}"])
    write(os.path.join(a.out, "projects.csv"),
          ["project_id", "title", "scheme", "countries", "start", "end", "pillars",
           "counterpart", "partners", "budget_jpy", "url"], projects)

    with open(os.path.join(a.out, "participation.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["project_id", "iso3", "fiscal_year", "participants", "female"])
        for _ in range(a.participation):
            n = rnd.randint(1, 30)
            w.writerow([f"P{rnd.randrange(a.projects):06d}", rnd.choice(codes),
                        rnd.randint(2006, 2026), n, rnd.randint(0, n)])

    assess = []
    for c in codes[: a.countries // 4]:
        assess.append([c, f"20{rnd.randint(22, 26)}-0{rnd.randint(1, 9)}-15", "I2",
                       rnd.randint(1, 4), rnd.choice(["", "growing", "networking"]), "", "",
                       "Synthetic assessment"])
    write(os.path.join(a.out, "assessments.csv"),
          ["iso3", "date", "kind", "rating", "stage", "pillar", "project_id", "summary"], assess)


if __name__ == "__main__":
    main()
