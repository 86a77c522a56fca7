#!/usr/bin/env python3
"""The dependency rule of docs/architecture.md, read from the #include lines
of src/: stages include only stages below them (render siblings never each
other, except that the briefs draw with the chart module), and no module
includes itself back through others.  Prints every offending edge."""
import os, re, sys

# stage -> rank; a module may include a module of strictly lower rank, or of
# its own stage (within one folder).  load and compute share rank 3 but
# must not include each other; so do present and import (import reads the
# hand-kept CSV through load/csvread); render/* siblings share rank 6.
RANKS = {"base": 0, "config": 1, "model": 2, "load": 3, "compute": 3,
         "present": 4, "import": 4, "render": 5, "render/data": 6, "render/html": 6,
         "render/xlsx": 6, "render/chart": 6, "render/feed": 6, "render/brief": 7,
         "publish": 1, "pipeline": 9, "main": 10}
ALLOWED_UP = {("render/brief", "render/chart")}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)

def module(path):
    """A file's module: its path without the extension; X_internal.h is the
    private header of module X, shared by X's own files."""
    stem = os.path.splitext(path)[0]
    return stem[:-len("_internal")] if stem.endswith("_internal") else stem

def stage(path):
    d = os.path.dirname(path)
    return d if d else os.path.splitext(path)[0]

def main(src):
    edges, problems = {}, []
    for root, _, files in os.walk(src):
        for f in files:
            if not f.endswith((".c", ".h", ".cc")):
                continue
            rel = os.path.relpath(os.path.join(root, f), src)
            mod = module(rel)
            text = open(os.path.join(root, f), encoding="utf-8").read()
            for inc in INCLUDE.findall(text):
                dep = module(inc)
                if not os.path.exists(os.path.join(src, inc)):
                    continue                      # generated or system-like
                if dep != mod:
                    edges.setdefault(mod, set()).add(dep)
    for mod, deps in sorted(edges.items()):
        for dep in sorted(deps):
            a, b = stage(mod), stage(dep)
            if a not in RANKS or b not in RANKS:
                problems.append(f"{mod} -> {dep}: stage not in the rule")
            elif a != b and RANKS[b] >= RANKS[a] and (a, b) not in ALLOWED_UP:
                problems.append(f"{mod} -> {dep}: {a} may not include {b}")
    problems += cycles(edges)
    for p in problems:
        print(p)
    n = sum(len(d) for d in edges.values())
    print(f"{len(edges)} modules, {n} include edges, {len(problems)} problem(s)")
    return 1 if problems else 0

def cycles(edges):
    out, state = [], {}
    def visit(m, path):
        state[m] = 1
        for d in sorted(edges.get(m, ())):
            if state.get(d) == 1:
                out.append("cycle: " + " -> ".join(path[path.index(d):] + [d]))
            elif d not in state:
                visit(d, path + [d])
        state[m] = 2
    for m in sorted(edges):
        if m not in state:
            visit(m, [m])
    return out

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "src"))
