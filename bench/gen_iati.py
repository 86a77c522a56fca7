#!/usr/bin/env python3
"""gen_iati.py -- a synthetic IATI 2.03 activity file of about --mb MB, for
bench/iati.sh: activities shaped like the IATI Standard's annotated example
(titles in two languages, dates, countries, organisations, sectors, budgets,
document links, a result with periods), one in 20 about cybersecurity.
Written as a stream: the generator holds one activity at a time."""
import argparse, random

COUNTRIES = ["PH", "ID", "VN", "KH", "LA", "MM", "TH", "MY", "KE", "RW", "GH", "SN"]

def activity(i, rnd):
    cyber = i % 20 == 0
    title = ("Cybersecurity capacity development %d" % i) if cyber \
        else ("Rural water supply and sanitation phase %d" % i)
    cc = rnd.sample(COUNTRIES, 2)
    y = 2015 + i % 10
    periods = "".join(
        '<period><period-start iso-date="%d-04-01"/><period-end iso-date="%d-03-31"/>'
        '<target value="%d"/><actual value="%d"/></period>\n' % (y + k, y + k + 1, 10 + k, 9 + k)
        for k in range(3))
    budgets = "".join(
        '<budget type="1" status="1"><period-start iso-date="%d-04-01"/>'
        '<period-end iso-date="%d-03-31"/><value currency="JPY" value-date="%d-04-01">%d</value></budget>\n'
        % (y + k, y + k + 1, y + k, rnd.randrange(10**6, 10**9)) for k in range(3))
    return f"""<iati-activity xml:lang="en" default-currency="JPY" last-updated-datetime="2024-01-01T00:00:00Z">
<iati-identifier>XM-DAC-701-8-{i:08d}</iati-identifier>
<reporting-org ref="XM-DAC-701-8" type="10"><narrative>Japan International Cooperation Agency</narrative></reporting-org>
<title><narrative>{title}</narrative><narrative xml:lang="ja">案件 {i}</narrative></title>
<description type="1"><narrative>{"Long description of the activity. " * 20}</narrative></description>
<participating-org ref="XM-DAC-701-8" role="1" type="10"><narrative>JICA</narrative></participating-org>
<participating-org role="2" type="10"><narrative>Ministry {i % 97}</narrative></participating-org>
<participating-org role="4" type="10"><narrative>Agency {i % 89}</narrative></participating-org>
<activity-status code="{5 if i % 50 == 7 else 2}"/>
<activity-date iso-date="{y}-04-01" type="1"/>
<activity-date iso-date="{y}-05-10" type="2"/>
<activity-date iso-date="{y + 3}-03-31" type="3"/>
<recipient-country code="{cc[0]}" percentage="50"/>
<recipient-country code="{cc[1]}" percentage="50"/>
<sector vocabulary="1" code="{22040 if cyber else 14030}" percentage="100"/>
<sector vocabulary="99" code="technical"/>
<collaboration-type code="1"/>
<default-finance-type code="110"/>
<default-aid-type code="{"D02" if cyber else "C01"}" vocabulary="1"/>
{budgets}<document-link format="text/html" url="https://www.jica.go.jp/project/{i}/index.html"><title><narrative>Project page</narrative></title><category code="A12"/></document-link>
<document-link format="application/pdf" url="https://www.jica.go.jp/project/{i}/report.pdf"><title><narrative>Report</narrative></title><category code="A01"/></document-link>
<result type="1" aggregation-status="1"><title><narrative>Result</narrative></title>
<indicator measure="1" ascending="1"><title><narrative>Staff trained</narrative></title>
<baseline year="{y}" iso-date="{y}-04-01" value="5"/>
{periods}</indicator></result>
</iati-activity>
"""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    limit = int(a.mb * 1024 * 1024)
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<iati-activities version="2.03" generated-datetime="2024-01-01T00:00:00Z">\n')
        while f.tell() < limit:
            f.write(activity(n, rnd))
            n += 1
        f.write("</iati-activities>\n")
    print(f"gen_iati: {n} activities, {a.out}")

if __name__ == "__main__":
    main()
