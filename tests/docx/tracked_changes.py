#!/usr/bin/python3
# LibreOffice's view of a .docx's tracked changes, through Python-UNO (Debian's python3-uno):
# opens DOC.docx headless and writes, into OUTDIR, authors.txt (the author of every tracked
# change, one a line), accepted.txt (the text after accepting all changes) and rejected.txt (after
# rejecting all). Text is one line per paragraph, each led by the number LibreOffice draws.
# LibreOffice 7.4 loading a document with comments over UNO crashes, so fix_roundtrip.sh checks
# a copy with comments through a flat ODF conversion instead.
#   tracked_changes.py SOFFICE_PROFILE_DIR DOC.docx OUTDIR
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(profile):
    pipe = "planlint_%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible",
         "--norestore", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(120):
        try:
            context = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return office, context
        except Exception:
            time.sleep(0.5)
    office.kill()
    sys.exit("LibreOffice did not answer on its pipe")


def paragraphs(document):
    lines = []
    for paragraph in document.Text.createEnumeration():
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            continue
        label = paragraph.getPropertyValue("ListLabelString") or ""
        lines.append(label + paragraph.getString())
    return lines


def with_all(context, desktop, path, command):
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                            (prop("Hidden", True),))
    authors = [redline.getPropertyValue("RedlineAuthor")
               for redline in document.getRedlines().createEnumeration()]
    dispatcher = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", context)
    dispatcher.executeDispatch(document.CurrentController.Frame, command, "", 0, ())
    lines = paragraphs(document)
    document.close(True)
    return authors, lines


def main():
    profile, path, outdir = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    office, context = connect(profile)
    try:
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        authors, accepted = with_all(context, desktop, path, ".uno:AcceptAllTrackedChanges")
        _, rejected = with_all(context, desktop, path, ".uno:RejectAllTrackedChanges")
        for name, lines in (("authors", authors), ("accepted", accepted), ("rejected", rejected)):
            with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8") as out:
                out.writelines(line + "\n" for line in lines)
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
