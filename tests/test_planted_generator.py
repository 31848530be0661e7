"""The planted-corpus generator (tests/planted.py) itself: determinism, sizes, truth written as the text says.

These tests never run the project's extractors: they check that the truth the generator returns is exactly what it
wrote, so that other tests can hold the project's analyses to it.
"""

from __future__ import annotations

import itertools
import json
import re
import time
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import planted
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ALL_CLAIMS = set(planted.CLAIMS)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("planted24")
    return out, planted.generate(out, 24)


@pytest.fixture(scope="module")
def medium(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("planted240")
    return out, planted.generate(out, 240)


def bodies(out: Path, truth: dict) -> dict[str, str]:
    return {a["article_id"]: planted.read_body(out / f"{a['article_id']}.md") for a in truth["articles"]}


def group_of(truth: dict) -> dict[str, str]:
    return {a["article_id"]: a["copy_of"] or a["article_id"] for a in truth["articles"]}


# --- files and front matter -------------------------------------------------------------------------------------

@pytest.mark.parametrize("n", [24, 240])
def test_sizes_and_front_matter(tmp_path: Path, n: int) -> None:
    truth = planted.generate(tmp_path, n)
    files = sorted(tmp_path.glob("*.md"))
    assert len(files) == n == len(truth["articles"])
    assert [f.stem for f in files] == [a["article_id"] for a in truth["articles"]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f.name for f in files] + ["truth.json"])
    for f, article in zip(files, truth["articles"]):
        text = f.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        head = yaml.safe_load(text.split("\n---\n", 1)[0][4:])
        assert set(head) == {"title", "outlet", "published", "url"}
        assert isinstance(head["published"], date) and head["published"].isoformat() == article["published"]
        assert head["title"] == article["title"] and head["outlet"] == article["outlet"]
        assert head["url"].startswith("https://www.") and " " not in head["url"]
        body = planted.read_body(f)
        lines = [line for line in body.split("\n\n") if line not in article["furniture"]]
        assert lines[0] == article["title"], "the body starts with the headline (after furniture)"


def test_truth_file_is_the_return_value(small) -> None:
    out, truth = small
    assert json.loads((out / "truth.json").read_text(encoding="utf-8")) == json.loads(json.dumps(truth))


def test_no_truth_file_when_asked(tmp_path: Path) -> None:
    planted.generate(tmp_path, 24, truth_name=None)
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".md"] * 24


def test_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    ta, tb = planted.generate(a, 240, seed=3), planted.generate(b, 240, seed=3)
    assert ta == tb
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    other = planted.generate(tmp_path / "c", 240, seed=4)
    assert other["articles"] != ta["articles"], "the seed changes the surface"
    facts = [(c["claim"], c["measure"], c["subject"], c["date_start"], c["value"]) for c in ta["claims"]]
    assert facts == [(c["claim"], c["measure"], c["subject"], c["date_start"], c["value"]) for c in other["claims"]]


def test_small_corpus_is_a_prefix_of_the_plan() -> None:
    assert planted.plan(240)[:24] == planted.plan(24)
    assert planted.plan(2400)[:240] == planted.plan(240)


# --- the truth is what the text says -----------------------------------------------------------------------------

@pytest.mark.parametrize("fixture", ["small", "medium"])
def test_every_text_is_verbatim_at_its_offset(fixture: str, request) -> None:
    check_verbatim(*request.getfixturevalue(fixture))


def check_verbatim(out: Path, truth: dict) -> None:
    text = bodies(out, truth)
    for claim in truth["claims"]:
        for row in claim["rows"]:
            body = text[row["article_id"]]
            assert body[row["start"]:row["start"] + len(row["text"])] == row["text"]
            assert row["text"] in row["sentence"] and row["sentence"] in body
            assert planted.parse_figure(row["text"]) == (row["value"], row["approx"])
    for quote in truth["quotes"]:
        body = text[quote["article_id"]]
        assert body[quote["start"]:quote["start"] + len(quote["quote"])] == quote["quote"]
        assert body[quote["start"] - 1] in "\"“" and body[quote["start"] + len(quote["quote"]) + 1] in "\"”"
        assert quote["quote"].startswith(quote["opens"]) and len(quote["opens"].split()) == 6
        assert len(quote["quote"].split()) >= 6
    for item in truth["non_claims"]:
        body = text[item["article_id"]]
        assert body[item["start"]:item["start"] + len(item["text"])] == item["text"]
    for article in truth["articles"]:
        lines = text[article["article_id"]].split("\n")
        for line in article["furniture"]:
            assert line in lines


def test_rows_of_a_claim_carry_its_value_or_a_planted_variant(medium) -> None:
    variants = {"A1": {25}, "D1": {4500}, "G1": {3.5}}
    for claim in medium[1]["claims"]:
        values = {r["value"] for r in claim["rows"]}
        assert values <= {claim["value"]} | variants.get(claim["claim"], set()), claim["claim"]


def test_n_sources_counts_copy_groups(medium) -> None:
    _, truth = medium
    group = group_of(truth)
    for claim in truth["claims"]:
        assert claim["n_sources"] == len({group[r["article_id"]] for r in claim["rows"]})
        assert claim["rows"] == sorted(claim["rows"], key=lambda r: (r["article_id"], r["start"]))


def test_ledger() -> None:
    row = lambda v, a=None: {"value": v, "approx": a}  # noqa: E731
    assert planted.ledger([row(30), row(30, "about")]) == "same"
    assert planted.ledger([row(4511), row(4500, "about")]) == "rounding"
    assert planted.ledger([row(3.47), row(3.5, "about")]) == "rounding"
    assert planted.ledger([row(30), row(25)]) == "disagreement"
    assert planted.ledger([row(4511), row(4500)]) == "disagreement", "an unhedged other value is a disagreement"
    assert planted.ledger([row(4511), row(4600, "about")]) == "disagreement"


# --- copies -------------------------------------------------------------------------------------------------------

def test_copies_are_marked(medium) -> None:
    out, truth = medium
    text = bodies(out, truth)
    by_id = {a["article_id"]: a for a in truth["articles"]}
    copies = [a for a in truth["articles"] if a["copy_of"]]
    assert copies
    for c in copies:
        original = by_id[c["copy_of"]]
        assert original["copy_of"] is None and original["kind"] == "wire" and c["kind"] == "aggregator"
        assert c["published"] == original["published"] and c["story"] == original["story"]
        if c["edits"] == ["exact"]:
            assert text[c["article_id"]] == text[original["article_id"]]
        else:
            assert text[c["article_id"]] != text[original["article_id"]]
        if "headline" in c["edits"]:
            assert c["title"] != original["title"]
        if "furniture" in c["edits"]:
            assert len(c["furniture"]) > len(original["furniture"])
    assert {e for c in copies for e in c["edits"]} == {"exact", "headline", "dateline", "furniture", "drop"}


def test_a_dropped_sentence_takes_its_rows_with_it(medium) -> None:
    _, truth = medium
    marked = {}
    for c in truth["claims"]:
        for r in c["rows"]:
            marked.setdefault(r["article_id"], []).append((c["claim"], r["text"]))
    for q in truth["quotes"]:
        marked.setdefault(q["article_id"], []).append(("quote", q["quote"]))
    lost = 0
    for c in truth["articles"]:
        if c["copy_of"]:
            kept, original = sorted(marked.get(c["article_id"], [])), sorted(marked[c["copy_of"]])
            if "drop" in c["edits"]:
                assert set(kept) <= set(original) and len(kept) <= len(original)
                lost += len(original) - len(kept)
            else:
                assert kept == original
    assert lost, "dropped sentences carried rows"


def features(text: str) -> set[str]:
    """Content words and content-word bigrams, diacritics dropped (a near-duplicate measure)."""
    stop = set("a an the of and or but to in on at for from by with as is are was were be been has have had it its "
               "their they he she his her we our not no will would that this which who said says told".split())
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = [w for w in re.findall(r"\w+", folded) if w not in stop and not w.isdigit()]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b)


def test_copies_are_near_copies_and_rewordings_are_not(medium) -> None:
    out, truth = medium
    text = {k: "\n".join(x for x in v.split("\n") if x) for k, v in bodies(out, truth).items()}
    articles = {a["article_id"]: a for a in truth["articles"]}
    copy_pairs = [(a["article_id"], a["copy_of"]) for a in truth["articles"] if a["copy_of"]]
    copy_shingles = min(jaccard(shingles(text[a]), shingles(text[b])) for a, b in copy_pairs)
    copy_features = min(jaccard(features(text[a]), features(text[b])) for a, b in copy_pairs)
    independent = [a for a in articles.values() if not a["copy_of"] and a["story"] != "filler"]
    same_story = [(a["article_id"], b["article_id"]) for a, b in itertools.combinations(independent, 2)
                  if a["story"] == b["story"]]
    reworded_shingles = max(jaccard(shingles(text[a]), shingles(text[b])) for a, b in same_story)
    reworded_features = [jaccard(features(text[a]), features(text[b])) for a, b in same_story]
    fillers = [a["article_id"] for a in articles.values() if a["story"] == "filler"]
    filler_features = max(jaccard(features(text[a]), features(text[b]))
                          for a, b in itertools.combinations(fillers, 2))
    print(f"\ncopies vs originals: 5-word shingles >= {copy_shingles:.2f}, content features >= {copy_features:.2f}")
    print(f"rewordings of one story: shingles <= {reworded_shingles:.2f}, content features mean "
          f"{sum(reworded_features) / len(reworded_features):.2f}, max {max(reworded_features):.2f}")
    print(f"fillers: content features <= {filler_features:.2f}")
    assert copy_shingles >= 0.6 and copy_features >= 0.6
    assert reworded_shingles < 0.3 and max(reworded_features) < 0.55
    assert filler_features < 0.3


# --- the planted hard cases -------------------------------------------------------------------------------------

def test_every_fact_and_hard_case_is_in_the_smallest_corpus(small) -> None:
    out, truth = small
    claims = {c["claim"]: c for c in truth["claims"]}
    articles = {a["article_id"]: a for a in truth["articles"]}
    assert set(claims) == ALL_CLAIMS
    # a real disagreement between two independent outlets; roundings; the rest agree
    assert claims["A1"]["ledger"] == "disagreement"
    assert {r["value"] for r in claims["A1"]["rows"]} == {25, 30}
    disagreeing = {articles[r["article_id"]]["outlet"] for r in claims["A1"]["rows"] if r["value"] == 25}
    agreeing = {articles[r["article_id"]]["outlet"] for r in claims["A1"]["rows"] if r["value"] == 30}
    assert disagreeing and agreeing and not disagreeing & agreeing
    assert claims["D1"]["ledger"] == claims["G1"]["ledger"] == "rounding"
    assert {c["claim"] for c in truth["claims"] if c["ledger"] == "same"} == ALL_CLAIMS - {"A1", "D1", "G1"}
    # a series is several claims, never a disagreement
    assert truth["series"] == {"contingent_strength|TUR": [["2023-05-31", 350], ["2023-10-12", 780]],
                               "force_strength|KFOR": [["2023-05-31", 3800], ["2023-06-20", 4511],
                                                       ["2023-10-12", 4700]]}
    # two claims of one incident; a historical toll; numbers written as words; hedges
    assert claims["A1"]["date_start"] == claims["A4"]["date_start"] and claims["A4"]["subject"] == "Serbs"
    assert (claims["K1"]["date_start"], claims["K1"]["date_end"]) == ("1998-01-01", "1999-12-31")
    for cid in ("E1", "H1", "H2", "H3"):
        assert all(re.match(r"(?i)(one|three|two dozen) ", r["text"]) for r in claims[cid]["rows"])
    hedges = {r["approx"] for c in truth["claims"] for r in c["rows"]}
    assert {"about", "some", "more than", "nearly", "almost"} <= hedges
    # captions are furniture, their figures are not claims; distractors of every kind
    kinds = {x["kind"] for x in truth["non_claims"]}
    assert {"caption", "money", "duration", "year", "age", "reference"} <= kinds
    for x in truth["non_claims"]:
        if x["kind"] == "caption":
            assert any(x["text"] in line and "(Photo:" in line for line in articles[x["article_id"]]["furniture"])
    furniture = [line for a in truth["articles"] for line in a["furniture"]]
    for pattern in (r"^READ MORE: ", r"^Subscribe", r"^Reporting by .*; Editing by ", r"^Share ", r"^WORLD$",
                    r"\(Photo: "):
        assert any(re.search(pattern, line) for line in furniture), pattern
    # syndicated copies of every kind of edit
    assert {e for a in truth["articles"] for e in a["edits"]} == {"exact", "headline", "dateline", "furniture", "drop"}
    assert sum(a["story"] == "filler" for a in truth["articles"]) == 2


def test_speakers_and_stances(small) -> None:
    quotes = small[1]["quotes"]
    speakers = {(q["speaker"], q["speaks_for"], q["official"]) for q in quotes}
    assert {("stoltenberg", "NATO", True), ("vucic", "SRB", True), ("kurti", "XKX", True), ("guler", "TUR", True),
            ("ristuccia", "KFOR", True), ("ulutas", "KFOR", True), ("halden", "analyst", False),
            ("petrel", "journalist", False), ("SRB", "SRB", True), (None, "KFOR", True)} <= speakers
    stances = {(q["speaks_for"], q["about"], q["stance"]) for q in quotes}
    assert {("SRB", "TUR", "agree"), ("TUR", "SRB", "agree"), ("XKX", "SRB", "disagree"),
            ("SRB", "XKX", "disagree"), ("NATO", "TUR", "agree")} <= stances
    assert not {(a, b) for a, b, s in stances if {a, b} == {"SRB", "XKX"} and s == "agree"}


def test_ids_are_actor_keys() -> None:
    actors = yaml.safe_load((ROOT / "data" / "actors.yaml").read_text(encoding="utf-8"))
    ids = {entry["id"] for section in actors.values() for entry in section}
    subjects = {c[1] for c in planted.CLAIMS.values()} - {None}
    assert subjects <= ids
    for speaker, speaks_for, _, about, stance, text in planted.QUOTES.values():
        assert speaks_for in ids | {"analyst", "journalist"} and about in ids
        assert speaker is None or speaker in ids | {"halden", "petrel"}
        assert stance in {"agree", "disagree", "neutral"} and len(text.split()) >= 6


# --- dates: one reading only --------------------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DATE = re.compile(r"\b(?:(?P<wd>" + "|".join(WEEKDAYS) + r")|(?P<month>" + "|".join(MONTHS) + r")(?: (?P<day>\d{1,2}))?"
                  r"|(?P<range>1\d\d\d-\d\d)\b|(?P<year>(?:19|20)\d\d)\b"
                  r"|(?P<rel>today|yesterday|tonight|now|(?:this|last|next) (?:week|month|year)))")


def resolve(m: re.Match, published: date) -> tuple[str, str]:
    if m["wd"]:
        back = (published.weekday() - WEEKDAYS.index(m["wd"])) % 7
        day = published - timedelta(days=back)
        return day.isoformat(), day.isoformat()
    if m["month"] and m["day"]:
        day = date(published.year, MONTHS.index(m["month"]) + 1, int(m["day"]))
        return day.isoformat(), day.isoformat()
    if m["range"]:
        start = int(m["range"][:4])
        return f"{start}-01-01", f"{start // 100 * 100 + int(m['range'][-2:])}-12-31"
    return "?", "?"


def test_every_claim_has_one_time(medium) -> None:
    check_dates(medium[1])


def check_dates(truth: dict) -> None:
    published = {a["article_id"]: date.fromisoformat(a["published"]) for a in truth["articles"]}
    for claim in truth["claims"]:
        for row in claim["rows"]:
            found = list(DATE.finditer(row["sentence"]))
            if claim["date_basis"] == "publication":
                assert not found, (claim["claim"], row["sentence"])
                assert published[row["article_id"]].isoformat() == claim["date_start"] == claim["date_end"]
            else:
                assert len(found) == 1, (claim["claim"], row["sentence"])
                when = resolve(found[0], published[row["article_id"]])
                assert when == (claim["date_start"], claim["date_end"]), (claim["claim"], row["sentence"])


# --- size and speed -------------------------------------------------------------------------------------------

def test_lengths(medium) -> None:
    out, truth = medium
    text = bodies(out, truth)
    counts = {}
    for a in truth["articles"]:
        kept = [p for p in text[a["article_id"]].split("\n\n") if p not in a["furniture"]]
        counts[a["article_id"]] = sum(len(p.split()) for p in kept)
    print(f"\nwords per article: {min(counts.values())}–{max(counts.values())}")
    for a in truth["articles"]:
        low = 120 if a["copy_of"] else 150
        assert low <= counts[a["article_id"]] <= 500, (a["article_id"], counts[a["article_id"]])


def test_2400_articles(tmp_path: Path) -> None:
    start = time.perf_counter()
    truth = planted.generate(tmp_path, 2400)
    seconds = time.perf_counter() - start
    copies = sum(1 for a in truth["articles"] if a["copy_of"])
    fillers = sum(1 for a in truth["articles"] if a["story"] == "filler")
    print(f"\n2,400 articles in {seconds:.2f} s: {copies} syndicated copies, {fillers} fillers, "
          f"{len(truth['quotes'])} quotes, {sum(len(c['rows']) for c in truth['claims'])} claim rows")
    assert len(list(tmp_path.glob("*.md"))) == 2400 == len(truth["articles"])
    group = group_of(truth)
    for claim in truth["claims"]:
        assert claim["n_sources"] == len({group[r["article_id"]] for r in claim["rows"]})
    assert {c["claim"] for c in truth["claims"]} == ALL_CLAIMS
    assert max(c["n_sources"] for c in truth["claims"]) >= 8
    assert sum(1 for a in truth["articles"] if not a["copy_of"] and a["story"] != "filler") == 64
    check_verbatim(tmp_path, truth)
    check_dates(truth)
