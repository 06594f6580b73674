#!/usr/bin/env python3
"""Figures quoted in the docs come from one place: a block marked
<!-- figures: FILE --> must be FILE exactly (bench/results/*.txt, written by the bench
scripts). Usage: figures.py SOURCE_DIR"""
import re
import sys


DOCS = ["README.md", "docs/ci.md", "docs/scale.md"]


def main(source_dir):
    problems, quoted = [], 0
    for doc in DOCS:
        lines = open(f"{source_dir}/{doc}", encoding="utf-8").read().split("\n")
        for i, line in enumerate(lines):
            marker = re.match(r"^<!-- figures: (\S+) -->$", line)
            if not marker:
                continue
            end = lines.index("```", i + 2)
            block = "\n".join(lines[i + 2:end]) + "\n"
            results = open(f"{source_dir}/{marker.group(1)}", encoding="utf-8").read()
            quoted += 1
            if block != results:
                problems.append(f"{doc}:{i + 1}: the figures differ from {marker.group(1)}")
    if quoted == 0:
        problems.append("no <!-- figures: … --> block found")
    sys.exit("\n".join(problems) if problems else None)


if __name__ == "__main__":
    main(sys.argv[1])
