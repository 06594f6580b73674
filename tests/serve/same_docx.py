#!/usr/bin/env python3
# Whether two .docx files hold the same parts, in the same order, with the same bytes: the
# annotated copy written at another moment differs only in the ZIP's time stamps.
#   same_docx.py A.docx B.docx   (exit 0: the same; 1: not, with the first difference)
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as a, zipfile.ZipFile(sys.argv[2]) as b:
    names = [info.filename for info in a.infolist()]
    if names != [info.filename for info in b.infolist()]:
        sys.exit(f"different parts: {names} and {[info.filename for info in b.infolist()]}")
    for name in names:
        if a.read(name) != b.read(name):
            sys.exit(f"{name} differs")
