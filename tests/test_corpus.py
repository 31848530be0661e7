"""Reading inputs: every format, encoding and metadata source, and a problem row for what cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.build.inputs import CorpusPathError, Problem, decode, iter_inputs, split_front_matter
from helpers.extract.document import RawArticle


def read_all(*paths: Path) -> tuple[list[RawArticle], list[Problem]]:
    """Read inputs; return articles and problems."""
    items = list(iter_inputs(list(paths)))
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, Problem)]


def test_front_matter_keeps_every_key(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\nurl: https://example.org/x\npublished: 2024-03-05\noutlet: Example Post\ntitle: A title\n"
        "author: Jane Roe\nlanguage: en\nsection: world\n---\nBody text here.\n", encoding="utf-8")
    [art], problems = read_all(tmp_path)
    assert problems == []
    assert art.article_id == "a"
    assert art.text == "Body text here.\n"
    assert art.meta["url"] == "https://example.org/x"
    assert str(art.meta["published"]) == "2024-03-05"
    assert art.meta["section"] == "world"


def test_date_prefix_is_split_from_the_body(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text(" date 2022-11-30 Troops arrived in the town.", encoding="utf-8")
    [art], _ = read_all(tmp_path)
    assert art.meta["text_date"] == "2022-11-30"
    assert art.text == "Troops arrived in the town."


def test_sidecar_csv_adds_metadata_by_file_name(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,published\none.txt,Daily Example,2021-01-02\n",
                                           encoding="utf-8")
    [art], problems = read_all(tmp_path)
    assert problems == []
    assert art.meta["outlet"] == "Daily Example"
    assert art.meta["published"] == "2021-01-02"


def test_utf8_bom_and_cp1252_fallback() -> None:
    assert decode("\ufeffKosovo".encode()) == ("Kosovo", [])
    text, warnings = decode(b"caf\xe9 \x93quoted\x94")
    assert text == "café “quoted”"
    assert warnings == ["invalid UTF-8 at byte 3; decoded as cp1252"]


def test_crlf_and_nfc_normalisation(tmp_path: Path) -> None:
    (tmp_path / "n.txt").write_bytes("Vuc\u030cic\u0301 said.\r\nNext line.\r".encode())
    [art], _ = read_all(tmp_path)
    assert art.text == "Vučić said.\nNext line.\n"


def test_jsonl_records_problems_and_ids(tmp_path: Path) -> None:
    lines = [json.dumps({"id": 7, "title": "T", "text": "Body one."}), "{broken", json.dumps({"id": 8, "text": None}),
             json.dumps({"text": "No id here."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, problems = read_all(tmp_path)
    assert [a.article_id for a in arts] == ["7", "feed-4"]
    assert arts[0].meta["title"] == "T" and arts[0].record == "line 1"
    assert [(p.record, p.reason) for p in problems] == [("line 2", "invalid JSON"), ("line 3", "record without text")]


def test_csv_articles_with_embedded_newlines(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text('id,title,text\nx1,"A, title","Line one.\nLine ""two""."\n', encoding="utf-8")
    [art], problems = read_all(tmp_path)
    assert problems == []
    assert (art.article_id, art.meta["title"], art.text) == ("x1", "A, title", 'Line one.\nLine "two".')


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    body = " ".join(["The peacekeeping force said its patrols in the north were reinforced this week."] * 4)
    (tmp_path / "page.html").write_text(
        f"<html><head><title>Patrols reinforced</title><script>alert('x')</script></head>"
        f"<body><nav>Home | World</nav><article><h1>Patrols reinforced</h1><p>{body}</p></article></body></html>",
        encoding="utf-8")
    [art], problems = read_all(tmp_path)
    assert problems == []
    assert "patrols in the north were reinforced" in art.text
    assert "alert" not in art.text
    assert art.meta["title"] == "Patrols reinforced"


def test_problems_for_empty_binary_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "table.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "README.md").write_text("About this folder.", encoding="utf-8")
    skipped: list[str] = []
    items = list(iter_inputs([tmp_path], skipped))
    assert [(Path(p.source).name, p.reason) for p in items] == [
        ("empty.txt", "empty file"), ("image.txt", "binary file"), ("table.xlsx", "unsupported file type")]
    assert [Path(s).name for s in skipped] == ["README.md"]


def test_malformed_front_matter_is_a_warning() -> None:
    meta, body, warnings = split_front_matter("---\ntitle: [unclosed\n---\nText.")
    assert meta == {} and body == "Text."
    assert warnings[0].startswith("front matter is not valid YAML")


def test_missing_corpus_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusPathError, match="corpus path does not exist"):
        list(iter_inputs([tmp_path / "nope"]))
