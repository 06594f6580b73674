#!/usr/bin/env python3
"""The GitHub Actions workflow of docs/ci.md, checked against what the tests run.

    ci_workflow.py SOURCE_DIR check   the build step is the README's "Install" block (as root,
                                      non-interactive), from the tag scripts/release.sh makes
    ci_workflow.py SOURCE_DIR steps   prints the steps after the install, for ci_commands.sh
"""
import subprocess
import sys

import yaml

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from doc_blocks import blocks  # noqa: E402

REPOSITORY = "https://git.example.org/tools/planlint.git"
CLONE = "/tmp/planlint"


def marked(path, name):
    return "".join(text for _, _, marker, text in blocks(path) if marker == name)


def main(source_dir, action):
    workflow = yaml.safe_load(marked(f"{source_dir}/docs/ci.md", "ci-workflow"))
    steps = workflow["jobs"]["planlint"]["steps"]
    names = [step.get("name") for step in steps]
    build = steps[names.index("Build and install planlint")]["run"]
    if action == "steps":
        for step in steps[names.index("Build and install planlint") + 1:]:
            if "run" in step:
                print(step["run"])
        return
    tag = subprocess.run([f"{source_dir}/scripts/release.sh", "--tag-name"], check=True,
                         capture_output=True, text=True).stdout.strip()
    expected = (f"git clone --depth 1 --branch {tag} {REPOSITORY} {CLONE}\ncd {CLONE}\n" +
                marked(f"{source_dir}/README.md", "install-deb").replace("sudo apt-get install ./", "apt-get install -y ./"))
    if build != expected:
        sys.exit("docs/ci.md: the workflow's build step is not the README's Install block "
                 f"from tag {tag}:\n--- workflow\n{build}--- expected\n{expected}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
