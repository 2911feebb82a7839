"""analysis.io: decoding, path planning, the lazy readers and the JSONL writer.

Sentences are real: from the reference article (samples/fr/syrie-2016.txt) and the shared
French and English dev sets.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.io import (
    CorpusError,
    DecodeError,
    JsonlWriter,
    Record,
    RecordError,
    decode_bytes,
    iter_records,
    plan_inputs,
    read_records,
    to_json_line,
)

FR = [
    "Les présidents russe Vladimir Poutine et américain Barack Obama se sont déclarés prêts "
    "mercredi, lors d'une conversation téléphonique, «à intensifier la coordination» militaire "
    "entre les deux pays en Syrie, a annoncé le Kremlin.",
    "Mi-mai, la Russie avait même proposé aux Etats-Unis de mener des frappes communes contre "
    "les groupes takfiristes en Syrie, une proposition immédiatement rejetée par Washington.",
    "La chaîne de télévision France 3 s’est excusée dimanche pour avoir diffusé une photo "
    "retouchée.",
    "Des rassemblements de «\u00a0gilets jaunes\u00a0» sont prévus samedi à travers la France.",
    "Source: agences et rédaction",
]
EN = [
    "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.",
    "Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues; It’s "
    "a “Legitimate” Question — “She Wasn’t Well”.",
]
ARTICLE = "\n".join(FR)


def _records(items):
    return [x for x in items if isinstance(x, Record)]


def _errors(items):
    return [x for x in items if isinstance(x, RecordError)]


# -- decoding -----------------------------------------------------------------------------------

def _representable(texts, encodings):
    for enc in encodings:
        for t in texts:
            try:
                t.encode(enc)
            except UnicodeEncodeError:
                continue
            yield t, enc


@pytest.mark.parametrize(("text", "encoding"),
                         list(_representable([*FR, *EN, ARTICLE], ["cp1252", "latin-1"])))
def test_legacy_bytes_are_detected_and_decoded_exactly(text, encoding):
    data = text.encode(encoding)
    decoded, used = decode_bytes(data)
    assert decoded == text
    assert used == "cp1252"


@pytest.mark.parametrize(("data", "expected_text", "expected_encoding"), [
    (FR[0].encode("utf-8"), FR[0], "utf-8"),
    (b"\xef\xbb\xbf" + FR[1].encode("utf-8"), FR[1], "utf-8-sig"),
    (FR[2].encode("utf-16"), FR[2], "utf-16"),  # with its byte order mark
    (b"", "", "utf-8"),
])
def test_unicode_encodings(data, expected_text, expected_encoding):
    assert decode_bytes(data) == (expected_text, expected_encoding)


@pytest.mark.parametrize(("data", "reason"), [
    (bytes(range(256)) * 4, "not text in cp1252"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(128, 256)),
     r"not UTF-8 \(byte 0x89 at offset 0\)"),
    # a UTF-8 file with one stray Windows-1252 byte: mixed encodings, refused
    (ARTICLE.encode("utf-8") + " déjà".encode("cp1252"), "mixed encodings"),
])
def test_undecodable_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


@pytest.mark.parametrize(("data", "encoding", "expected"), [
    (FR[1].encode("cp1252"), "cp1252", FR[1]),
    (FR[1].encode("mac_roman"), "mac_roman", FR[1]),
])
def test_explicit_encoding(data, encoding, expected):
    assert decode_bytes(data, encoding) == (expected, encoding)


@pytest.mark.parametrize(("data", "encoding", "reason"), [
    (FR[1].encode("cp1252"), "utf-8", "not valid utf-8: byte 0xea at offset 25"),
    (b"abc", "klingon", "unknown encoding 'klingon'"),
])
def test_explicit_encoding_errors(data, encoding, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data, encoding)


# -- planning -----------------------------------------------------------------------------------

def test_folder_is_searched_recursively_in_sorted_order(tmp_path):
    for rel in ("b.txt", "a/z.txt", "a/c.txt", "a/notes.md", ".hidden/x.txt", "B/A.TXT"):
        p = tmp_path / "in" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(FR[0], encoding="utf-8")
    files = plan_inputs([tmp_path / "in"])
    assert [f.rel for f in files] == ["B/A.TXT", "a/c.txt", "a/z.txt", "b.txt"]
    assert {f.kind for f in files} == {"txt"}


@pytest.mark.parametrize(("name", "content", "kwargs", "message"), [
    ("missing.txt", None, {}, "input '{path}' does not exist"),
    ("article.docx", b"PK", {}, "unsupported extension '.docx': use .txt, .jsonl"),
    ("corpus.json", b"[]", {}, "a JSON array cannot be streamed"),
    ("noext", b"x", {}, "unsupported extension '(none)'"),
    ("corpus.csv", b"id,body,outlet\n1,x,y\n", {},
     "has no text column 'text' (columns found: 'id', 'body', 'outlet'): name the column "
     "holding the article text with --text-col"),
    ("corpus.jsonl", json.dumps({"id": 1, "contenu": FR[0]}).encode() + b"\n", {},
     "has no text column 'text' (columns found: 'id', 'contenu')"),
    ("corpus.csv", b"id,text\n1,x\n", {"id_col": "doc"},
     "has no id column 'doc' (columns found: 'id', 'text')"),
])
def test_user_mistakes_are_one_sentence(tmp_path, name, content, kwargs, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CorpusError) as exc_info:
        plan_inputs([str(path)], **kwargs)
    text = str(exc_info.value)
    assert message.format(path=path) in text
    assert "\n" not in text


def test_empty_folder_is_refused(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"has no \.txt files"):
        plan_inputs([tmp_path])


def test_parquet_without_text_column_lists_its_columns(tmp_path):
    path = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": ["a"], "body": [FR[0]]}), path)
    with pytest.raises(CorpusError, match=r"columns found: 'id', 'body'\): .*--text-col"):
        plan_inputs([path])
    assert plan_inputs([path], text_col="body")[0].kind == "parquet"


# -- text files ---------------------------------------------------------------------------------

def test_text_files_ids_and_encodings(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "sub" / "utf8.txt").write_text(FR[0], encoding="utf-8")
    (tmp_path / "d" / "win.txt").write_bytes(FR[1].encode("cp1252"))
    (tmp_path / "d" / "bin.txt").write_bytes(bytes(range(256)) * 3)
    notes = []
    items = list(read_records([tmp_path / "d"], notify=notes.append))
    assert [type(x).__name__ for x in items] == ["RecordError", "Record", "Record"]
    err, utf8, win = items
    assert (utf8.id, utf8.text, dict(utf8.meta)) == ("sub/utf8.txt", FR[0], {})
    assert (win.id, win.text, dict(win.meta)) == ("win.txt", FR[1], {"encoding": "cp1252"})
    assert notes == [f"{tmp_path / 'd' / 'win.txt'} is not UTF-8: read it as cp1252"]
    assert err.id == "bin.txt" and err.line is None
    assert str(tmp_path / "d" / "bin.txt") in err.error and "--encoding" in err.error


# -- JSON Lines ---------------------------------------------------------------------------------

BAD_JSONL_LINES = [
    # (line, expected error or None when valid)
    (json.dumps({"id": "fr-1", "text": FR[0], "outlet": "AFP", "date": "2016-07-06",
                 "labels": ["syrie"]}, ensure_ascii=False), None),
    ('{"id": "fr-2", "text": ', "invalid JSON"),
    (json.dumps(["fr-3", FR[1]]), "expected a JSON object, got an array"),
    (json.dumps({"id": "fr-4"}), "no text (field 'text' is missing or null)"),
    (json.dumps({"id": "fr-5", "text": None}), "no text"),
    (json.dumps({"id": "fr-6", "text": 42}), "the text 'text' must be a string, not a number"),
    (json.dumps({"text": FR[2]}), "no id"),
    (json.dumps({"id": "", "text": FR[2]}), "no id"),
    (json.dumps({"id": ["x"], "text": FR[2]}), "must be a string or an integer, not an array"),
    (json.dumps({"id": 7, "text": "   \n "}), None),
    (json.dumps({"id": "fr-8", "text": ""}), None),
]


def test_jsonl_bad_lines_become_errors_with_their_line(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [line for line, _ in BAD_JSONL_LINES]
    raw = ("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n").encode("utf-8")
    path.write_bytes(raw + FR[3].encode("cp1252").join([b'{"id": "fr-9", "text": "', b'"}\n']))
    items = list(read_records([path]))
    assert len(items) == len(BAD_JSONL_LINES) + 1  # one per non-blank line, none dropped
    expected_lines = [1, 2, 3, *range(5, 5 + len(lines) - 3), 5 + len(lines) - 3]
    assert [x.line for x in items] == expected_lines
    for item, (_, error) in zip(items, BAD_JSONL_LINES, strict=False):
        if error is None:
            assert isinstance(item, Record), item
        else:
            assert isinstance(item, RecordError) and error in item.error, item
    assert "not valid utf-8: byte 0xab at column 47" in items[-1].error
    assert "--encoding" in items[-1].error
    first = items[0]
    assert (first.id, first.text, first.outlet) == ("fr-1", FR[0], "AFP")
    assert dict(first.meta) == {"date": "2016-07-06", "labels": ["syrie"]}
    assert items[3].id == "fr-4"  # the id is known, so the error carries it
    assert [x.id for x in _records(items)][1:] == ["7", "fr-8"]


def test_jsonl_with_encoding_option(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(json.dumps({"id": 1, "text": FR[1]}, ensure_ascii=False).encode("cp1252"))
    (rec,) = read_records([path], encoding="cp1252")
    assert rec.text == FR[1]


def test_jsonl_without_ids_is_numbered_by_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"text": t}) for t in FR[:3]), encoding="utf-8")
    notes = []
    items = list(read_records([path], notify=notes.append))
    assert [x.id for x in items] == ["c.jsonl:1", "c.jsonl:2", "c.jsonl:3"]
    assert len(notes) == 1 and "--id-col" in notes[0]


def test_jsonl_custom_columns(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"doc": "d1", "body": FR[0], "id": "other"}), encoding="utf-8")
    (rec,) = read_records([path], text_col="body", id_col="doc")
    assert (rec.id, rec.text, dict(rec.meta)) == ("d1", FR[0], {"id": "other"})


# -- CSV ----------------------------------------------------------------------------------------

def test_csv_rows_lines_and_errors(tmp_path):
    path = tmp_path / "c.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "outlet", "date", "text"])
        w.writerow(["a", "lapresse.ca", "2018-11-17", FR[0]])  # line 2
        w.writerow(["b", "ledevoir.com", "", "Premier paragraphe.\n\nSecond: «\u00a0non\u00a0»."])
        w.writerow(["c", "letemps.ch", "2019-01-05"])  # line 6: a cell short
        w.writerow(["", "tdg.ch", "2019-01-05", FR[1]])  # line 7: no id
        w.writerow(["e", "", "", ""])  # line 8: empty article, still an article
        w.writerow(["f", "lematin.ch", "2019-02-01", FR[2], "extra"])  # line 9
        w.writerow(["g", "dh.be", "2019-02-02", "x" * 200_000])  # line 10: a long article
    items = list(read_records([path]))
    assert [(type(x).__name__, x.line, x.id) for x in items] == [
        ("Record", 2, "a"), ("Record", 3, "b"), ("RecordError", 6, "c"),
        ("RecordError", 7, None), ("Record", 8, "e"), ("RecordError", 9, "f"),
        ("Record", 10, "g")]
    a, b, e, g = _records(items)
    assert (a.outlet, dict(a.meta), a.text) == ("lapresse.ca", {"date": "2018-11-17"}, FR[0])
    assert b.text.endswith("«\u00a0non\u00a0».") and b.meta["date"] is None
    assert (e.text, e.outlet) == ("", None)
    assert len(g.text) == 200_000
    assert [x.error for x in _errors(items)] == [
        "the row has 3 cells, the header 4", "no id (field 'id' is missing or empty)",
        "the row has 5 cells, the header 4"]


def test_csv_undecodable_row_is_one_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"id,text\n1," + FR[2].encode("cp1252") + b"\n2," + FR[4].encode() + b"\n")
    items = list(read_records([path]))
    assert isinstance(items[0], RecordError) and "--encoding" in items[0].error
    assert items[0].line == 2
    assert isinstance(items[1], Record) and items[1].text == FR[4]
    rec, _ = read_records([path], encoding="cp1252")
    assert rec.text == FR[2]


def test_tsv_and_bom(tmp_path):
    path = tmp_path / "c.tsv"
    path.write_bytes(b"\xef\xbb\xbfid\ttext\nx\t" + FR[3].encode("utf-8") + b"\n")
    (rec,) = read_records([path])
    assert (rec.id, rec.text) == ("x", FR[3])


# -- Parquet ------------------------------------------------------------------------------------

def test_parquet_records_and_metadata_types(tmp_path):
    path = tmp_path / "c.parquet"
    table = pa.table({
        "id": [1, 2, 3],
        "text": [FR[0], None, EN[0]],
        "outlet": ["afp", "dh.be", None],
        "date": [dt.date(2016, 7, 6), None, dt.date(2016, 10, 1)],
        "score": [0.5, float("nan"), 1.0],
    })
    pq.write_table(table, path)
    items = list(read_records([path]))
    assert [(type(x).__name__, x.line, x.id) for x in items] == [
        ("Record", 1, "1"), ("RecordError", 2, "2"), ("Record", 3, "3")]
    first, _, third = items
    assert first.meta == {"date": dt.date(2016, 7, 6), "score": 0.5}
    assert third.meta["score"] == 1.0 and third.outlet is None
    assert json.loads(to_json_line(dict(first.meta))) == {"date": "2016-07-06", "score": 0.5}
    assert items[1].error.startswith("no text")


# -- laziness -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_readers_are_lazy(tmp_path, kind):
    """A line appended after reading started is still read: nothing was read ahead."""
    path = tmp_path / f"c.{kind}"
    n = 2000  # ~300 KB: far more than one read buffer

    def row(i: int) -> str:
        if kind == "jsonl":
            return json.dumps({"id": i, "text": FR[i % len(FR)]}, ensure_ascii=False) + "\n"
        return f'{i},"{FR[i % len(FR)]}"\n'

    with open(path, "w", encoding="utf-8") as fh:
        fh.write("" if kind == "jsonl" else "id,text\n")
        fh.writelines(row(i) for i in range(n))
    it = iter_records(plan_inputs([path]))
    assert next(it).id == "0"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(row(n))
    rest = list(it)
    assert len(rest) == n and rest[-1].id == str(n)


# -- writer -------------------------------------------------------------------------------------

def test_writer_keeps_unicode_and_writes_one_line_per_object(tmp_path):
    path = tmp_path / "sub" / "out.jsonl"
    with JsonlWriter(path) as w:
        w.write({"id": "a", "text": FR[3]})
        w.write({"id": "b", "when": dt.datetime(2019, 1, 5, 12, 30)})
    raw = path.read_bytes().decode("utf-8")
    assert raw.count("\n") == 2 and "«\u00a0gilets jaunes\u00a0»" in raw and "\\u" not in raw
    assert [json.loads(x)["id"] for x in raw.splitlines()] == ["a", "b"]
    assert json.loads(raw.splitlines()[1])["when"] == "2019-01-05T12:30:00"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), object()])
def test_writer_refuses_what_json_cannot_hold(value):
    with pytest.raises((ValueError, TypeError)):
        to_json_line({"features": {"x": value}})


def test_unwritable_output_is_one_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    for target, reason in [(blocker / "out.jsonl", "cannot write the output"),
                           (tmp_path, "it is a folder")]:
        with pytest.raises(CorpusError, match=reason) as exc_info:
            JsonlWriter(target)
        assert "\n" not in str(exc_info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder(tmp_path):  # pragma: no cover - CI runs as root
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    with pytest.raises(CorpusError, match="Permission denied"):
        JsonlWriter(ro / "out.jsonl")


def test_path_objects_and_strings_plan_alike(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(FR[0], encoding="utf-8")
    assert plan_inputs([p]) == plan_inputs([str(p)])
    assert Path(plan_inputs([p])[0].path) == p
