#!/usr/bin/env python3
"""scripts/check-layers.py on small trees: it fails on an include that points up and names the
file, the line and the include; it passes a tree whose includes point down; it fails on a layer
it does not know."""
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "check-layers.py"


def check(files):
    with tempfile.TemporaryDirectory() as root:
        for name, text in files.items():
            path = Path(root) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        done = subprocess.run([sys.executable, str(SCRIPT), root], capture_output=True, text=True)
        return done.returncode, done.stdout


class CheckLayers(unittest.TestCase):
    def test_an_include_that_points_up_is_named(self):
        code, out = check({
            "src/planlint/text/document.cpp":
                '#include "planlint/text/document.hpp"\n\n'
                '#include "planlint/docx/docx_loader.hpp"\n',
        })
        self.assertEqual(code, 1)
        self.assertIn('src/planlint/text/document.cpp:3: text/ may not include '
                      '"planlint/docx/docx_loader.hpp"', out)

    def test_config_may_not_include_engine(self):
        code, out = check({
            "src/planlint/config/rule_set_loader.cpp":
                '#include "planlint/engine/check_document.hpp"\n',
        })
        self.assertEqual(code, 1)
        self.assertIn("config/ may not include", out)

    def test_includes_that_point_down_pass(self):
        code, out = check({
            "src/planlint/input/load_document.cpp":
                '#include "planlint/docx/docx_loader.hpp"\n#include "planlint/core/message.hpp"\n',
            "src/planlint/kinds/numbering.cpp":
                '#include "planlint/engine/finding_sink.hpp"\n'
                '#include "planlint/parse/outline.hpp"\n',
            "src/planlint/parse/heading_detector.cpp": '#include "grammars/heading.hpp"\n',
            "src/planlint/cli/main.cpp": '#include "planlint/serve/server.hpp"\n',
        })
        self.assertEqual((code, out), (0, ""))

    def test_only_the_entry_point_of_cli_may_include_serve(self):
        code, out = check({
            "src/planlint/cli/check_command.cpp": '#include "planlint/serve/server.hpp"\n',
        })
        self.assertEqual(code, 1)
        self.assertIn("src/planlint/cli/check_command.cpp:1: cli/ may not include", out)

    def test_an_unknown_layer_fails(self):
        code, out = check({"src/planlint/lsp/server.cpp": '#include "planlint/core/finding.hpp"\n'})
        self.assertEqual(code, 1)
        self.assertIn("layer 'lsp' is not in scripts/check-layers.py", out)


if __name__ == "__main__":
    unittest.main()
