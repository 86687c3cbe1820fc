"""Independent count of the draw.io test files' connectors between steps (not start/end shapes),
connected shapes (less rhombuses that only join ways), decisions (rhombuses that do not only join ways,
not parallel gateways) and lanes.

Plain Python (ElementTree, zlib), sharing no code with Flowbook: the numbers in
DrawioImportTest.COUNTS come from `python3 count_shapes.py`.
"""
import base64, glob, os, urllib.parse, zlib
import xml.etree.ElementTree as ET


def pages(text):
    root = ET.fromstring(text)
    if root.tag == "mxGraphModel":
        return [root]
    out = []
    for d in root.findall("diagram"):
        model = d.find("mxGraphModel")
        if model is not None:
            out.append(model)
        elif (d.text or "").strip():
            raw = zlib.decompress(base64.b64decode(d.text.strip()), -15).decode()
            out.append(ET.fromstring(urllib.parse.unquote(raw)))
    return out


for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "*"))):
    if path.endswith((".md", ".py")):
        continue
    for n, model in enumerate(pages(open(path, encoding="utf-8").read()), 1):
        cells = {}
        for c in model.find("root"):
            if c.tag == "mxCell":
                cells[c.get("id")] = c
            elif c.tag in ("object", "UserObject") and c.find("mxCell") is not None:
                # a cell with a link or properties: the id and label are on the wrapper
                inner = c.find("mxCell")
                inner.set("id", c.get("id"))
                inner.set("value", c.get("label", ""))
                cells[c.get("id")] = inner
        edges = [c for c in cells.values() if c.get("edge") == "1"]
        attached = [e for e in edges if e.get("source") in cells and e.get("target") in cells]
        connected = {e.get(k) for e in attached for k in ("source", "target")}
        style = lambda c: c.get("style") or ""
        lanes = [c for c in cells.values() if c.get("vertex") == "1" and "swimlane" in style(c)]
        leaves = [l for l in lanes
                  if not any(x.get("parent") == l.get("id") and "swimlane" in style(x)
                             for x in cells.values())]
        # a rhombus that only joins ways (one way out) is no decision; Flowbook dissolves it
        out = lambda c: sum(1 for e in attached if e.get("source") == c.get("id"))
        decisions = [c for c in cells.values()
                     if c.get("vertex") == "1" and out(c) != 1 and c.get("id") in connected
                     and ("rhombus" in style(c) or "decision" in style(c))
                     and "parallelGw" not in style(c)]
        # start and end shapes: ellipses, terminators (also drawn as fully rounded rectangles)
        def terminal(c):
            st = style(c)
            arc = [float(p.split("=")[1]) for p in st.split(";") if p.startswith("arcSize=")]
            return ("ellipse" in st or "terminator" in st or "start_1" in st or "start_2" in st
                    or ("rounded=1" in st and arc and arc[0] >= 40))
        between_work = [e for e in attached
                        if not terminal(cells[e.get("source")]) and not terminal(cells[e.get("target")])]
        # a rhombus with one way out only joins ways: no step of its own (a parallel join is one)
        joins = [c for c in cells.values()
                 if c.get("id") in connected and out(c) == 1
                 and ("rhombus" in style(c) or "decision" in style(c))
                 and "parallelGw" not in style(c)]
        print(f"{os.path.basename(path)},{n},{len(between_work)},{len(connected) - len(joins)},"
              f"{len(decisions)},{len(leaves)}")
