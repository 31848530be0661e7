"""Bad input and hostile content: every input becomes an article (maybe with a warning) or a problem row; no crash.

Most cases share one build of a corpus folder holding one bad input per file (built once per module); the
cases that need their own corpus or the command line build separately.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.build import build
from helpers.build.inputs import iter_inputs, read_path
from helpers.extract.clean import clean
from helpers.extract.document import RawArticle
from helpers.extract.segment import split_sentences
from helpers.paths import ROOT

TODAY = dt.date(2025, 1, 1)
SEEDS = sorted((ROOT / "data" / "articles").glob("*.txt"))
SENTENCE = "KFOR troops arrived in Pristina on 12 June 1999 and NATO said 50,000 troops were deployed."
FURNITURE = "Previous Article\nLeave a Comment\n@2030 All Right Reserved.\n"
BODY = "Body text about Kosovo and the peacekeepers in Pristina."
HTML = (
    "<html><head><title>Patrols reinforced</title><style>body {color: red} .SCRIPTCSS {}</style>"
    "<script>var secret = 'SCRIPTSECRET'; document.write('SCRIPTWRITE');</script></head>"
    "<body><nav>Home | World</nav><article><h1>Patrols reinforced</h1>"
    + "".join(f"<p>{SENTENCE} The peacekeeping force said its patrols in the north were reinforced.</p>"
              for _ in range(4))
    + "<script>alert('SCRIPTALERT')</script></article></body></html>"
)
JSONL = "\n".join([
    json.dumps({"id": "j1", "text": "The first record is fine."}),
    '{"id": "j2", "text": "broken',
    json.dumps({"id": "j3", "title": "No text here"}),
    json.dumps({"id": "j1", "text": "A second record with the same id."}),
]) + "\n"
CSV = 'id,title,text\nc1,"A, title","Line one.\nLine ""two"" says: ""hello, world""."\nc2,Plain,"Second row."\n'

CASES: dict[str, bytes] = {
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\n   \n",
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
    "bad_utf8.txt": b"Troops arrived \xff\xfe in Pristina.",
    "latin1.txt": b"Caf\xe9 in Prizren: the mayor said \x93we are safe\x94.",
    "latin1_only.txt": b"R\xe9union in Prizren\x81 today.",
    "utf16.txt": f"{SENTENCE}\nSoldiers from Türkiye arrived in Prizren.\n".encode("utf-16"),
    "crlf.txt": f"{SENTENCE}\r\n\r\nThe mayor said \u201cwe are safe\u201d.\r\n".encode(),
    "old_mac.txt": f"{SENTENCE}\r\rThe mayor said \u201cwe are safe\u201d.\r".encode(),
    "no_punctuation.txt": b"KFOR troops arrived in Pristina on 12 June 1999 and NATO said 50000 troops were deployed",
    "unbalanced.txt": 'The general said "we will stay in Kosovo. Nobody left.\n\nThe mayor said \u201cwe are safe.'
                      .encode(),
    "furniture.txt": FURNITURE.encode(),
    "fm_unclosed.md": f"---\ntitle: Unclosed\n{BODY}\n".encode(),
    "fm_bad_yaml.md": f"---\ntitle: [unclosed\n---\n{BODY}\n".encode(),
    "fm_not_a_date.md": f"---\npublished: sometime last spring\n---\n{BODY}\n".encode(),
    "fm_impossible_date.md": f"---\npublished: 2024-13-45\n---\n{BODY}\n".encode(),
    "fm_future.md": f"---\npublished: 2999-01-01\n---\n{BODY}\n".encode(),
    "fm_python_tag.md": f"---\ntitle: !!python/object/apply:os.system ['echo PWNED']\n---\n{BODY}\n".encode(),
    "feed.jsonl": JSONL.encode(),
    "rows.csv": CSV.encode(),
    "page.html": HTML.encode(),
}
RECORDS = {name: 1 for name in CASES} | {"feed.jsonl": 4, "rows.csv": 2}


@pytest.fixture(scope="module")
def matrix(tmp_path_factory) -> tuple[Path, helpers.Corpus]:
    """Build the bad-input corpus once."""
    root = tmp_path_factory.mktemp("matrix") / "corpus"
    root.mkdir()
    for name, data in CASES.items():
        (root / name).write_bytes(data)
    out = root.parent / "tables"
    build([root], out, use_cache=False, progress=False, today=TODAY)
    return root, helpers.read_tables(out)


def article(corpus: helpers.Corpus, name: str) -> pd.Series:
    """Return the one article read from file `name`."""
    rows = corpus.articles[corpus.articles.source.map(lambda s: Path(s).name) == name]
    assert len(rows) == 1, f"{name}: {len(rows)} articles"
    return rows.iloc[0]


def problems(corpus: helpers.Corpus, name: str) -> list[tuple[str | None, str]]:
    """Return (record, reason) of the problems of file `name`."""
    rows = corpus.problems[corpus.problems.source.map(lambda s: Path(s).name) == name]
    return [(r if isinstance(r, str) else None, reason) for r, reason in zip(rows.record, rows.reason)]


def reconciles(corpus: helpers.Corpus) -> None:
    """Assert that the manifest's input count is the number of articles plus the number of problems."""
    counts = corpus.manifest["counts"]
    assert counts["inputs"] == counts["articles"] + counts["problems"], counts
    assert counts["articles"] == len(corpus.articles) and counts["problems"] == len(corpus.problems)


def offsets_valid(corpus: helpers.Corpus, article_id: str) -> None:
    """Assert text[start:end] == text for every sentence and mention row of an article."""
    text = corpus.articles.set_index("article_id").loc[article_id, "text"]
    for table in ("sentences", "mentions", "timexes", "figures", "quotes"):
        df = getattr(corpus, table)
        for row in df[df.article_id == article_id].itertuples():
            assert text[row.start:row.end] == row.text, (table, row)


# --------------------------------------------------------------------------- the whole matrix


def test_every_input_is_an_article_or_a_problem(matrix) -> None:
    root, corpus = matrix
    for name, n in RECORDS.items():
        n_articles = int((corpus.articles.source.map(lambda s: Path(s).name) == name).sum())
        assert n_articles + len(problems(corpus, name)) == n, name
    for aid in corpus.articles.article_id:
        offsets_valid(corpus, aid)
    assert len(corpus.articles) + len(corpus.problems) == sum(RECORDS.values())
    assert corpus.manifest["counts"]["inputs"] == sum(RECORDS.values())  # the CSV file holds 2 records
    reconciles(corpus)


def test_empty_and_whitespace_files_are_problems(matrix) -> None:
    _, corpus = matrix
    assert problems(corpus, "empty.txt") == [(None, "empty file")]
    assert problems(corpus, "whitespace.txt") == [(None, "empty file")]
    detail = corpus.problems.set_index("reason").detail
    assert set(detail[["empty file"]]) == {"0 bytes, no text", "9 bytes, no text"}


def test_binary_file_is_a_problem(matrix) -> None:
    _, corpus = matrix
    assert problems(corpus, "image.txt") == [(None, "binary file")]


def test_invalid_utf8_is_read_with_a_warning(matrix) -> None:
    _, corpus = matrix
    art = article(corpus, "bad_utf8.txt")
    assert list(art.warnings) == ["invalid UTF-8 at byte 15; decoded as cp1252"]
    assert art.text == "Troops arrived ÿþ in Pristina."


def test_cp1252_and_latin1_are_read_with_a_warning(matrix) -> None:
    _, corpus = matrix
    art = article(corpus, "latin1.txt")
    assert list(art.warnings) == ["invalid UTF-8 at byte 3; decoded as cp1252"]
    assert art.text == "Café in Prizren: the mayor said “we are safe”."
    assert corpus.quotes[corpus.quotes.article_id == "latin1"].text.tolist() == ["we are safe"]
    art = article(corpus, "latin1_only.txt")  # byte 0x81 is undefined in cp1252
    assert list(art.warnings) == ["invalid UTF-8 at byte 1; decoded as Latin-1"]
    assert art.text == "Réunion in Prizren today."  # the C1 control U+0081 is dropped


def test_utf16_with_bom_is_read_with_a_warning(matrix) -> None:
    _, corpus = matrix
    art = article(corpus, "utf16.txt")
    assert list(art.warnings) == ["decoded as UTF-16 (byte order mark)"]
    assert art.text == f"{SENTENCE}\nSoldiers from Türkiye arrived in Prizren."
    assert "Türkiye" in corpus.mentions[corpus.mentions.article_id == "utf16"].text.tolist()


@pytest.mark.parametrize("name", ["crlf.txt", "old_mac.txt"])
def test_crlf_and_cr_line_ends_keep_offsets_valid(matrix, name: str) -> None:
    _, corpus = matrix
    art = article(corpus, name)
    assert "\r" not in art.text and list(art.warnings) == []
    assert art.text == f"{SENTENCE}\n\nThe mayor said “we are safe”."
    sents = corpus.sentences[corpus.sentences.article_id == art.article_id]
    assert sents.text.tolist() == [SENTENCE, "The mayor said “we are safe”."]
    mentions = corpus.mentions[corpus.mentions.article_id == art.article_id]
    assert {"KFOR", "Pristina", "NATO"} <= set(mentions.text)
    offsets_valid(corpus, art.article_id)


def test_text_without_sentence_punctuation_is_one_sentence(matrix) -> None:
    _, corpus = matrix
    art = article(corpus, "no_punctuation.txt")
    assert list(art.warnings) == [] and art.n_sentences == 1
    assert corpus.sentences[corpus.sentences.article_id == "no_punctuation"].text.tolist() == [art.text]
    assert corpus.timexes[corpus.timexes.article_id == "no_punctuation"].value.tolist() == ["1999-06-12"]
    offsets_valid(corpus, "no_punctuation")


def test_unbalanced_quotation_marks_are_read(matrix) -> None:
    _, corpus = matrix
    art = article(corpus, "unbalanced.txt")
    assert list(art.warnings) == []
    quotes = corpus.quotes[corpus.quotes.article_id == "unbalanced"]
    for q in quotes.itertuples():  # an unclosed quote never runs past its paragraph
        assert "\n\n" not in q.text
    offsets_valid(corpus, "unbalanced")


def test_page_furniture_only_is_a_no_text_problem(matrix) -> None:
    _, corpus = matrix
    assert problems(corpus, "furniture.txt") == [(None, "no text")]
    detail = corpus.problems[corpus.problems.reason == "no text"].detail.tolist()
    assert detail == ["only page furniture (3 lines: Previous Article; Leave a Comment; @2030 All Right Reserved.)"]
    for table in ("mentions", "timexes", "figures", "quotes"):
        assert "furniture" not in set(getattr(corpus, table).article_id)


def test_furniture_only_record_is_a_no_text_problem(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "f", "text": FURNITURE}) + "\n", encoding="utf-8")
    assert [(p.record, p.reason) for p in iter_inputs([tmp_path])] == [("line 1", "no text")]


def test_clean_warns_when_nothing_is_left() -> None:
    raw = RawArticle("x", "x.txt", None, FURNITURE, "0")
    c = clean(raw, TODAY)
    assert c.text == ""
    assert c.warnings == ["no body text left after removing page furniture, title, dateline and byline"]
    assert c.boilerplate == ["Previous Article", "Leave a Comment", "@2030 All Right Reserved."]


@pytest.mark.parametrize(("name", "warning"), [
    ("fm_unclosed.md", "front matter not closed by '---'; read as body text"),
    ("fm_bad_yaml.md", "front matter is not valid YAML (while parsing a flow sequence); ignored"),
    ("fm_not_a_date.md", "metadata published 'sometime last spring' is not a date; ignored"),
    ("fm_impossible_date.md", "metadata published '2024-13-45' is not a date; ignored"),
    ("fm_future.md", "metadata published 2999-01-01 is in the future; ignored"),
    ("fm_python_tag.md", "front matter is not valid YAML (could not determine a constructor for the tag "
                         "'tag:yaml.org,2002:python/object/apply:os.system'); ignored"),
])
def test_malformed_front_matter_is_a_warning(matrix, name: str, warning: str) -> None:
    _, corpus = matrix
    art = article(corpus, name)
    assert list(art.warnings) == [warning]
    assert art.text.endswith(BODY)
    assert pd.isna(art.published) and art.published_basis == "unknown"


def test_nested_front_matter_values_are_dropped_with_a_warning(tmp_path: Path) -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\ntitle: [*b, *b, *b]\n"
    (tmp_path / "laughs.md").write_text(f"---\n{laughs}---\n{BODY}\n", encoding="utf-8")
    [art] = iter_inputs([tmp_path])
    assert art.warnings == ["front matter key 'b' is not a value or a list of values; ignored",
                            "front matter key 'title' is not a value or a list of values; ignored"]
    assert set(art.meta) == {"a"}


def test_jsonl_broken_line_missing_text_and_duplicate_id(matrix) -> None:
    _, corpus = matrix
    assert sorted(problems(corpus, "feed.jsonl")) == [
        ("line 2", "invalid JSON"), ("line 3", "record without text"), ("line 4", "duplicate article_id")]
    art = article(corpus, "feed.jsonl")
    assert (art.article_id, art.record, art.text) == ("j1", "line 1", "The first record is fine.")


def test_csv_with_embedded_newlines_and_quotes(matrix) -> None:
    _, corpus = matrix
    arts = corpus.articles[corpus.articles.article_id.isin(["c1", "c2"])]
    assert arts.text.tolist() == ['Line one.\nLine "two" says: "hello, world".', "Second row."]
    assert arts.title.tolist() == ["A, title", "Plain"]
    assert arts.record.tolist() == ["row 1", "row 2"]
    assert problems(corpus, "rows.csv") == []


def test_csv_with_a_late_invalid_line_reads_every_row_once(tmp_path: Path) -> None:
    rows = "".join(f"r{i},Row {i} text.\n" for i in range(3000))
    (tmp_path / "big.csv").write_bytes(f"id,text\n{rows}r3000,caf\xe9.\n".encode("cp1252"))
    items = list(iter_inputs([tmp_path]))
    assert len(items) == 3001 and all(isinstance(i, RawArticle) for i in items)
    assert items[-1].text == "café."
    assert items[-1].warnings == ["CSV line 3002: invalid UTF-8 at byte 9; decoded as cp1252"]
    assert items[0].warnings == []


def test_html_scripts_and_styles_are_not_text(matrix) -> None:
    _, corpus = matrix
    art = article(corpus, "page.html")
    assert SENTENCE in art.text and "patrols in the north were reinforced" in art.text
    for needle in ("SCRIPT", "secret", "alert", "color", "document.write"):
        assert needle not in art.text
    assert art.title == "Patrols reinforced"


@pytest.mark.parametrize(("name", "data", "reason", "warnings"), [
    ("odd_utf16.txt", b"\xff\xfe" + "abc def".encode("utf-16-le") + b"x", None,
     ["invalid UTF-16 at byte 16; decoded as UTF-16 (byte order mark), bad bytes replaced by U+FFFD"]),
    ("bom_bad_utf8.txt", b"\xef\xbb\xbfcaf\xe9 in Pristina.", None, ["invalid UTF-8 at byte 3; decoded as cp1252"]),
    ("png.html", CASES["image.txt"], "binary file", None),
    ("zero_year.md", f"---\npublished: 0000-01-01\n---\n{BODY}\n".encode(), None, []),
    ("deep.md", b"---\ntitle: " + b"[" * 5000 + f"\n---\n{BODY}\n".encode(), None,
     ["front matter is not valid YAML (nested too deeply); ignored"]),
    ("nul.csv", b'id,text\nn1,"hello\x00 world."\n', None, []),
    ("latin1.jsonl", '{"id": "l1", "text": "Café."}\n'.encode("latin-1"), None,
     ["invalid UTF-8 at byte 25; decoded as cp1252"]),
])
def test_hostile_bytes_never_crash_the_reader(tmp_path: Path, name: str, data: bytes, reason: str | None,
                                               warnings: list[str] | None) -> None:
    (tmp_path / name).write_bytes(data)
    [item] = read_path(tmp_path / name, {})
    if reason is not None:
        assert item.reason == reason
    else:
        assert isinstance(item, RawArticle) and item.warnings == warnings
        assert "\x00" not in item.text


# --------------------------------------------------------------------------- walking the folder


def test_symlink_loop_is_a_problem(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(SENTENCE, encoding="utf-8")
    os.symlink(root, root / "loop")
    out = build([root], tmp_path / "out", use_cache=False, progress=False, today=TODAY)
    corpus = helpers.read_tables(out.out)
    assert corpus.articles.article_id.tolist() == ["a"]
    assert corpus.problems[["source", "reason"]].values.tolist() == [[str(root / "loop"), "symlink loop"]]
    reconciles(corpus)


def test_fifo_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    items = list(iter_inputs([tmp_path]))
    assert [(Path(i.source).name, getattr(i, "reason", None)) for i in items] == [
        ("pipe.txt", "not a regular file"), ("a.txt", None)]


def test_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (root / "locked.txt").write_text(SENTENCE, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out = build([root], tmp_path / "out", use_cache=False, progress=False, today=TODAY)
    corpus = helpers.read_tables(out.out)
    assert corpus.articles.article_id.tolist() == ["a"]
    assert corpus.problems[["reason", "detail"]].values.tolist() == [["unreadable file", "Permission denied"]]
    reconciles(corpus)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_chmod_000_file_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "locked.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    [p] = iter_inputs([tmp_path])
    assert (p.reason, p.detail) == ("unreadable file", "Permission denied")


def test_blank_jsonl_lines_are_not_inputs(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "a", "text": SENTENCE}) + "\n\n\n", encoding="utf-8")
    corpus = helpers.read_tables(build([tmp_path], tmp_path.parent / "out_blank", use_cache=False, progress=False,
                                       today=TODAY).out)
    reconciles(corpus)


def word(i: int) -> str:
    """Return a made-up word unique to `i` (letters only: digits are not content words)."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if not i:
            return letters.capitalize()


def test_ten_thousand_tiny_files_reconcile(tmp_path: Path) -> None:
    """10,000 distinct one-line files, one in 100 empty (see test_many_near_duplicates_group_quickly)."""
    root = tmp_path / "many"
    root.mkdir()
    for i in range(10_000):
        text = "" if i % 100 == 0 else f"{word(3 * i)} {word(3 * i + 1)} {word(3 * i + 2)}."
        (root / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    corpus = helpers.read_tables(build([root], tmp_path / "out", use_cache=False, progress=False, today=TODAY).out)
    assert (len(corpus.articles), len(corpus.problems)) == (9_900, 100)
    assert set(corpus.problems.reason) == {"empty file"}
    reconciles(corpus)
    assert corpus.manifest["counts"]["inputs"] == 10_000


def test_many_near_duplicates_group_quickly() -> None:
    """2,000 copies of one short story must group in seconds (each copy now checks every earlier one)."""
    from helpers.build.syndication import group_duplicates, signature

    ids = [f"{i:05d}" for i in range(2_000)]
    sigs = [signature(f"Report {i} from Pristina about the peacekeepers.") for i in range(2_000)]
    t0 = time.perf_counter()
    groups = group_duplicates(ids, sigs)
    seconds = time.perf_counter() - t0
    assert set(groups.values()) == {"00000"}
    assert seconds < 3, f"group_duplicates took {seconds:.1f} s for 2,000 near-duplicates"


# --------------------------------------------------------------------------- very large article


def test_fifty_megabyte_article_is_read_and_segmented(tmp_path: Path) -> None:
    """A 50 MB article of repeated seed paragraphs is read, cleaned and split into sentences (about 30 s).

    The whole build of such an article is not run here: see test_find_mentions_scales_linearly.
    """
    paras = [p for f in SEEDS for p in f.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    chunk = "\n\n".join(paras) + "\n\n"
    size = 50 * 1024 * 1024
    (tmp_path / "big.txt").write_text((chunk * (size // len(chunk) + 1))[:size], encoding="utf-8")
    [raw] = read_path(tmp_path / "big.txt", {})
    assert isinstance(raw, RawArticle) and raw.warnings == [] and len(raw.text) >= size - 4
    c = clean(raw, TODAY)
    assert len(c.text) > size * 0.95  # the seed pages' furniture lines are removed
    sents = split_sentences(c.text)
    assert len(sents) > 300_000
    assert all(0 <= s < e <= len(c.text) for s, e in sents)
    assert all(c.text[s:e] == c.text[s:e].strip() for s, e in sents[:1000] + sents[-1000:])


def test_one_long_paragraph_is_segmented() -> None:
    """A single 1.5 MB paragraph exceeds spaCy's 1,000,000-character limit and is still split."""
    text = " ".join([SENTENCE] * 17_000)
    sents = split_sentences(text)
    assert len(sents) == 17_000 and {text[s:e] for s, e in sents} == {SENTENCE}


def test_find_mentions_scales_linearly() -> None:
    """find_mentions on 4x more text must take about 4x the time, not 16x (a 50 MB article must be buildable)."""
    from helpers.extract.actors import find_mentions
    from helpers.extract.document import ArticleDoc

    paras = [p for f in SEEDS for p in f.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    chunk = "\n\n".join(paras) + "\n\n"
    seconds = []
    for size in (500_000, 2_000_000):
        text = (chunk * (size // len(chunk) + 1))[:size]
        doc = ArticleDoc("big", text, split_sentences(text))
        t0 = time.perf_counter()
        rows = find_mentions(doc)
        seconds.append(time.perf_counter() - t0)
        assert len(rows) > size // 100
    assert seconds[1] / seconds[0] < 12, f"find_mentions: {seconds[0]:.1f} s on 0.5 MB, {seconds[1]:.1f} s on 2 MB"


# --------------------------------------------------------------------------- the command line


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """Run `python -m helpers` with the venv's Python from the project root."""
    return subprocess.run([sys.executable, "-m", "helpers", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_missing_corpus_path_is_a_one_line_error(tmp_path: Path) -> None:
    res = run_cli("build", "/nope", "--out", str(tmp_path / "X"))
    assert res.returncode != 0
    assert res.stderr == "error: corpus path does not exist: /nope\n"
    assert not (tmp_path / "X").exists()


def test_output_under_a_file_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("keep me", encoding="utf-8")
    res = run_cli("build", str(SEEDS[0]), "--out", str(tmp_path / "afile" / "sub"), "--quiet")
    assert res.returncode == 1
    assert res.stderr == f"error: cannot write output folder {tmp_path / 'afile' / 'sub'}: " \
                         f"{tmp_path / 'afile'} is a file, not a folder\n"


def test_output_that_is_a_file_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("keep me", encoding="utf-8")
    res = run_cli("build", str(SEEDS[0]), "--out", str(tmp_path / "afile"), "--quiet")
    assert (res.returncode, res.stderr) == (1, f"error: cannot write output folder {tmp_path / 'afile'}: "
                                               "it is an existing file\n")
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "keep me"


def test_output_folder_with_other_files_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    res = run_cli("build", str(SEEDS[0]), "--out", str(tmp_path / "mine"), "--quiet")
    assert res.returncode == 1 and res.stderr.count("\n") == 1
    assert res.stderr.startswith(f"error: cannot write output folder {tmp_path / 'mine'}: it holds files")
    assert (tmp_path / "mine" / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_build_api_never_replaces_a_foreign_folder(tmp_path: Path) -> None:
    """build() itself (not only the command line) must not delete a folder that is not a tables folder."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    try:
        build([SEEDS[0]], tmp_path / "mine", use_cache=False, progress=False, today=TODAY)
    except Exception:  # noqa: BLE001 - refusing is fine; deleting the notes is not
        pass
    assert (tmp_path / "mine" / "notes.txt").exists()


def test_bad_files_do_not_stop_a_build_unless_strict(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(CASES["image.txt"])
    res = run_cli("build", str(root), "--out", str(tmp_path / "out"), "--quiet")
    assert (res.returncode, res.stderr) == (0, "")
    corpus = helpers.read_tables(tmp_path / "out")
    assert corpus.articles.article_id.tolist() == ["good"]
    assert corpus.problems.reason.tolist() == ["empty file", "binary file"]
    reconciles(corpus)
    res = run_cli("build", str(root), "--out", str(tmp_path / "strict"), "--strict", "--quiet")
    assert res.returncode == 1
    assert res.stderr == f"error: --strict: 2 problem(s), first: {root / 'empty.txt'} empty file\n"
    assert not (tmp_path / "strict").exists()
