#!/usr/bin/env python3
"""Checks that public headers include only downward, layer by layer.

Usage: scripts/check-layers.py [INCLUDE_DIR]   (default: include)

Each public header belongs to one layer; following its #include "econclaims/..." lines
transitively, it may reach headers of its own layer and the layers below, never above
or beside. Prints each violation as HEADER -> ... -> FORBIDDEN and exits 1 on any.
"""
import re
import sys
from pathlib import Path

# The layers and what each may reach (besides itself). Mirrors src/CMakeLists.txt.
LAYER_OF = {
    "claim.hpp": "core", "diagnostic.hpp": "core", "period.hpp": "core", "units.hpp": "core",
    "version.hpp": "core", "indicators.hpp": "core", "names.hpp": "core", "detail/expects.hpp": "core", "detail/enum_names.hpp": "core",
    "claims_io.hpp": "io",
    "text.hpp": "text_extract", "encoding.hpp": "text_extract", "extract.hpp": "text_extract",
    "corpus.hpp": "text_extract",
    "series.hpp": "series", "detail/power.hpp": "series", "detail/threads.hpp": "series",
    "report.hpp": "report",
    "store_io.hpp": "umbrella", "econclaims.hpp": "umbrella",
}
MAY_REACH = {
    "core": {"core"},
    "io": {"core", "io"},
    "text_extract": {"core", "text_extract"},
    "series": {"core", "series"},
    "report": {"core", "io", "text_extract", "series", "report"},
    "umbrella": {"core", "io", "text_extract", "series", "report", "umbrella"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]econclaims/([^">]+)[">]', re.M)


def layer(name):
    if name.startswith("series/"):
        return "series"
    if name not in LAYER_OF:
        raise SystemExit(f"check-layers: {name} belongs to no layer; add it to LAYER_OF")
    return LAYER_OF[name]


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "include") / "econclaims"
    headers = sorted(str(p.relative_to(root)) for p in root.rglob("*.hpp"))
    includes = {h: INCLUDE.findall((root / h).read_text(encoding="utf-8")) for h in headers}
    bad = 0
    for h in headers:
        allowed = MAY_REACH[layer(h)]
        # Depth-first over the include graph, keeping the path to report it.
        stack, seen = [(h, [h])], {h}
        while stack:
            cur, path = stack.pop()
            for inc in includes.get(cur, []):
                if inc in seen:
                    continue
                seen.add(inc)
                if layer(inc) not in allowed:
                    print(f"{' -> '.join(path + [inc])}: {layer(h)} may not reach {layer(inc)}")
                    bad += 1
                stack.append((inc, path + [inc]))
    print(f"check-layers: {len(headers)} headers, {bad} violations")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
