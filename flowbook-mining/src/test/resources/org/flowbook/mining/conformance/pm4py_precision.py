#!/usr/bin/env python3
"""PM4Py's ETC precision (precision_token_based_replay) of the shared PNML nets on their logs,
written as TSV for EtcPrecisionReferenceTest. Run beside Flowbook, never copied into it:
  PYTHONPATH=<pm4py source at 0a56171c2b51> /usr/bin/python3 pm4py_precision.py \
      ../shared/data > pm4py-precision.tsv
One line per pair: pair, precision, seconds. Pairs that take longer than 300 s are left out."""
import os, sys, time, warnings, signal
os.environ.setdefault("PM4PY_SHOW_PROGRESS_BAR", "False")
warnings.simplefilter("ignore")
import pandas as pd
import pm4py

data = sys.argv[1]
names = sys.argv[2:] or ["running-example", "03_repairExample", "helpdesk", "roadtraffic100traces",
                         "08_receipt", "Sepsis", "02_teleclaims", "BPI_2020_PrepaidTravelCost",
                         "BPI_2020_DomesticDeclarations", "BPI_2020_RequestForPayment",
                         "07_bpic2013_incidents", "BPIC15_1", "BPI_2020_InternationalDeclarations",
                         "bpic2012"]

def timeout(*_):
    raise TimeoutError()

signal.signal(signal.SIGALRM, timeout)
print("pair\tprecision\tseconds", flush=True)
for name in names:
    df = pd.read_csv(f"{data}/logs/{name}.csv", dtype={"case_id": str, "activity": str},
                     keep_default_na=False)  # Sepsis has a case "NA"
    df["timestamp"] = pd.to_datetime(df["timestamp"], utc=True)
    log = pm4py.format_dataframe(df, case_id="case_id", activity_key="activity",
                                 timestamp_key="timestamp")
    for model in ("im", "imf02"):
        pnml = f"{data}/models/{name}_{model}.pnml"
        if not os.path.exists(pnml):
            continue
        net, im, fm = pm4py.read_pnml(pnml)
        signal.alarm(300)
        t = time.time()
        try:
            p = pm4py.precision_token_based_replay(log, net, im, fm)
            print(f"{name}_{model}\t{p:.9f}\t{time.time() - t:.1f}", flush=True)
        except TimeoutError:
            print(f"# {name}_{model} did not finish in 300 s", flush=True)
        finally:
            signal.alarm(0)
