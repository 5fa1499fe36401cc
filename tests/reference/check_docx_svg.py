"""Reads the pictures of a .docx with python-docx (Debian python3-docx) and the standard library's
XML parser, independently of ValueSeg, and prints, for each picture in document order: the
fallback picture's content type, pixel size and resolution (PNG IHDR and pHYs), and, when the
picture carries Word's vector version (a:blip/a:extLst/asvg:svgBlip), that part's content type,
its root element, viewBox and size, and how many of each shape it holds.

    /usr/bin/python3 tests/reference/check_docx_svg.py chapter.docx
"""
import json
import sys
import xml.etree.ElementTree as ET

import docx
from docx.oxml.ns import qn

SVG_BLIP = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip"
SVG_NS = "{http://www.w3.org/2000/svg}"


def png_info(blob):
    if blob[:8] != b"\x89PNG\r\n\x1a\n":
        return {"png": False}
    width = int.from_bytes(blob[16:20], "big")
    height = int.from_bytes(blob[20:24], "big")
    i = blob.find(b"pHYs")
    dpi = round(int.from_bytes(blob[i + 4 : i + 8], "big") * 0.0254) if i > 0 else None
    return {"png": True, "width": width, "height": height, "dpi": dpi}


d = docx.Document(sys.argv[1])
rels = d.part.rels
out = []
for shape in d.inline_shapes:
    blip = shape._inline.find(".//" + qn("a:blip"))
    fallback = rels[blip.get(qn("r:embed"))].target_part
    item = {"fallback": {"contentType": fallback.content_type, **png_info(fallback.blob)}, "svg": None}
    svg_blip = blip.find(".//" + SVG_BLIP)
    if svg_blip is not None:
        part = rels[svg_blip.get(qn("r:embed"))].target_part
        root = ET.fromstring(part.blob)
        counts = {}
        for el in root.iter():
            tag = el.tag.replace(SVG_NS, "")
            counts[tag] = counts.get(tag, 0) + 1
        item["svg"] = {
            "contentType": part.content_type,
            "root": root.tag.replace(SVG_NS, ""),
            "viewBox": root.get("viewBox"),
            "width": root.get("width"),
            "height": root.get("height"),
            "counts": counts,
            "texts": [el.text for el in root.iter(SVG_NS + "text")],
        }
    item["description"] = shape._inline.docPr.get("descr")
    out.append(item)
print(json.dumps(out, ensure_ascii=False))
