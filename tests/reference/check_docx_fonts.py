"""Reads a .docx with python-docx (Debian python3-docx), independently of ValueSeg, and prints the
fonts and sizes its text is set in: for the body paragraphs (outside tables) and for the table
cells, the set of (East Asian font, Latin font, size in points) of their runs.

    /usr/bin/python3 tests/reference/check_docx_fonts.py chapter.docx
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def run_font(r):
    rpr = r._r.rPr
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    east = fonts.get(qn("w:eastAsia")) if fonts is not None else None
    latin = fonts.get(qn("w:ascii")) if fonts is not None else None
    size = r.font.size.pt if r.font.size is not None else None
    return [east, latin, size]


d = docx.Document(sys.argv[1])
body = {tuple(run_font(r)) for p in d.paragraphs for r in p.runs if r.text.strip()}
cells = set()
for t in d.tables:
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    if r.text.strip():
                        cells.add(tuple(run_font(r)))
print(json.dumps({"body": sorted(map(list, body), key=str), "cells": sorted(map(list, cells), key=str)}, ensure_ascii=False))
