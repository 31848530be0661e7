"""Known truth: a corpus written from planted facts (tests/planted.py) at several sizes; the tables, the ledger,
the series, the speakers and the notebooks' summaries must equal what was planted."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from planted import generate, read_body

import helpers
from helpers.analysis.claims import ledger, series
from helpers.analysis.speakers import speaker_table
from helpers.notebook import chronology, posture, relations, sources

SIZES = [24, 240]


@pytest.fixture(scope="module", params=SIZES)
def planted(request, tmp_path_factory) -> tuple[dict, helpers.Corpus]:
    """A planted corpus of the given size, built, with its truth."""
    folder = tmp_path_factory.mktemp(f"planted{request.param}")
    truth = generate(folder / "corpus", request.param, seed=0, truth_name=".truth.json")
    return truth, helpers.load_corpus(folder / "corpus", cache_dir=folder / "tables")


def match(claims: pd.DataFrame, row: dict) -> pd.Series:
    """Return the claims row of one planted figure phrase (found by its surface in its article)."""
    art = claims[claims.article_id.eq(row["article_id"])]
    low = row["text"].lower()
    hits = art[[t.lower() in low or low in t.lower() for t in art.text]]
    assert len(hits) >= 1, f"{row['text']!r} not a claim of {row['article_id']}"
    same = hits[hits.value.eq(row["value"])]
    return (same if len(same) else hits).iloc[0]


def test_every_planted_row_is_a_claim_with_its_measure_subject_value_and_date(planted) -> None:
    truth, c = planted
    wrong = []
    for claim in truth["claims"]:
        for row in claim["rows"]:
            got = match(c.claims, row)
            want = (claim["measure"], claim["subject"], float(row["value"]), claim["date_start"])
            have = (got.measure, None if pd.isna(got.subject) else got.subject, float(got.value),
                    None if pd.isna(got.date_start) else str(got.date_start.date()))
            if have != want:
                wrong.append((claim["claim"], row["article_id"], row["text"], have, want))
    assert wrong == []


def test_rows_of_one_claim_share_an_id_and_count_independent_sources(planted) -> None:
    truth, c = planted
    ids = {}
    for claim in truth["claims"]:
        got = {match(c.claims, r).claim_id for r in claim["rows"]}
        assert len(got) == 1, (claim["claim"], got)
        ids[claim["claim"]] = got.pop()
        n = c.claims.loc[c.claims.claim_id.eq(ids[claim["claim"]]), "n_sources"].iloc[0]
        # syndicated copies always count once; independent outlets that share whole paragraphs may be taken for
        # copies (the seeds' convention: a paragraph-by-paragraph rewrite is a copy), so never more than planted
        assert 1 <= n <= claim["n_sources"], (claim["claim"], n, claim["n_sources"])
    assert len(set(ids.values())) == len(ids)  # distinct planted claims never merge


def test_ledger_status_and_series_equal_the_planted_ones(planted) -> None:
    truth, c = planted
    led = ledger(c.claims).set_index("claim_id")
    for claim in truth["claims"]:
        cid = match(c.claims, claim["rows"][0]).claim_id
        assert led.loc[cid, "status"] == claim["ledger"], claim["claim"]
    for key, points in truth["series"].items():
        measure, subject = key.split("|")
        got = series(c.claims, measure, {subject})
        assert [[str(d.date()), v] for d, v in zip(got.date, got.value)] == \
            [[d, float(v)] for d, v in points], key


def test_captions_and_distractors_are_not_claims(planted) -> None:
    """A photo caption is page furniture (out of the body, so no claim); money, ages, years… are no claims."""
    truth, c = planted
    texts = c.articles.set_index("article_id").text
    folder = Path(c.manifest["inputs"][0])
    planted_rows = {(r["article_id"], r["text"].lower()) for cl in truth["claims"] for r in cl["rows"]}
    leaked = []
    for n in truth["non_claims"]:
        if n["kind"] == "caption":
            body = read_body(folder / f"{n['article_id']}.md")
            line = body[body.rfind("\n", 0, n["start"]) + 1: body.find("\n", n["start"]) % (len(body) + 1)]
            if line.strip() and line.strip() in texts[n["article_id"]]:
                leaked.append((n["article_id"], line.strip()))
            continue
        x = n["text"].lower()
        rows = c.claims.loc[c.claims.article_id.eq(n["article_id"]), "text"].str.lower()
        if any(t == x or (x in t and (n["article_id"], t) not in planted_rows) for t in rows):
            leaked.append((n["article_id"], n["text"]))
    assert leaked == []


def test_speakers_speak_for_their_side(planted) -> None:
    truth, c = planted
    speakers = speaker_table(c)
    wrong = []
    for q in truth["quotes"]:
        art = speakers[speakers.article_id.eq(q["article_id"])]
        hit = art[art.text.str.startswith(q["opens"][:30])]
        if hit.empty:
            wrong.append((q["article_id"], q["opens"], "not found"))
            continue
        got = hit.iloc[0]
        want = q["speaks_for"] if q["speaks_for"] not in ("analyst", "journalist") else None
        side = None if pd.isna(got.speaks_for) else got.speaks_for
        if side != want or bool(got.official) != q["official"]:
            wrong.append((q["article_id"], q["opens"], (side, got.official), (want, q["official"])))
    assert wrong == []


def test_notebook_summaries_equal_the_planted_facts(planted) -> None:
    truth, c = planted
    s = posture.build(c).summary()
    assert s["strength_points"] == [[d, float(v)] for d, v in truth["series"]["force_strength|KFOR"]]
    assert s["contingent_points"] == [[d, float(v)] for d, v in truth["series"]["contingent_strength|TUR"]]
    disagreements = sum(cl["ledger"] == "disagreement" for cl in truth["claims"])
    assert s["ledger"]["disagreement"] == disagreements
    r = relations.build(c, "Kosovo", "Serbia").summary()
    planted_stance = [q for q in truth["quotes"] if q["speaks_for"] == "SRB" and q["about"] == "XKX"]
    assert r["Serbia → Kosovo"]["agreement"] == sum(q["stance"] == "agree" for q in planted_stance) == 0


def test_sizes_are_what_was_asked(planted) -> None:
    truth, c = planted
    assert len(c.articles) == len(truth["articles"])
    assert len(c.problems) == 0
    group = c.articles.set_index("article_id").duplicate_group
    assert [(a["article_id"], a["copy_of"]) for a in truth["articles"]
            if a["copy_of"] and group[a["article_id"]] != group[a["copy_of"]]] == []


@pytest.mark.parametrize("n", [2400])
def test_large_planted_corpus_builds(n: int, tmp_path: Path) -> None:
    """The 2,400-article corpus builds and keys its claims; its series still equal the planted ones."""
    truth = generate(tmp_path / "corpus", n, seed=0, truth_name=".truth.json")
    c = helpers.load_corpus(tmp_path / "corpus", cache_dir=tmp_path / "tables")
    assert len(c.articles) == n
    got = series(c.claims, "force_strength", {"KFOR"})
    assert [[str(d.date()), v] for d, v in zip(got.date, got.value)] == \
        [[d, float(v)] for d, v in truth["series"]["force_strength|KFOR"]]
    for page in (sources.build(c), chronology.build(c), posture.build(c), relations.build(c)):
        for finding in page.findings:  # every chart stays readable at any size
            if finding.chart is not None:
                fig = finding.chart()
                width, height = fig.get_size_inches()
                plt.close(fig)
                assert width <= 10 and height <= 13, (page.name, finding.key, width, height)


WRAPPER_LINES = {"Bosphorus Public Radio – the voice of the straits",
                 "The Danube Ledger is an independent newspaper supported by its readers.",
                 "Northern Courier · News you can count on"}  # no pattern of data/furniture.yaml knows them


def test_an_outlets_wrapper_lines_are_furniture_once_two_of_its_stories_carry_them(planted) -> None:
    """A wrapper line that two different stories of an outlet carry is taken out of both; on an outlet's only
    page nothing shows that it is furniture, so it stays in the body."""
    truth, c = planted
    arts = c.articles.set_index("article_id")
    pages: dict[str, list[dict]] = {}
    for a in truth["articles"]:
        for line in set(a["furniture"]) & WRAPPER_LINES:
            pages.setdefault(line, []).append(a)
    assert set(pages) == WRAPPER_LINES
    outcome = {}
    for line, carriers in pages.items():
        stories = {a["story"] for a in carriers}
        for a in carriers:
            taken_out = line in list(arts.at[a["article_id"], "boilerplate"])
            assert taken_out == (line not in arts.at[a["article_id"], "text"])
            outcome[a["article_id"]] = (len(stories) >= 2, taken_out)
    assert all(expected == got for expected, got in outcome.values()), outcome
    assert sum(expected for expected, _ in outcome.values()) >= 4
