#!/usr/bin/env python3
"""json_subset.py EXPECTED ACTUAL -- exit 0 when EXPECTED is a subset of ACTUAL.

Objects: every key of EXPECTED must be in ACTUAL with a matching value
(ACTUAL may have more keys).  Arrays: the same length, compared element by
element in order.  Numbers: equal once both are rounded to 2 decimals,
half away from zero, from their decimal text (SPEC §3.7), so 9.725 and
9.73 match and binary floating point never decides.  Booleans match only
booleans, null only null.  Every mismatch is printed with its JSON path.
"""
import json
import sys
from decimal import Decimal, ROUND_HALF_UP


def hundredths(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def show(x):
    return json.dumps(x, default=str)[:80]


def is_number(x):
    return isinstance(x, (int, float, Decimal)) and not isinstance(x, bool)


def compare(exp, act, path, errors):
    if isinstance(exp, dict):
        if not isinstance(act, dict):
            errors.append(f"{path}: expected an object, got {show(act)}")
            return
        for k, v in exp.items():
            if k not in act:
                errors.append(f"{path}.{k}: missing")
            else:
                compare(v, act[k], f"{path}.{k}", errors)
    elif isinstance(exp, list):
        if not isinstance(act, list):
            errors.append(f"{path}: expected an array, got {show(act)}")
            return
        if len(exp) != len(act):
            errors.append(f"{path}: expected {len(exp)} elements, got {len(act)}")
        for i, (e, a) in enumerate(zip(exp, act)):
            compare(e, a, f"{path}[{i}]", errors)
    elif is_number(exp):
        if not is_number(act) or hundredths(exp) != hundredths(act):
            errors.append(f"{path}: expected {exp}, got {show(act)}")
    elif exp != act or type(exp) is not type(act):
        errors.append(f"{path}: expected {show(exp)}, got {show(act)}")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        exp = json.load(f, parse_float=Decimal)
    with open(argv[2], encoding="utf-8") as f:
        act = json.load(f, parse_float=Decimal)
    errors = []
    compare(exp, act, "$", errors)
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
