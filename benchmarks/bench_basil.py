"""BASIL (Fan et al. 2019), English: lexicon recall of lexical-bias spans, and voice accuracy
against the annotators' in-quote flag.

- recall: share of the lexical-bias spans (bias = lex) of the article bodies that a loaded term
  (categories labeling, contested, charged, intensifier) overlaps; also with every category.
- voice accuracy: for each matched span, the voice of the overlapping term against the span's
  quote flag (yes/no). BASIL flags spans inside quotation marks (its quoted spans include the
  marks, and a speaker is given only for them), so "quoted" is compared with flag = yes; the
  figure that also counts reported speech (indirect, no marks) as "in a quote" is printed
  beside it. The baseline is "always narrative" (the share of flag = no among matched spans).

usage: python benchmarks/bench_basil.py [--data DIR] [--voice pipeline|none] [--lexicon FILE]
           [--errors N]

--voice pipeline (default) runs the whole analysis; --voice none takes every term as the
outlet's own words (the voice baseline). Spans in titles are not in the article body and are
counted apart. The data are read from ../shared/data and never copied.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("SOURCEBIAS_SHARED_DATA", ROOT.parent / "shared" / "data"))


def locate_sentences(text: str, sentences: list[tuple[int, str]]) -> dict[int, int]:
    """Offset of each body sentence (by index) in the article text, searched in order."""
    out: dict[int, int] = {}
    cursor = 0
    for idx, sent in sorted(sentences):
        k = text.find(sent, cursor)
        if k < 0:
            k = text.find(sent)
        if k >= 0:
            out[idx] = k
            cursor = k + len(sent)
    return out


def terms_of(text: str, voice: str, lexicons: tuple[str, ...]):
    from analysis import analyze
    from analysis.lexicon import find_loaded_terms
    from analysis.text import make_document
    from analysis.voice import VoiceMap

    if voice == "pipeline":
        return analyze(text, "en", lexicons=lexicons).loaded_terms
    doc = make_document(text, "en")
    return tuple(t.__class__(**{**t.__dict__, "start": doc.orig(t.start), "end": doc.orig(t.end)})
                 for t in find_loaded_terms(doc, VoiceMap.from_quotes(()), extra=lexicons).terms)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--voice", choices=("pipeline", "none"), default="pipeline")
    ap.add_argument("--lexicon", action="append", default=[])
    ap.add_argument("--errors", type=int, default=0, help="print N missed spans")
    args = ap.parse_args(argv)
    from analysis.lexicon import LOADED_CATEGORIES

    folder = args.data / "outlets" / "basil"
    if not (folder / "basil_spans.csv").is_file():
        print(f"BASIL data not found in {folder}", file=sys.stderr)
        return 2
    csv.field_size_limit(10**8)
    # an article is (event triplet, outlet): a few uuids are the string "empty"
    def key(r: dict) -> tuple[str, str]:
        return r["triplet_uuid"], r["source"]

    articles = {key(r): r for r in csv.DictReader((folder / "basil_articles.csv").open())}
    sentences: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for r in csv.DictReader((folder / "basil_sentences.csv").open()):
        sentences[key(r)].append((int(r["sent_idx"]), r["sentence"]))
    spans: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in csv.DictReader((folder / "basil_spans.csv").open()):
        if r["bias"] == "lex":
            spans[key(r)].append(r)
    n = n_title = n_lost = hit_loaded = hit_any = voice_ok = voice_ok_wide = voice_n = flag_no = 0
    by_flag = {"yes": [0, 0], "no": [0, 0]}  # [spans, matched]
    missed: list[str] = []
    failed: list[str] = []
    n_failed = 0
    t0 = time.perf_counter()
    words = 0
    for k, rows in spans.items():
        art = articles[k]
        text = art["text"]
        words += len(text.split())
        where = locate_sentences(text, sentences[k])
        try:
            terms = terms_of(text, args.voice, tuple(args.lexicon))
        except Exception as exc:  # an analysis failure is reported, and its spans counted
            failed.append(f"{k[0]}/{k[1]}: {exc!r}")
            n_failed += len(rows)
            continue
        for r in rows:
            if not r["sent_idx"].isdigit():
                n_title += 1
                continue
            base = where.get(int(r["sent_idx"]))
            if base is None:
                n_lost += 1
                continue
            s, e = base + int(r["start"]), base + int(r["end"])
            n += 1
            flag = "yes" if r["quote"] == "yes" else "no"
            by_flag[flag][0] += 1
            over = [t for t in terms if t.start < e and t.end > s]
            loaded = [t for t in over if t.category in LOADED_CATEGORIES]
            hit_any += bool(over)
            if not loaded:
                if len(missed) < args.errors:
                    missed.append(f"{r['txt']!r} ({flag})")
                continue
            hit_loaded += 1
            by_flag[flag][1] += 1
            # BASIL's flag marks spans inside quotation marks (its spans then include the
            # marks): our "quoted" voice; reported speech without marks is not flagged
            voice_n += 1
            voice_ok += (loaded[0].voice == "quoted") == (flag == "yes")
            voice_ok_wide += (loaded[0].voice in ("quoted", "reported")) == (flag == "yes")
            flag_no += flag == "no"
    elapsed = time.perf_counter() - t0
    print(f"BASIL lexical-bias spans: {n} in article bodies ({n_title} in titles, {n_lost} "
          f"sentences not found), voice={args.voice}")
    for f in failed:
        print(f"  analysis failed on {f} ({n_failed} spans not scored)")
    print(f"  lexicon recall (loaded categories) = {hit_loaded / n:.3f}   "
          f"(any category {hit_any / n:.3f})")
    for flag, (k, m) in by_flag.items():
        print(f"    quote={flag:3s}: {m}/{k} = {m / k if k else 0:.3f}")
    if voice_n:
        print(f"  voice accuracy vs in-quote flag = {voice_ok / voice_n:.3f} over {voice_n} "
              f"matched spans   (always-narrative baseline {flag_no / voice_n:.3f}; counting "
              f"reported speech as in a quote too: {voice_ok_wide / voice_n:.3f})")
    print(f"  {words / elapsed:,.0f} words/s ({elapsed:.1f} s)")
    for m in missed:
        print("missed", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
