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
           [--errors N] [--voice-errors N]

--voice pipeline (default) runs the whole analysis; --voice none takes every term as the
outlet's own words (the voice baseline). Spans in titles are not in the article body and are
counted apart. The data are read from ../shared/data and never copied.

BASIL has no split: the articles are cut into two halves by a stable hash of their event
triplet uuid (the three outlets' articles of one event stay together): "study" (even) and
"held-out" (odd). Recall and voice accuracy are printed for all / study / held-out;
``--voice-errors N`` prints up to N voice mismatches with their context, from the study half
only, so that the held-out figure is never read off the errors it was tuned on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
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


HALVES = ("all", "study", "held-out")


def half_of(triplet_uuid: str) -> str:
    """"study" or "held-out": the parity of a stable hash of the event triplet uuid."""
    return "study" if hashlib.sha1(triplet_uuid.encode()).digest()[0] % 2 == 0 else "held-out"


def context(text: str, s: int, e: int, width: int = 160) -> str:
    """The span in [[ ]] with up to ``width`` characters either side, on one line."""
    left, right = text[max(0, s - width):s], text[e:e + width]
    return " ".join(f"{left}[[{text[s:e]}]]{right}".split())


@dataclass
class Tally:
    """Counts of one half."""

    n: int = 0
    hit_loaded: int = 0
    hit_any: int = 0
    voice_n: int = 0
    voice_ok: int = 0
    voice_ok_wide: int = 0
    flag_no: int = 0
    by_flag: dict[str, list[int]] = field(
        default_factory=lambda: {"yes": [0, 0], "no": [0, 0]})  # [spans, matched]


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
    ap.add_argument("--voice-errors", type=int, default=0,
                    help="print N voice mismatches with context (study half only)")
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
    tallies = {h: Tally() for h in HALVES}
    n_title = n_lost = 0
    missed: list[str] = []
    voice_errors: list[str] = []
    failed: list[str] = []
    n_failed = 0
    t0 = time.perf_counter()
    words = 0
    for k, rows in spans.items():
        art = articles[k]
        text = art["text"]
        words += len(text.split())
        where = locate_sentences(text, sentences[k])
        half = half_of(k[0])
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
            flag = "yes" if r["quote"] == "yes" else "no"
            over = [t for t in terms if t.start < e and t.end > s]
            loaded = [t for t in over if t.category in LOADED_CATEGORIES]
            if not loaded and len(missed) < args.errors:
                missed.append(f"{r['txt']!r} ({flag})")
            # BASIL's flag marks spans inside quotation marks (its spans then include the
            # marks): our "quoted" voice; reported speech without marks is not flagged
            ok = bool(loaded) and (loaded[0].voice == "quoted") == (flag == "yes")
            for h in ("all", half):
                t = tallies[h]
                t.n += 1
                t.by_flag[flag][0] += 1
                t.hit_any += bool(over)
                if not loaded:
                    continue
                t.hit_loaded += 1
                t.by_flag[flag][1] += 1
                t.voice_n += 1
                t.voice_ok += ok
                t.voice_ok_wide += (loaded[0].voice in ("quoted", "reported")) == (flag == "yes")
                t.flag_no += flag == "no"
            if loaded and not ok and half == "study" and len(voice_errors) < args.voice_errors:
                term = loaded[0]
                voice_errors.append(
                    f"{k[0][:8]}/{k[1]} flag={flag} voice={term.voice} term={term.text!r}\n"
                    f"    {context(text, s, e)}")
    elapsed = time.perf_counter() - t0
    every = tallies["all"]
    print(f"BASIL lexical-bias spans: {every.n} in article bodies ({n_title} in titles, "
          f"{n_lost} sentences not found), voice={args.voice}")
    for f in failed:
        print(f"  analysis failed on {f} ({n_failed} spans not scored)")
    for h in HALVES:
        t = tallies[h]
        if not t.n:
            continue
        print(f"  [{h}] articles split by triplet hash; {t.n} spans")
        print(f"  lexicon recall (loaded categories) = {t.hit_loaded / t.n:.3f}   "
              f"(any category {t.hit_any / t.n:.3f})")
        for flag, (n, m) in t.by_flag.items():
            print(f"    quote={flag:3s}: {m}/{n} = {m / n if n else 0:.3f}")
        if t.voice_n:
            print(f"  voice accuracy vs in-quote flag = {t.voice_ok / t.voice_n:.3f} over "
                  f"{t.voice_n} matched spans   (always-narrative baseline "
                  f"{t.flag_no / t.voice_n:.3f}; counting reported speech as in a quote too: "
                  f"{t.voice_ok_wide / t.voice_n:.3f})")
    print(f"  {words / elapsed:,.0f} words/s ({elapsed:.1f} s)")
    for m in missed:
        print("missed", m)
    for v in voice_errors:
        print("voice error (study)", v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
