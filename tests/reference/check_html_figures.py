"""Reads the figures of an HTML chapter (`cli report --format html`) with the standard library's
HTML parser, independently of ValueSeg, and prints, for each <figure> in document order: its
caption, the inline <svg> (viewBox, width, height, aria-label, how many of each element it holds
and the dots' fill colours) or the <img> (its src's media type), and the count of <script> tags in
the whole page.

    /usr/bin/python3 tests/reference/check_html_figures.py chapter.html
"""
import json
import sys
from html.parser import HTMLParser


class Figures(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.figures = []
        self.scripts = 0
        self.fig = None
        self.in_svg = 0
        self.in_caption = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "figure":
            self.fig = {"caption": "", "svg": None, "img": None}
            return
        if self.fig is None:
            return
        if tag == "svg" and self.in_svg == 0:
            self.fig["svg"] = {k: a.get(k) for k in ("viewbox", "width", "height", "aria-label", "role")}
            self.fig["svg"]["counts"] = {}
            self.fig["svg"]["dotColours"] = {}
        if self.in_svg or tag == "svg":
            counts = self.fig["svg"]["counts"]
            counts[tag] = counts.get(tag, 0) + 1
            if tag == "circle":
                c = self.fig["svg"]["dotColours"]
                c[a.get("fill")] = c.get(a.get("fill"), 0) + 1
        if tag == "svg":
            self.in_svg += 1
        if tag == "img":
            self.fig["img"] = (a.get("src") or "").split(";")[0]
        if tag == "figcaption":
            self.in_caption = True

    def handle_startendtag(self, tag, attrs):
        # <circle .../>: a start tag that is also its end.
        self.handle_starttag(tag, attrs)
        if tag == "svg":
            self.in_svg -= 1

    def handle_endtag(self, tag):
        if tag == "svg" and self.in_svg:
            self.in_svg -= 1
        if tag == "figcaption":
            self.in_caption = False
        if tag == "figure" and self.fig is not None:
            self.figures.append(self.fig)
            self.fig = None

    def handle_data(self, data):
        if self.fig is not None and self.in_caption:
            self.fig["caption"] += data


p = Figures()
with open(sys.argv[1], encoding="utf-8") as f:
    p.feed(f.read())
p.close()
print(json.dumps({"figures": p.figures, "scripts": p.scripts}, ensure_ascii=False))
