"""Reads a .docx with python-docx (Debian python3-docx), independently of ValueSeg, and prints
what the Word chapter test checks: tables and whether each is in three-line style (top and
bottom rules 1.5 pt = sz 12, no vertical or inner rules, a 0.75 pt = sz 6 rule under the header
row), the number of pictures, the 表/图 captions, and the paragraphs naming the methods.

    /usr/bin/python3 tests/reference/check_docx.py chapter.docx
"""
import json
import re
import sys

import docx
from docx.oxml.ns import qn


def border(el, side):
    if el is None:
        return None
    b = el.find(qn("w:" + side))
    if b is None:
        return None
    return {"val": b.get(qn("w:val")), "sz": b.get(qn("w:sz"))}


def three_line(table):
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.find(qn("w:tblBorders"))
    top, bottom = border(borders, "top"), border(borders, "bottom")
    verticals = [border(borders, s) for s in ("left", "right", "insideV")]
    inner = border(borders, "insideH")
    header_ok = True
    for cell in table.rows[0].cells:
        tc_pr = cell._tc.tcPr
        b = border(tc_pr.find(qn("w:tcBorders")) if tc_pr is not None else None, "bottom")
        header_ok = header_ok and b is not None and b["val"] == "single" and b["sz"] == "6"
    return (
        top == {"val": "single", "sz": "12"}
        and bottom == {"val": "single", "sz": "12"}
        and all(v is None or v["val"] in ("none", "nil") for v in verticals)
        and (inner is None or inner["val"] in ("none", "nil"))
        and header_ok
    )


d = docx.Document(sys.argv[1])
texts = [p.text for p in d.paragraphs]
out = {
    "tables": len(d.tables),
    "threeLineTables": sum(1 for t in d.tables if three_line(t)),
    "pictures": len(d.inline_shapes),
    "tableCaptions": [t for t in texts if re.match(r"^表 \d+-\d+", t)],
    "figureCaptions": [t for t in texts if re.match(r"^图 \d+-\d+", t)],
    "methods": [t for t in texts if "层次分析法" in t and "K均值" in t],
    "pictureDpi": [],
}
for rel in d.part.rels.values():
    if "image" in rel.reltype:
        blob = rel.target_part.blob
        i = blob.find(b"pHYs")
        if i > 0:
            ppm = int.from_bytes(blob[i + 4 : i + 8], "big")
            out["pictureDpi"].append(round(ppm * 0.0254))
print(json.dumps(out, ensure_ascii=False))
