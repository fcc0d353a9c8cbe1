#!/usr/bin/python3
"""Parses an SVG file with Python's xml.etree.ElementTree (a real XML parser) and prints what the C++
tests compare, so relplan's charts are proven well-formed, not only compared as text.

    svg_dump.py FILE counts          the root ("svg width=... height=... viewBox=..."), then
                                     "CLASS: N" for each class token, sorted; "forbidden: ..." for
                                     any script, foreignObject, href or external url()
    svg_dump.py FILE titles          "title: TEXT" for each <title> and "desc: TEXT" for each <desc>,
                                     in document order, line breaks as "\\n"
    svg_dump.py FILE elements CLASS  each element whose class attribute is exactly CLASS:
                                     "TAG<tab>name=value<tab>..." (attributes sorted, class left
                                     out), then "| TEXT" if it has text
A parse error prints "error: ..." and exits 1."""
import collections
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def local(tag):
    return tag[len(SVG):] if tag.startswith(SVG) else tag


try:
    root = ET.parse(sys.argv[1]).getroot()
except ET.ParseError as e:
    print("error:", e)
    sys.exit(1)
mode = sys.argv[2]
if mode == "counts":
    print("svg" if root.tag == SVG + "svg" else "root " + root.tag,
          " ".join(f"{k}={root.get(k)}" for k in ("width", "height", "viewBox")))
    counts = collections.Counter()
    for el in root.iter():
        for token in el.get("class", "").split():
            counts[token] += 1
        if local(el.tag) in ("script", "foreignObject"):
            print("forbidden:", local(el.tag))
        for name, value in el.attrib.items():
            if name.endswith("href") or re.search(r"url\((?!#)", value):
                print("forbidden:", name, value)
    for token in sorted(counts):
        print(f"{token}: {counts[token]}")
elif mode == "titles":
    for el in root.iter():
        if local(el.tag) in ("title", "desc"):
            print(local(el.tag) + ":", (el.text or "").replace("\n", "\\n"))
elif mode == "elements":
    for el in root.iter():
        if el.get("class") == sys.argv[3]:
            attrs = [f"{k}={v}" for k, v in sorted(el.attrib.items()) if k != "class"]
            print("\t".join([local(el.tag)] + attrs))
            if el.text and el.text.strip():
                print("|", el.text)
