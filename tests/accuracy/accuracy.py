#!/usr/bin/env python3
"""Accuracy of planlint on labelled corpora of real drafts, held to floors kept in the repository.

    python3 tests/accuracy/accuracy.py build/planlint                 # score, compare with floors
    python3 tests/accuracy/accuracy.py build/planlint --raise-floors  # after an improvement
    python3 tests/accuracy/accuracy.py build/planlint --markdown      # the README's table

Scores every corpus named in floors.json (the shared one in ../shared/corpus, ours in
tests/corpus) with the shared scorer, score.py, which reads `.txt` documents only: a Markdown
document of a corpus is scored through a view of the corpus where it is linked under a `.txt`
name, and planlint is called through a launcher that follows the link back, so planlint still
reads it as Markdown.

Exit status: 0 when every figure reaches its floor, 1 when one falls below, 2 when the scorer
cannot run. --raise-floors only ever raises a floor (to the figure measured, rounded down to two
decimals); lowering one is a deliberate edit of floors.json, never something this script does.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.dirname(os.path.dirname(HERE))
FLOORS = os.path.join(HERE, "floors.json")

# The figures held to a floor: (name in floors.json, how to read it from score.py's totals).
FIGURES = {
    "heading_precision": lambda t: t["headings"][0],
    "heading_recall": lambda t: t["headings"][1],
    "heading_f1": lambda t: t["headings"][2],
    "level_accuracy": lambda t: t["level"],
    "placeholder_precision": lambda t: t["placeholders"][0],
    "placeholder_recall": lambda t: t["placeholders"][1],
    "numbering_precision": lambda t: t["numbering"][0],
    "numbering_recall": lambda t: t["numbering"][1],
    "themes": lambda t: t["themes"],
    "residue_recall": lambda t: t["residue_recall"],
    "residue_precision": lambda t: t["residue_precision"],
    "look_alikes_not_called_headings": lambda t: ratio_not_called(t["not_headings_called_headings"]),
}


def ratio_not_called(pair):
    called, listed = pair
    return None if not listed else 1 - called / listed


def launcher_script(directory, planlint):
    """A stand-in binary for score.py: runs planlint on the file a view's link points at."""
    path = os.path.join(directory, "planlint-through-links")
    with open(path, "w", encoding="utf-8") as script:
        script.write('#!/bin/sh\n'
                     '# Every argument that is a link of a corpus view names the document it points at.\n'
                     'for argument; do\n'
                     '  shift\n'
                     '  [ -L "$argument" ] && argument=$(readlink -f -- "$argument")\n'
                     '  set -- "$@" "$argument"\n'
                     'done\n'
                     'exec "%s" "$@"\n' % planlint)
    os.chmod(path, 0o755)
    return path


def link_documents(source, view):
    """Links every document of `source` into `view`, a Markdown one under a `.txt` name."""
    if not os.path.isdir(source):
        return
    os.makedirs(view, exist_ok=True)
    for name in sorted(os.listdir(source)):
        stem, extension = os.path.splitext(name)
        if extension in (".txt", ".md"):
            os.symlink(os.path.join(source, name), os.path.join(view, stem + ".txt"))


def corpus_view(corpus, view):
    """A folder laid out as score.py expects, whose documents link into `corpus`."""
    for part in ("docs", os.path.join("mutants", "docs")):
        link_documents(os.path.join(corpus, part), os.path.join(view, part))
    for part in ("truth", os.path.join("mutants", "truth"), "docs-enc"):
        if os.path.isdir(os.path.join(corpus, part)):
            os.makedirs(os.path.dirname(os.path.join(view, part)), exist_ok=True)
            os.symlink(os.path.join(corpus, part), os.path.join(view, part))


def score(scorer, planlint, corpus_name, corpus, work):
    view = os.path.join(work, corpus_name)
    corpus_view(corpus, view)
    figures = os.path.join(work, corpus_name + ".json")
    launcher = launcher_script(work, planlint)
    run = subprocess.run([sys.executable, scorer, launcher, "--corpus", view, "--json", figures],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if run.returncode != 0 or not os.path.exists(figures):
        sys.stdout.write(run.stdout)
        raise RuntimeError("score.py failed on %s (exit %d)" % (corpus, run.returncode))
    with open(figures, encoding="utf-8") as fh:
        return json.load(fh), run.stdout


def measured_figures(totals):
    out = {}
    for name, read in FIGURES.items():
        try:
            value = read(totals)
        except (KeyError, IndexError, TypeError):
            value = None
        if value is not None:
            out[name] = value
    for operator, (caught, count) in sorted(totals.get("mutations_caught", {}).items()):
        if count:
            out["caught_" + operator] = caught / count
    return out


def floor_down(value):
    return math.floor(value * 100 + 1e-9) / 100


def compare(corpus_name, set_name, figures, floors, failures):
    rows = []
    for name, floor in sorted(floors.items()):
        value = figures.get(name)
        ok = value is not None and value + 1e-9 >= floor
        if not ok:
            failures.append("%s/%s %s = %s, floor %.2f" % (corpus_name, set_name, name,
                                                          "none" if value is None else "%.3f" % value,
                                                          floor))
        rows.append((name, value, floor, ok))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("planlint")
    parser.add_argument("--shared", default=os.path.join(SOURCE_DIR, "..", "shared", "corpus"))
    parser.add_argument("--raise-floors", action="store_true")
    parser.add_argument("--markdown", action="store_true", help="print the figures as a table")
    args = parser.parse_args()

    planlint = os.path.abspath(args.planlint)
    scorer = os.path.join(os.path.abspath(args.shared), "score.py")
    if not os.path.exists(scorer):
        print("accuracy: the shared scorer is missing: %s" % scorer)
        return 2
    with open(FLOORS, encoding="utf-8") as fh:
        floors = json.load(fh)
    corpora = {"shared": os.path.abspath(args.shared),
               "own": os.path.join(SOURCE_DIR, "tests", "corpus")}

    failures, table = [], []
    with tempfile.TemporaryDirectory(prefix="planlint-accuracy-") as work:
        for corpus_name, corpus_floors in floors["corpora"].items():
            try:
                result, _ = score(scorer, planlint, corpus_name, corpora[corpus_name], work)
            except RuntimeError as problem:
                print("accuracy: %s" % problem)
                return 2
            encoding_ok, encoding_n = result.get("encoding_match", [0, 0])
            if encoding_ok != encoding_n:
                failures.append("%s: %d of %d encoding copies give another outline"
                                % (corpus_name, encoding_n - encoding_ok, encoding_n))
            for set_name, set_floors in corpus_floors.items():
                totals = result["totals_by_set"].get(set_name)
                if totals is None:
                    failures.append("%s/%s: no documents scored" % (corpus_name, set_name))
                    continue
                figures = measured_figures(totals)
                for name, value, floor, ok in compare(corpus_name, set_name, figures, set_floors,
                                                      failures):
                    table.append((corpus_name, set_name, name, value, floor, ok))
                if args.raise_floors:
                    for name in figures:
                        current = set_floors.get(name)
                        if current is None or floor_down(figures[name]) > current:
                            set_floors[name] = floor_down(figures[name])

    if args.markdown:
        print("| corpus | set | figure | measured | floor |")
        print("|---|---|---|---|---|")
        for corpus_name, set_name, name, value, floor, _ in table:
            print("| %s | %s | %s | %s | %.2f |" % (corpus_name, set_name, name,
                                                   "—" if value is None else "%.2f" % value, floor))
    else:
        print("%-8s %-8s %-34s %8s %6s" % ("corpus", "set", "figure", "measured", "floor"))
        for corpus_name, set_name, name, value, floor, ok in table:
            print("%-8s %-8s %-34s %8s %6.2f%s" % (corpus_name, set_name, name,
                                                  "-" if value is None else "%.3f" % value, floor,
                                                  "" if ok else "  BELOW FLOOR"))
    if args.raise_floors:
        with open(FLOORS, "w", encoding="utf-8") as fh:
            json.dump(floors, fh, indent=2, sort_keys=True)
            fh.write("\n")
        print("floors raised where planlint measured higher: %s" % os.path.relpath(FLOORS))
    if failures:
        print("\n%d figure(s) below their floor:" % len(failures))
        for failure in failures:
            print("  " + failure)
        return 1
    print("\nall figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
