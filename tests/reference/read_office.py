"""Reads a workbook (openpyxl, Debian python3-openpyxl) or a Word document (zipfile: the text of
word/document.xml) independently of ValueSeg, for the Office export tests of the templates.

    /usr/bin/python3 tests/reference/read_office.py book.xlsx   -> {"sheets": {name: [[cell, ...], ...]}}
    /usr/bin/python3 tests/reference/read_office.py chapter.docx -> {"paragraphs": [text, ...]}
"""
import json
import re
import sys
import zipfile

path = sys.argv[1]
if path.endswith(".xlsx"):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    out = {"sheets": {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}}
else:
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
        if text:
            paras.append(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
    out = {"paragraphs": paras}
print(json.dumps(out, ensure_ascii=False, default=str))
