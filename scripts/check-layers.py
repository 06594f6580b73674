#!/usr/bin/env python3
"""Holds the sources to the layering of docs/architecture.md: every `#include "planlint/…"` and
`#include "grammars/…"` in src/planlint/ and grammars/ must point at the file's own layer or one
below it. Prints each include that points the wrong way (file, line, include) and exits 1.

    scripts/check-layers.py [ROOT]     # ROOT: the repository (default: this script's parent)

Run by CTest as `layers`.
"""
import re
import sys
from pathlib import Path

# The picture of docs/architecture.md: each layer and the layers directly below it. A file may
# include its own layer and everything reachable downwards from it.
BELOW = {
    "core": [],
    "grammars": [],
    "text": ["core"],
    "docx": ["text"],
    "markdown": ["text"],
    "input": ["docx", "markdown"],
    "parse": ["text", "grammars"],
    "config": ["parse"],
    "engine": ["config", "input"],
    "kinds": ["engine"],
    "report": ["config"],
    "fix": ["text"],
    "baseline": ["report"],
    "cli": ["baseline", "kinds", "report", "engine", "input", "fix"],
    "serve": ["cli"],
    # The program's entry point (src/planlint/cli/main.cpp, built on its own by CMakeLists.txt):
    # it dispatches to every command, `serve` included.
    "main": ["serve"],
}
ENTRY_POINT = "src/planlint/cli/main.cpp"

INCLUDE = re.compile(r'^\s*#\s*include\s+"((?:planlint/([a-z_]+)/|(grammars)/)[^"]+)"')


def reachable(layer):
    seen, todo = set(), [layer]
    while todo:
        for lower in BELOW[todo.pop()]:
            if lower not in seen:
                seen.add(lower)
                todo.append(lower)
    return seen | {layer}


def layer_of(relative):
    if relative == ENTRY_POINT:
        return "main"
    parts = relative.split("/")
    return parts[0] if parts[0] == "grammars" else parts[2]


def sources(root):
    for top in ("src/planlint", "grammars"):
        for path in sorted((root / top).rglob("*")):
            if path.suffix in (".cpp", ".hpp"):
                yield path


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
    problems = []
    for path in sources(root):
        relative = path.relative_to(root).as_posix()
        layer = layer_of(relative)
        if layer not in BELOW:
            problems.append(f"{relative}: layer '{layer}' is not in scripts/check-layers.py; add "
                            "it there and to the picture in docs/architecture.md")
            continue
        may_include = reachable(layer)
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            match = INCLUDE.match(line)
            if not match:
                continue
            included, target = match.group(1), match.group(2) or match.group(3)
            if target in may_include:
                continue
            problems.append(f"{relative}:{number}: {layer}/ may not include \"{included}\" "
                            f"({target}/ is not below {layer}/; see docs/architecture.md)")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
