#!/usr/bin/env python3
"""The command blocks of the Markdown docs, for the tests that run them (tests/docs/).

Every fenced block a reader would paste (```sh, ```bash, ```python, or any block carrying a
marker) is preceded by a marker line:

    <!-- doc-test: NAME -->            run by the test that extracts NAME
    <!-- doc-test: skip: REASON -->    not run, and why

    doc_blocks.py extract DOC NAME    prints the blocks marked NAME, in order
    doc_blocks.py check DOC...        fails naming every pasteable block without a marker
"""
import re
import sys

PASTEABLE = {"sh", "bash", "python"}
MARKER = re.compile(r"^<!-- doc-test: (?P<name>[\w.-]+)(?P<reason>: .+)? -->$")


def blocks(path):
    """Yields (line number, info string, marker name or None, text) for each fenced block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        fence = re.match(r"^(```+)(\w*)\s*$", lines[i])
        if not fence:
            i += 1
            continue
        marker = MARKER.match(lines[i - 1]) if i > 0 else None
        end = i + 1
        while end < len(lines) and lines[end] != fence.group(1):
            end += 1
        yield i + 1, fence.group(2), marker.group("name") if marker else None, \
            "\n".join(lines[i + 1:end]) + "\n"
        i = end + 1


def main(argv):
    if len(argv) == 4 and argv[1] == "extract":
        found = [text for _, _, name, text in blocks(argv[2]) if name == argv[3]]
        if not found:
            sys.exit(f"{argv[2]}: no block marked doc-test: {argv[3]}")
        sys.stdout.write("\n".join(found))
    elif len(argv) >= 3 and argv[1] == "check":
        missing = [f"{path}:{line}: ```{info} block without a <!-- doc-test: … --> marker"
                   for path in argv[2:] for line, info, name, _ in blocks(path)
                   if info in PASTEABLE and name is None]
        if missing:
            sys.exit("\n".join(missing))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
