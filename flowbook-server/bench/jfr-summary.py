#!/usr/bin/env python3
"""Summarises a JFR recording of the server under load.sh (decision 0634): where the CPU samples
are (top methods by self time, and by any Flowbook frame on the stack), which monitors threads
waited on, garbage-collection pauses and allocation by class.

    python3 flowbook-server/bench/jfr-summary.py /tmp/flowbook-load.XXXX/server.jfr
"""
import collections, json, subprocess, sys

def events(jfr, name, depth=64):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", str(depth), "--events", name, jfr],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]

def frames(e):
    st = e["values"].get("stackTrace") or {}
    return [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in st.get("frames", [])]

def top(counter, total, n=15):
    for k, v in counter.most_common(n):
        print(f"  {100.0 * v / total:5.1f}%  {v:6d}  {k}")

jfr = sys.argv[1]
samples = events(jfr, "jdk.ExecutionSample")
print(f"CPU samples: {len(samples)}")
own, flow, area = collections.Counter(), collections.Counter(), collections.Counter()
for e in samples:
    fs = frames(e)
    if not fs:
        continue
    own[fs[0]] += 1
    first = next((f for f in fs if f.startswith("org.flowbook.")), None)
    if first:
        flow[first] += 1
    text = " ".join(fs)
    if "org.h2." in text or "org.postgresql." in text or "com.zaxxer" in text:
        area["database (h2/pg/hikari)"] += 1
    elif "gg.jte" in text or "Views.html" in text:
        area["templates (jte)"] += 1
    elif "org.flowbook.diagram" in text or "org.eclipse.elk" in text:
        area["drawing charts (diagram/ELK)"] += 1
    elif "org.apache.lucene" in text:
        area["search (lucene)"] += 1
    elif "org.flowbook.notation" in text:
        area["parsing .flow"] += 1
    elif "org.eclipse.jetty" in text and "org.flowbook" not in text:
        area["jetty I/O"] += 1
    elif "org.flowbook" in text:
        area["other flowbook"] += 1
    else:
        area["other (JIT, GC, JFR, …)"] += 1
total = max(1, len(samples))
print("by area:"); top(area, total)
print("top methods (self):"); top(own, total)
print("first Flowbook frame on the stack:"); top(flow, total)

mon = events(jfr, "jdk.JavaMonitorEnter", 8)
waits = collections.Counter(); waited = collections.Counter()
for e in mon:
    fs = frames(e)
    k = (e["values"].get("monitorClass") or {}).get("name", "?") + " at " + (fs[0] if fs else "?")
    waits[k] += 1
    d = e["values"].get("duration", "PT0S")
    waited[k] += float(d[2:-1]) if d.startswith("PT") and d.endswith("S") else 0.0
print(f"monitor waits over 20 ms: {len(mon)}")
for k, v in waits.most_common(8):
    print(f"  {v:5d}  {waited[k]:8.2f} s  {k}")

gcs = events(jfr, "jdk.GarbageCollection", 1)
pauses = []
for e in gcs:
    d = e["values"].get("sumOfPauses", "PT0S")
    pauses.append(float(d[2:-1]) * 1000 if d.endswith("S") else 0.0)
if pauses:
    pauses.sort()
    print(f"GC: {len(pauses)} collections, pauses total {sum(pauses):.0f} ms, "
          f"median {pauses[len(pauses)//2]:.1f} ms, max {pauses[-1]:.1f} ms")

alloc = events(jfr, "jdk.ObjectAllocationSample", 16)
by = collections.Counter(); byflow = collections.Counter()
for e in alloc:
    w = e["values"].get("weight", 0)
    by[(e["values"].get("objectClass") or {}).get("name", "?")] += w
    first = next((f for f in frames(e) if f.startswith("org.flowbook.")), "(no flowbook frame)")
    byflow[first] += w
tot = max(1, sum(by.values()))
print(f"allocation (sampled weight {tot / 1e9:.1f} GB):")
top(by, tot, 8)
print("allocation by first Flowbook frame:")
top(byflow, tot, 10)
