"""Score analysis records against a gold set: the matching of contract/score.py, plus scores by
quote type and bootstrap confidence intervals.

Matching (identical to the reference scorer, so figures agree to the last digit):

- a predicted quote matches a gold quote when their spans overlap by at least half of their
  union; pairs are taken greedily, best overlap first, one to one;
- speaker accuracy: among matched quotes whose gold has a speaker, the predicted speaker text
  or canonical name, normalised (case, apostrophes, a leading article), equals the gold speaker
  or one of its aliases, or the predicted speaker span overlaps the gold speaker span;
- end-to-end: a quote counts when it matches and its speaker is right;
- speaker name accuracy (ours, stricter, not in the reference scorer): among matched quotes
  whose gold speaker is a name (not a pronoun), the predicted *canonical* name equals it or
  an alias, normalised, or one ends with the other as whole words (Castaner / Christophe
  Castaner); no credit for the mention's span, so a pronoun resolved to the wrong person
  counts as wrong;
- loaded terms (when the gold has them): span overlap >= 0.5, then voice compared;
- pred_term_voice_acc: for every predicted loaded term, is its voice the one the gold quotes
  give to its span?

Confidence intervals resample articles with replacement (the unit the annotators worked on)
with a fixed seed, and report the 2.5th and 97.5th percentiles.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "COUNT_KEYS",
    "QUOTE_TYPES",
    "bootstrap",
    "count_article",
    "evaluate",
    "format_table",
    "gold_voice",
    "match_spans",
    "read_jsonl",
    "scores",
    "speaker_name_ok",
    "speaker_ok",
]

QUOTE_TYPES = ("direct", "indirect", "mixed")

# the reference scorer's counters, in its order
COUNT_KEYS = ("q_gold", "q_pred", "q_tp", "q_sp", "q_tp_sp", "d_gold", "d_pred", "d_tp",
              "t_gold", "t_pred", "t_tp", "t_voice", "missing")
_TYPE_KEYS = tuple(f"{t[0]}_{k}" for t in QUOTE_TYPES for k in ("gold", "pred", "tp"))
_EXTRA_KEYS = ("gv_n", "gv_ok", "n_name", "n_name_ok")
_ALL_KEYS = (*COUNT_KEYS, *_TYPE_KEYS, *_EXTRA_KEYS)

_DET = re.compile(r"^(le|la|les|l'|l’|un|une|des|du|de la|the|a|an)\s*", re.I)
_SPACES = re.compile(r"\s+")
_NAME_START = re.compile(r"[A-ZÀ-Ý]")
_APPOSITION_CUT = re.compile(r",|\s\(")
# titles before a name, in any case ("Ms. Acosta", "sen. bernie sanders" once normalised)
_NAME_TITLES = re.compile(r"^(?:(?:mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|governor|m|"
                          r"mme|mlle|me|pr)\.?\s+)+", re.IGNORECASE)
# (the reference's _DET takes "un" out of "une": kept there for identical figures, not here)
_NAME_DET = re.compile(r"^(?:(?:le|la|les|un|une|des|du|de la|the|a|an)\s+|l')")
_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"'}

Span = tuple[int, int]


# -- matching ------------------------------------------------------------------------------------

def _norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).strip().lower().replace("’", "'")
    s = _DET.sub("", s)
    return _SPACES.sub(" ", s)


def _overlap(a: Span, b: Span) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match_spans(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]],
                key: Callable[[Mapping[str, Any]], Span] = lambda x: (x["start"], x["end"]),
                ) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best overlap first; pairs ``(gold index, pred index)``
    whose spans overlap by at least half of their union."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            o = _overlap(key(g), key(p))
            if o >= 0.5:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def _speaker_of(p: Mapping[str, Any]) -> tuple[Any, Any, Any, Any]:
    sp = p.get("speaker")
    if isinstance(sp, dict):
        return (sp.get("text") or sp.get("name"), sp.get("start"), sp.get("end"),
                sp.get("canonical") or sp.get("name"))
    return sp, None, None, None


def speaker_ok(gold_quote: Mapping[str, Any], pred_quote: Mapping[str, Any]) -> bool:
    """Is the predicted quote's speaker the gold one (by name, alias or span)?"""
    text, s, e, canon = _speaker_of(pred_quote)
    names = {_norm(gold_quote.get("speaker"))}
    names |= {_norm(a) for a in gold_quote.get("speaker_aliases", [])}
    names.discard("")
    if _norm(text) in names or (canon and _norm(canon) in names):
        return True
    if s is not None and e is not None and "speaker_start" in gold_quote:
        return _overlap((gold_quote["speaker_start"], gold_quote["speaker_end"]), (s, e)) > 0
    return False


_PRONOUN_SPEAKERS = frozenset(
    "il elle ils elles on lui eux celui-ci celle-ci ceux-ci he she they it we i him her them "
    "who".split())


def speaker_name_ok(gold_quote: Mapping[str, Any], pred_quote: Mapping[str, Any]
                    ) -> bool | None:
    """Is the predicted canonical speaker the gold speaker's name? None when the gold speaker
    is missing or a pronoun (nothing to compare a name with)."""
    gold = _norm(gold_quote.get("speaker"))
    if not gold or gold in _PRONOUN_SPEAKERS:
        return None
    raw = [gold_quote.get("speaker") or "", *gold_quote.get("speaker_aliases", [])]
    raw_canon = _speaker_of(pred_quote)[3] or ""
    canon = _name_norm(raw_canon)
    if not canon:
        return False
    for r in raw:
        n = _name_norm(r)
        if not n:
            continue
        if canon == n:
            return True
        # one name ends the other ("Castaner" / "Christophe Castaner", "Sen. Bernie Sanders"),
        # when the shorter one is a proper name
        short, long_ = (raw_canon, n) if len(canon) < len(n) else (r, canon)
        short_n = _name_norm(short)
        if short_n and _NAME_START.match(_NAME_TITLES.sub("", short.strip())) and \
                long_.endswith(" " + short_n):
            return True
    return False


def _name_norm(s: str | None) -> str:
    """A name compared as a name: its head before an apposition ("Bob Friedman, a talk show
    host"), without titles ("Ms. Acosta"), case, accents, apostrophes or a leading article
    ("l'Élysée" = "Elysée", "une source proche" = "source proche")."""
    if not s:
        return ""
    s = _APPOSITION_CUT.split(s.strip(), maxsplit=1)[0]
    s = unicodedata.normalize("NFKD", s.strip().lower().replace("’", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _NAME_TITLES.sub("", _NAME_DET.sub("", s))
    return _SPACES.sub(" ", s).strip(" .")


def gold_voice(text: str, quotes: Sequence[Mapping[str, Any]], start: int, end: int) -> str:
    """The voice the gold quotes give to ``[start, end)``: quoted, reported or narrative."""
    for q in quotes:
        if q["start"] <= start and end <= q["end"]:
            if q["type"] == "direct":
                return "quoted"
            if q["type"] == "mixed":
                inside, closer = False, None
                for i in range(q["start"], start):
                    ch = text[i]
                    if inside and ch == closer:
                        inside = False
                    elif not inside and ch in _OPEN_CLOSE:
                        inside, closer = True, _OPEN_CLOSE[ch]
                return "quoted" if inside else "reported"
            return "reported"
    return "narrative"


# -- counting ------------------------------------------------------------------------------------

def count_article(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> dict[str, int]:
    """The counters of one gold article against its prediction (None when missing)."""
    c = dict.fromkeys(_ALL_KEYS, 0)
    if pred is None:
        c["missing"] = 1
        pred = {"quotes": [], "loaded_terms": []}
    gq, pq = gold.get("quotes", []), pred.get("quotes", []) or []
    c["q_gold"], c["q_pred"] = len(gq), len(pq)
    m = match_spans(gq, pq)
    c["q_tp"] = len(m)
    c["q_sp"] = sum(speaker_ok(gq[i], pq[j]) for i, j in m if gq[i].get("speaker"))
    c["q_tp_sp"] = sum(1 for i, _ in m if gq[i].get("speaker"))
    for i, j in m:
        ok = speaker_name_ok(gq[i], pq[j])
        if ok is not None:
            c["n_name"] += 1
            c["n_name_ok"] += ok
    for qtype in QUOTE_TYPES:
        gt = [q for q in gq if q["type"] == qtype]
        pt = [q for q in pq if q.get("type") == qtype]
        k = qtype[0]
        c[f"{k}_gold"], c[f"{k}_pred"] = len(gt), len(pt)
        c[f"{k}_tp"] = len(match_spans(gt, pt))
    for t in pred.get("loaded_terms", []) or []:
        if isinstance(t.get("start"), int) and isinstance(t.get("end"), int):
            c["gv_n"] += 1
            c["gv_ok"] += gold_voice(gold["text"], gq, t["start"], t["end"]) == t.get("voice")
    if "loaded_terms" in gold:
        gt, pt = gold.get("loaded_terms", []), pred.get("loaded_terms", []) or []
        c["t_gold"], c["t_pred"] = len(gt), len(pt)
        mt = match_spans(gt, pt)
        c["t_tp"] = len(mt)
        c["t_voice"] = sum(gt[i]["voice"] == pt[j].get("voice") for i, j in mt)
    return c


def _prf(tp: float, npred: float, ngold: float) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def scores(c: Mapping[str, int], docs: int) -> dict[str, Any]:
    """The figures from summed counters: the reference scorer's keys, in its order, then
    ``by_type`` (precision, recall, F1 and counts per quote type)."""
    qp, qr, qf = _prf(c["q_tp"], c["q_pred"], c["q_gold"])
    _, _, df = _prf(c["d_tp"], c["d_pred"], c["d_gold"])
    _, _, ef = _prf(c["q_sp"], c["q_pred"], c["q_gold"])
    tp_, tr, tf = _prf(c["t_tp"], c["t_pred"], c["t_gold"]) if c["t_gold"] else (None, None,
                                                                                 None)
    voice = (c["t_voice"] / c["t_tp"] if c["t_tp"] else 0.0) if c["t_gold"] else None
    res: dict[str, Any] = dict(
        docs=docs, missing=c["missing"], quote_p=qp, quote_r=qr, quote_f1=qf, direct_f1=df,
        speaker_acc=c["q_sp"] / c["q_tp_sp"] if c["q_tp_sp"] else 0.0,
        end2end_f1=ef, term_p=tp_, term_r=tr, term_f1=tf, voice_acc=voice,
        pred_terms=c["gv_n"], pred_term_voice_acc=c["gv_ok"] / c["gv_n"] if c["gv_n"] else None,
        speaker_name_acc=c["n_name_ok"] / c["n_name"] if c["n_name"] else None,
        speaker_names=c["n_name"],
        counts={k: c[k] for k in COUNT_KEYS},
    )
    by_type = {}
    for qtype in QUOTE_TYPES:
        k = qtype[0]
        p, r, f = _prf(c[f"{k}_tp"], c[f"{k}_pred"], c[f"{k}_gold"])
        by_type[qtype] = dict(p=p, r=r, f1=f, gold=c[f"{k}_gold"], pred=c[f"{k}_pred"],
                              tp=c[f"{k}_tp"])
    res["by_type"] = by_type
    return res


# -- bootstrap -----------------------------------------------------------------------------------

def _f1(tp: np.ndarray, npred: np.ndarray, ngold: np.ndarray) -> np.ndarray:
    p = np.divide(tp, npred, out=np.zeros_like(tp), where=npred > 0)
    r = np.divide(tp, ngold, out=np.zeros_like(tp), where=ngold > 0)
    return np.divide(2 * p * r, p + r, out=np.zeros_like(tp), where=p + r > 0)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)


_CI_METRICS: dict[str, Callable[[dict[str, np.ndarray]], np.ndarray]] = {
    "quote_f1": lambda s: _f1(s["q_tp"], s["q_pred"], s["q_gold"]),
    "speaker_acc": lambda s: _ratio(s["q_sp"], s["q_tp_sp"]),
    "end2end_f1": lambda s: _f1(s["q_sp"], s["q_pred"], s["q_gold"]),
}


def bootstrap(per_article: Sequence[Mapping[str, int]], *, n: int = 1000, seed: int = 0,
              level: float = 0.95) -> dict[str, list[float]]:
    """Percentile confidence intervals for quote F1, speaker accuracy and end-to-end F1,
    resampling articles with replacement ``n`` times with a fixed ``seed``."""
    if not per_article or n <= 0:
        return {}
    keys = ("q_tp", "q_pred", "q_gold", "q_sp", "q_tp_sp")
    m = np.array([[a[k] for k in keys] for a in per_article], dtype=np.int64)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(per_article), size=(n, len(per_article)))
    sums = m[idx].sum(axis=1)  # (n, len(keys))
    cols = {k: sums[:, i].astype(float) for i, k in enumerate(keys)}
    lo, hi = (1 - level) / 2 * 100, (1 + level) / 2 * 100
    out = {}
    for name, fn in _CI_METRICS.items():
        values = fn(cols)
        out[name] = [float(np.percentile(values, lo)), float(np.percentile(values, hi))]
    return out


# -- whole sets ----------------------------------------------------------------------------------

def read_jsonl(path: str | Path, *, what: str = "file",
               require_id: bool = False) -> dict[str, dict[str, Any]]:
    """Records by ``str(id)`` (a later duplicate replaces an earlier one, as in score.py).
    Raises ``ValueError`` naming the file and line for a line that is not a JSON object (or
    has no id, with ``require_id``)."""
    out: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{lineno}: the {what} line is not valid JSON "
                                 f"({exc})") from None
            if not isinstance(d, dict):
                raise ValueError(f"{path}:{lineno}: the {what} line is not a JSON object")
            if require_id and "id" not in d:
                raise ValueError(f"{path}:{lineno}: the {what} record has no 'id' field")
            out[str(d.get("id"))] = d
    return out


def evaluate(gold: Mapping[str, Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]], *,
             n_boot: int = 1000, seed: int = 0) -> dict[str, Any]:
    """Score ``pred`` against ``gold`` (both keyed by id): the figures of ``scores`` plus
    ``ci`` (95% bootstrap intervals over articles) and ``bootstrap`` (its settings)."""
    per = [count_article(g, pred.get(doc_id)) for doc_id, g in gold.items()]
    res = scores(_sum_counts(per), len(gold))
    res["ci"] = bootstrap(per, n=n_boot, seed=seed)
    res["bootstrap"] = {"resamples": n_boot, "seed": seed, "unit": "article", "level": 0.95}
    return res


def format_table(res: Mapping[str, Any], *, title: str | None = None) -> str:
    """The figures as a plain-text table."""
    c = res["counts"]
    ci = res.get("ci", {})

    def num(x: float | None) -> str:
        return f"{'-':>7}" if x is None else f"{x:7.3f}"

    def interval(name: str) -> str:
        return f"  [{ci[name][0]:.3f}, {ci[name][1]:.3f}]" if name in ci else ""

    def row(label: str, p: float | None, r: float | None, f: float | None, gold: int,
            pred: int, match: int, extra: str = "") -> str:
        return f"{label:<18}{num(p)}{num(r)}{num(f)}{gold:>7}{pred:>7}{match:>7}{extra}"

    lines = [] if title is None else [title]
    lines.append(f"articles: {res['docs']}   missing predictions: {res['missing']}")
    lines.append("")
    lines.append(f"{'':<18}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'match':>7}"
                 + ("  95% CI (F1)" if ci else ""))
    lines.append(row("quotes", res["quote_p"], res["quote_r"], res["quote_f1"], c["q_gold"],
                     c["q_pred"], c["q_tp"], interval("quote_f1")))
    for qtype, t in res["by_type"].items():
        lines.append(row("  " + qtype, t["p"], t["r"], t["f1"], t["gold"], t["pred"], t["tp"]))
    e2e_p, e2e_r, _ = _prf(c["q_sp"], c["q_pred"], c["q_gold"])
    lines.append(row("quote + speaker", e2e_p, e2e_r, res["end2end_f1"], c["q_gold"],
                     c["q_pred"], c["q_sp"], interval("end2end_f1")))
    if res["term_f1"] is not None:
        lines.append(row("loaded terms", res["term_p"], res["term_r"], res["term_f1"],
                         c["t_gold"], c["t_pred"], c["t_tp"]))
    lines.append("")
    lines.append(f"speaker accuracy     {num(res['speaker_acc'])}   ({c['q_sp']} of "
                 f"{c['q_tp_sp']} matched quotes with a gold speaker){interval('speaker_acc')}")
    if res.get("speaker_name_acc") is not None:
        lines.append(f"speaker name         {num(res['speaker_name_acc'])}   (canonical name = "
                     f"gold name, {res['speaker_names']} matched quotes with a named speaker; "
                     f"stricter than the reference)")
    if res["voice_acc"] is not None:
        lines.append(f"term voice accuracy  {num(res['voice_acc'])}   ({c['t_voice']} of "
                     f"{c['t_tp']} matched terms)")
    if res["pred_term_voice_acc"] is not None:
        lines.append(f"predicted-term voice {num(res['pred_term_voice_acc'])}   "
                     f"({res['pred_terms']} predicted terms, voice from the gold quotes)")
    if ci:
        b = res.get("bootstrap", {})
        lines.append("")
        lines.append(f"95% CI: bootstrap over articles, {b.get('resamples')} resamples, "
                     f"seed {b.get('seed')}")
    return "\n".join(lines)


def _sum_counts(per_article: Iterable[Mapping[str, int]]) -> dict[str, int]:
    total = dict.fromkeys(_ALL_KEYS, 0)
    for c in per_article:
        for k, v in c.items():
            total[k] += v
    return total
