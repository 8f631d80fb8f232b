"""Type answers into a blank questionnaire inside LibreOffice, as a member would, then save as Word.

Run by the system Python that has LibreOffice's `uno` module (python3-uno), not by the test venv:
    python3 lo_typing.py BLANK.docx OUT.docx PROFILE_DIR NAMES.json
NAMES.json maps question ids to their bookmark names.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue

PARAGRAPH_BREAK = 0


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe: str):
    ctx = uno.getComponentContext()
    resolver = ctx.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", ctx)
    for _ in range(240):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # LibreOffice not listening yet
            time.sleep(0.25)
    raise SystemExit("LibreOffice did not start")


def type_answers(doc, names: dict[str, str]) -> None:
    marks = doc.getBookmarks()
    anchor = marks.getByName(names["identification.organisation"]).getAnchor()
    anchor.getText().insertString(anchor.getStart(), "Clinique du Test", False)

    anchor = marks.getByName(names["fiche-01.difficultes"]).getAnchor()
    text = anchor.getText()
    cursor = text.createTextCursorByRange(anchor.getStart())
    text.insertString(cursor, "Coût ", False)
    cursor.setPropertyValue("CharWeight", 150.0)
    text.insertString(cursor, "élevé", False)
    cursor.setPropertyValue("CharWeight", 100.0)
    cursor.setPropertyValue("CharPosture", uno.Enum("com.sun.star.awt.FontSlant", "ITALIC"))
    text.insertString(cursor, " et durable", False)
    cursor.setPropertyValue("CharPosture", uno.Enum("com.sun.star.awt.FontSlant", "NONE"))
    text.insertString(cursor, " selon ", False)
    cursor.setPropertyValue("HyperLinkURL", "https://www.cnil.fr/")
    text.insertString(cursor, "la CNIL", False)
    cursor.setPropertyValue("HyperLinkURL", "")
    text.insertString(cursor, ".", False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.setPropertyValue("NumberingStyleName", "List 1")
    text.insertString(cursor, "premier point", False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.setPropertyValue("NumberingLevel", 1)
    text.insertString(cursor, "sous-point", False)
    text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    cursor.setPropertyValue("NumberingLevel", 0)
    text.insertString(cursor, "second point", False)

    for label in ("☐ Plutôt oui", "☐ DSI", "☐ RSSI"):
        search = doc.createSearchDescriptor()
        search.SearchString = label
        doc.findFirst(search).setString(label.replace("☐", "☒"))


def main() -> None:
    blank, out, profile, names_path = sys.argv[1:5]
    names = json.loads(open(names_path, encoding="utf-8").read())
    pipe = f"dpi_{uuid.uuid4().hex}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}", "--headless",
                               "--invisible", "--norestore", f"--accept=pipe,name={pipe};urp;"])
    try:
        remote = connect(pipe)
        desktop = remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", remote)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(blank), "_blank", 0, (prop("Hidden", True),))
        type_answers(doc, names)
        # What "Save as > Word 2007-365 (.docx)" does.
        doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge goes down with the office: expected
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()
            office.wait()


if __name__ == "__main__":
    main()
