"""Time to build the HTML report of one article once its analysis is done, against the analysis.

    python benchmarks/bench_report.py                  # the bundled reference article
    python benchmarks/bench_report.py --article FILE.txt --repeat 20

Run as a fresh interpreter, so the first ("cold") figures include the one-off costs a
`sourcebias report` run pays: importing matplotlib and compiling the templates for the report,
loading the rules and word lists for the analysis. The "warm" figures are medians over
``--repeat`` further runs in the same process (a corpus of pages). The report is the page with
its three charts, written to a temporary folder with its JSON.

Target: the cold report of one article in under 1 second (exit code 1 otherwise). Both wall
time and this process's CPU time are printed; the target is checked on CPU time, which other
jobs on a busy machine do not inflate (on an idle machine the two agree). The ratio
report / analysis is printed for both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

TARGET_SECONDS = 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--article", type=Path, help="a .txt article (default: the bundled one)")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--ui-lang", default="en", choices=("en", "fr"))
    args = ap.parse_args(argv)
    if args.article:
        text = args.article.read_text(encoding="utf-8")
        name = args.article.name
    else:
        text = resources.files("analysis").joinpath("_samples/syrie-2016.txt").read_text("utf-8")
        name = "bundled syrie-2016.txt"

    from analysis import analyze
    from analysis.report import ReportWriter

    def clock() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def since(t: tuple[float, float]) -> tuple[float, float]:
        now = clock()
        return now[0] - t[0], now[1] - t[1]

    def analysis_once() -> tuple[dict, tuple[float, float]]:
        t = clock()
        record = analyze(text, id="bench").to_dict(include_text=True)
        return record, since(t)

    def report_once(record: dict, folder: Path) -> tuple[float, float]:
        t = clock()
        ReportWriter(folder, ui_lang=args.ui_lang).add(record)
        return since(t)

    def median(pairs: list[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)

    record, analysis_cold = analysis_once()
    with tempfile.TemporaryDirectory() as tmp:
        report_cold = report_once(record, Path(tmp) / "cold")
        analysis_warm = median([analysis_once()[1] for _ in range(args.repeat)])
        report_warm = median([report_once(record, Path(tmp) / f"w{i}")
                              for i in range(args.repeat)])
        size = next((Path(tmp) / "cold").glob("*.html")).stat().st_size

    print(f"article: {name}, {len(text):,} characters, {record['n_words']} words, "
          f"{len(record['quotes'])} quotes, {len(record['loaded_terms'])} loaded terms")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f}")
    print(f"{'':26}{'analysis':>20}{'report':>20}{'report/analysis':>18}")
    print(f"{'':26}{'wall / cpu':>20}{'wall / cpu':>20}{'(cpu)':>18}")
    for label, a, r in (("cold (first article)", analysis_cold, report_cold),
                        (f"warm (median of {args.repeat})", analysis_warm, report_warm)):
        print(f"{label:26}{a[0] * 1000:9.0f} /{a[1] * 1000:6.0f} ms"
              f"{r[0] * 1000:9.0f} /{r[1] * 1000:6.0f} ms{r[1] / max(a[1], 1e-9):17.1f}x")
    print(f"page size: {size / 1024:.0f} KiB (self-contained: CSS and SVG charts inline)")
    ok = report_cold[1] < TARGET_SECONDS
    print(f"target: cold report < {TARGET_SECONDS:.1f} s (cpu) after the analysis: "
          f"{'PASS' if ok else 'FAIL'} ({report_cold[1]:.2f} s cpu, {report_cold[0]:.2f} s wall)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
