"""``python -m tools.translations FILE.ts TRANSLATIONS.py``: fill unfinished messages of a Qt .ts
file from a dict ``ZH = {(context, source): translation}`` and say which are still unfinished.
(``make translations`` extracts the sources; a person writes the translations.)"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_file: Path, translations: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            if (name, source) in translations:
                translation.text = translations[(name, source)]
                del translation.attrib["type"]
            else:
                missing.append((name, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[2])["ZH"]
    for context, source in fill(Path(sys.argv[1]), table):
        print(f"unfinished: [{context}] {source}")
