"""Peak memory of `sourcebias analyze` streaming a corpus of N records against 10N records.

    python benchmarks/bench_memory.py              # N = 500 (and 5,000), one process
    python benchmarks/bench_memory.py -n 1000 --jobs 2

The corpora are JSON Lines files built in a temporary folder by repeating the gilets-jaunes
articles (../shared/data/outlets/gilets-jaunes-fr) with new ids. Each run is a fresh
interpreter calling the command line in-process; its peak resident set size (getrusage
ru_maxrss) is compared, and, with --jobs, the sampled peak of the whole process tree (main
process + workers, from /proc: Linux). Streaming means the ratio stays near 1.0 however large
the corpus: the target is <= 1.1.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "outlets" / "gilets-jaunes-fr" / \
    "gj_fr_articles.csv"
TARGET = 1.1

# Runs the command in-process; a thread samples the resident memory of the whole process
# tree (this process, the forkserver and the workers) from /proc every 50 ms.
RUNNER = textwrap.dedent("""
    import json, os, resource, sys, threading, time

    def tree_kb(root):
        parent, rss = {}, {}
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/status") as fh:
                    fields = dict(line.split(":", 1) for line in fh if ":" in line)
            except OSError:
                continue
            parent[int(pid)] = int(fields["PPid"])
            rss[int(pid)] = int(fields.get("VmRSS", "0 kB").split()[0])
        total = 0
        for pid in rss:
            p = pid
            while p and p != root:
                p = parent.get(p, 0)
            if p == root:
                total += rss[pid]
        return total

    peak = [0]
    done = threading.Event()

    def sample():
        while not done.wait(0.05):
            peak[0] = max(peak[0], tree_kb(os.getpid()))

    threading.Thread(target=sample, daemon=True).start()
    from analysis.cli import main
    start = time.perf_counter()
    code = main(sys.argv[1:])
    seconds = time.perf_counter() - start
    done.set()
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"code": code, "seconds": seconds, "self_kb": self_kb,
                      "tree_kb": peak[0]}), file=sys.stderr)
""")


def build_corpus(texts: list[str], n: int, path: Path) -> int:
    """``n`` records cycling through ``texts``; returns the number of words written."""
    total = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)]
            total += len(text.split())
            fh.write(json.dumps({"id": f"r{i}", "outlet": "bench", "text": text},
                                ensure_ascii=False) + "\n")
    return total


def measure(corpus: Path, out: Path, jobs: int) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, "analyze", str(corpus), "-o", str(out), "--jobs",
         str(jobs)], capture_output=True, text=True, check=False)
    last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
    try:
        res = json.loads(last)
    except ValueError:
        sys.exit(f"bench_memory: the run failed:\n{proc.stderr}")
    if res["code"] not in (0, 3):
        sys.exit(f"bench_memory: sourcebias analyze exited {res['code']}:\n{proc.stderr}")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("-n", type=int, default=500, help="records in the small corpus (x10 for "
                                                      "the large one; default 500)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        sys.exit(f"bench_memory: corpus not found at {args.data} (the shared data sets live in "
                 f"../shared next to the project; give another with --data)")
    import pandas as pd

    texts = [t for t in pd.read_csv(args.data, usecols=["text"])["text"].dropna() if t.strip()]
    results = {}
    with tempfile.TemporaryDirectory(prefix="sourcebias-bench-") as tmp:
        for n in (args.n, 10 * args.n):
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            n_words = build_corpus(texts, n, corpus)
            res = measure(corpus, Path(tmp) / f"out-{n}.jsonl", args.jobs)
            res.update(records=n, words=n_words, corpus_mb=corpus.stat().st_size / 1e6)
            results[n] = res
            workers = f", process tree {res['tree_kb'] / 1024:.0f} MB (sampled)" \
                if args.jobs != 1 else ""
            print(f"{n:>7,} records ({res['corpus_mb']:.0f} MB, {n_words:,} words): "
                  f"peak RSS {res['self_kb'] / 1024:.0f} MB{workers}, {res['seconds']:.1f} s")
    small, large = results[args.n], results[10 * args.n]
    ratio = large["self_kb"] / small["self_kb"]
    print(f"peak RSS ratio, 10N / N: {ratio:.2f}   target <= {TARGET}: "
          f"{'met' if ratio <= TARGET else 'NOT met'}")
    if args.jobs != 1 and small["tree_kb"]:
        tree = large["tree_kb"] / small["tree_kb"]
        print(f"process tree peak ratio, 10N / N: {tree:.2f}   target <= {TARGET}: "
              f"{'met' if tree <= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
