#!/usr/bin/env python3
"""Reads printed reports with poppler-utils (pdfinfo, pdftotext, pdffonts), an
independent PDF reader, and says what is on each page; stdlib only.

usage: check_pdf.py [--margin-mm 15] [--title-pt 16] FILE.pdf...

Prints one JSON object, by file: the page count and size, the font family and
"scale" (Chromium never lets content stick out sideways when printing: it
shrinks the whole document to fit, so overflow shows as smaller type: the
height of the title's words against the title's size in the page's CSS), and
for each page its lines (text, and
whether the line is part of a heading), how far down the text reaches ("fill",
0 to 1 of the space inside the margins) and the words whose box lies past the
margins by more than 1 pt.

Headings come from the PDF's structure tree (`pdfinfo -struct-text`: Chromium
tags its PDFs); an untagged PDF falls back to "taller than 1.15x the median
line". Judging is left to the caller (tests/integration/browser.rs); exit code
0, or 2 on a usage error or a poppler failure.
"""
import json
import re
import statistics
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

MM = 72 / 25.4
NS = "{http://www.w3.org/1999/xhtml}"
SHORT_LINES = 3  # a page with at most this many text lines is "short"
# word-box height / font size, as pdftotext measures them, for the fonts Debian's
# Chromium picks (system-ui -> DejaVu Sans, sans-serif -> Liberation Sans)
FONT_BOX_EM = {"DejaVuSans": 1.164, "LiberationSans": 1.117}


def run(*args):
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode != 0:
        print(f"{args[0]} failed ({p.returncode}): {p.stderr.strip()}", file=sys.stderr)
        sys.exit(2)
    return p.stdout


def nospace(s):
    """Whitespace removed, ligatures (U+FB00..) spelt out."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


LIGATURE_END = re.compile("[\ufb00-\ufb06]$")


def pdf_info(path):
    info = {}
    for line in run("pdfinfo", path).splitlines():
        k, _, v = line.partition(":")
        info[k.strip()] = v.strip()
    return info


def sans_font(path):
    """Family of the first embedded font that FONT_BOX_EM knows ("DejaVuSans"), or None."""
    for line in run("pdffonts", path).splitlines()[2:]:
        family = line.split()[0].split("+", 1)[-1].split("-", 1)[0]
        if family in FONT_BOX_EM:
            return family
    return None


def headings(path):
    """Heading texts (H1..H6) from the structure tree, whitespace removed."""
    out = subprocess.run(["pdfinfo", "-struct-text", path], capture_output=True,
                         text=True).stdout  # stderr: poppler grumbles about Chromium's tags
    found, cur, cur_indent = [], None, None
    for line in out.splitlines():
        indent = len(line) - len(line.lstrip())
        m = re.match(r"\s*(H[1-6])\b", line)
        if cur is not None and indent <= cur_indent:
            found.append(cur)
            cur = None
        if m:
            cur, cur_indent = {"tag": m.group(1), "text": ""}, indent
            continue
        if cur is not None:
            q = re.match(r'\s*"(.*)"\s*$', line)
            if q:
                cur["text"] += q.group(1)
    if cur is not None:
        found.append(cur)
    # poppler 22.12 cuts a struct text right after a ligature ("professional \ufb01"
    # for "professional first"): such a heading only gives the start of its text.
    for h in found:
        h["prefix"] = bool(LIGATURE_END.search(h["text"]))
    return [h for h in found if nospace(h["text"])]


def pages_bbox(path):
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", run("pdftotext", "-bbox-layout", path, "-"), count=1))
    pages = []
    for page in root.iter(NS + "page"):
        lines = []
        for line in page.iter(NS + "line"):
            words = [(w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
                     for w in line.iter(NS + "word")]
            if not words:
                continue
            lines.append({
                "text": " ".join(w[0] for w in words),
                "words": words,
                "yMin": min(w[2] for w in words),
                "yMax": max(w[4] for w in words),
                "height": max(w[4] - w[2] for w in words),
            })
        lines.sort(key=lambda l: (round(l["yMin"], 1), l["words"][0][1]))
        pages.append({"width": float(page.get("width")), "height": float(page.get("height")), "lines": lines})
    return pages


def mark_headings(lines, heads, median_h):
    """Indices of lines that belong to a heading (1 to 4 consecutive lines whose text joins to it)."""
    marked = set()
    if heads:
        texts = {nospace(h["text"]) for h in heads if not h["prefix"]}
        starts = [nospace(h["text"]) for h in heads if h["prefix"]]
        for i in range(len(lines)):
            joined = ""
            for j in range(i, min(i + 4, len(lines))):
                joined += nospace(lines[j]["text"])
                if joined in texts or any(joined.startswith(s) and len(joined) - len(s) < 40 for s in starts):
                    marked.update(range(i, j + 1))
                    break
    else:  # untagged PDF: larger type than the body text
        marked = {i for i, l in enumerate(lines) if l["height"] > 1.15 * median_h}
    return marked




def measure(path, margin_mm, title_pt, tol=1.0):
    """What is on each page of one PDF."""
    m = margin_mm * MM
    info = pdf_info(path)
    heads = headings(path)
    bpages = pages_bbox(path)
    all_h = [l["height"] for p in bpages for l in p["lines"]]
    median_h = statistics.median(all_h) if all_h else 0
    # The title is the first line of the first page; its word boxes are
    # FONT_BOX_EM times the font size, in the font families Chromium picks here.
    first = bpages[0]["lines"][0] if bpages and bpages[0]["lines"] else None
    title_h = max((w[4] - w[2] for w in first["words"]), default=0) if first else 0
    font = sans_font(path)
    scale = round(title_h / (FONT_BOX_EM[font] * title_pt), 3) if title_h and font in FONT_BOX_EM else None
    pages = []
    for p in bpages:
        W, H, lines = p["width"], p["height"], p["lines"]
        outside = []
        for l in lines:
            for (t, x0, y0, x1, y1) in l["words"]:
                over = max(m - x0, m - y0, x1 - (W - m), y1 - (H - m))
                if over > tol:
                    outside.append({"word": t, "by_pt": round(over, 2)})
        marked = mark_headings(lines, heads, median_h)
        bottom = max((l["yMax"] for l in lines), default=m)
        pages.append({
            "lines": [{"text": l["text"], "heading": i in marked} for i, l in enumerate(lines)],
            "fill": round((bottom - m) / (H - 2 * m), 2),
            "outside_margins": outside,
        })
    return {
        "pages": pages,
        "page_size": info.get("Page size"),
        "tagged": info.get("Tagged") == "yes",
        "font": font,
        "scale": scale,
        "title_height_pt": title_h,
        "headings": [unicodedata.normalize("NFKC", h["text"]) for h in heads],
    }


def main(argv):
    margin_mm, title_pt, files = 15.0, 16.0, []
    it = iter(argv)
    for a in it:
        if a == "--margin-mm":
            margin_mm = float(next(it))
        elif a == "--title-pt":
            title_pt = float(next(it))
        elif not a.startswith("-"):
            files.append(a)
        else:
            files = []
            break
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps({f: measure(f, margin_mm, title_pt) for f in files}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
