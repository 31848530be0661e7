"""Claims: each figure read as a measurable claim — which measure, about whom, for what time (per article).

A figure row says "900 troops, category troops". Its claim says what the number measures (`force_strength`,
`contingent_strength`, `reinforcement`, `injured`, `killed`, `arrested`, `turnout`, `vote_share`, `population`,
`other`), whose it is (`subject`: the force, the contributing country, the nationality or group of the casualties),
and the time it refers to (`date_start`, `date_end`, `date_basis`: a date in its sentence or clause, else the
publication date, else unknown). Cue words live in data/claims.yaml. Which claims in different articles are the
same claim is a cross-article question: `helpers.analysis.claims.key_claims` answers it after the build relates
articles.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from ..lexicon import load
from .actors import entries_by_id
from .document import ArticleDoc
from .patterns import word_regex

CASUALTY = ("injured", "killed", "arrested")


@lru_cache(maxsize=1)
def cues() -> dict:
    """Return the claims word lists with their compiled patterns."""
    spec = dict(load("claims"))
    figures = load("figures")
    members = [*figures["heads"]["troops"], *figures["singular_heads"]["troops"]]

    spec.update(
        reinforcement_word=word_regex(spec["reinforcement_words"]),
        reinforcement_verb=word_regex(spec["reinforcement_verbs"]),
        total_verb=word_regex(figures["total_verbs"]),
        vote_share=word_regex(spec["vote_share_cues"]),
        member=word_regex(members),
        clause_break=re.compile("|".join(re.escape(b) for b in spec["clause_breaks"]), re.I),
        not_state_time=word_regex(spec["not_state_time"]),
        relative=re.compile(rf",\s*(?:which|who)\s+(?:(?i:now|currently|still)\s+)?"
                            rf"{word_regex([*figures['hold_verbs'], *spec['relative_hold_verbs']]).pattern}"
                            rf"(?:\s+(?:{word_regex(figures['hedges']).pattern}))?\s*$", re.I),
        force_of=re.compile(rf"(?:{word_regex(spec['force_of_nouns']).pattern})\s+of"
                            rf"(?:\s+(?:{word_regex(figures['hedges']).pattern}))?\s*$", re.I),
        percent=word_regex(figures["percent_words"]),
        casualty={m: word_regex(ws) for m, ws in figures["predicate_heads"].items()},
        total_noun=word_regex(figures["total_nouns"]),
        population_follower=re.compile(rf"^\s+{word_regex(spec['population_followers']).pattern}", re.I),
        arrest=word_regex(spec["arrest_cues"]),
        election=word_regex(spec["election_words"]),
        currencies=frozenset(figures["currencies"]),
    )
    return spec


@lru_cache(maxsize=1)
def forces() -> dict[str, str]:
    """Map each organisation that has a force to that force ({parent id: force id}, from actors.yaml part_of)."""
    return {e["part_of"]: e["id"] for e in load("actors").get("organisations", []) if e.get("part_of")}


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the clause of `sentence` that holds [start, end) (offsets within the sentence)."""
    left = max((m.end() for m in cues()["clause_break"].finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in cues()["clause_break"].finditer(sentence, end)), len(sentence))
    return left, right


def measure_of(category: str, phrase: str, clause_left: str, clause: str, sentence: str = "",
               group_count: bool = False, after: str = "") -> str:
    """Name the measure a figure states from its category, its phrase and its clause."""
    c = cues()
    if category == "troops":
        if c["total_verb"].search(clause_left) or c["total_noun"].search(clause_left):
            return "strength"  # "bringing the force to 6,000": a total, never the troops added
        near = " ".join(clause_left.split()[-3:]) + " " + phrase
        if c["reinforcement_word"].search(near) or c["reinforcement_verb"].search(clause):
            return "reinforcement"
        return "strength"  # force or contingent: decided by the subject
    if category == "turnout":
        return "vote_share" if c["vote_share"].search(clause) else "turnout"
    if category == "other" and ("%" in phrase or c["percent"].search(phrase)) and c["vote_share"].search(clause):
        return "vote_share"  # "won 94 percent of the votes": the figures scheme files a vote share under other
    if category == "other" and c["arrest"].search(clause):
        return "arrested"  # "police had taken two dozen people into custody"
    if category == "other" and group_count:
        if c["population_follower"].match(after):
            return "population"  # "the 50,000 Serbs in the north"
        hits = [m for m, rx in c["casualty"].items() if rx.search(sentence)]
        if len(hits) == 1:
            return hits[0]  # "Among the soldiers hurt on Monday were 11 Danes": a nationality of the casualties
    return category if category in c["measures"] else "other"


def _counts_people_of(figure: dict) -> bool:
    """Tell whether a figure counts the people of a nationality or group ("14 Poles", "60 Serbs")."""
    subject = figure.get("subject") or ""
    return bool(subject) and (subject in entries_by_id("country") or subject in entries_by_id("group")) and \
        str(figure.get("unit") or "").lower() not in ("percent", "%")


def force_in(ids: list[str], article_ids: set[str]) -> str | None:
    """Return the force among actor ids: a force itself, or a parent whose force the article mentions."""
    for actor in ids:
        if actor in forces().values():
            return actor
        if actor in forces() and forces()[actor] in article_ids:
            return forces()[actor]
    for actor in ids:
        if actor in forces():
            return actor
    return None


def article_force(article_ids: set[str]) -> str | None:
    """Return the one force an article names (directly or through its parent), else None."""
    found = {forces()[a] if a in forces() and forces()[a] in article_ids else a for a in article_ids
             if a in forces() or a in forces().values()}
    return next(iter(found)) if len(found) == 1 else None


def subject_of(measure: str, figure: dict, sentence_ids: list[str], article_ids: set[str]) -> tuple[str, str]:
    """Return (final measure, subject id or "") for a figure, given the actors of its sentence and article."""
    subject = figure.get("subject") or ""
    countries = entries_by_id("country")
    own = entries_by_id("organisation").get(subject)
    if own is not None and own.country and subject not in forces() and subject not in forces().values():
        subject = own.country  # a country's armed force counts for the country
    if measure == "strength":
        if subject in countries:
            return "contingent_strength", subject
        force = force_in([subject] if subject else sentence_ids, article_ids) or article_force(article_ids)
        return "force_strength", force or subject
    if measure == "reinforcement":
        if subject in countries:
            return measure, subject
        force = force_in([subject] if subject else sentence_ids, article_ids) or article_force(article_ids)
        return measure, force or subject
    if measure in CASUALTY and (not subject or subject in forces()) and cues()["member"].search(figure["text"]):
        return measure, force_in([subject] if subject else sentence_ids, article_ids) or subject
    if measure == "turnout":
        return measure, ""
    return measure, subject


def grammatical_subject(figure: dict, sentence: str, offset: int, clause_start: int, mentions: list[dict],
                        article_ids: set[str]) -> str | None:
    """Correct a figure's subject from its clause: "Italy, which has 900 troops" → ITA; "a force of 6,000" → the
    force; otherwise keep the figures extractor's subject."""
    left = sentence[: figure["start"] - offset]
    clause_left = sentence[clause_start: figure["start"] - offset]
    if cues()["force_of"].search(clause_left):
        return article_force(article_ids) or figure.get("subject")
    in_clause = [x for x in mentions if x["sentence_id"] == figure["sentence_id"]
                 and clause_start <= x["start"] - offset < figure["start"] - offset]
    if cues()["total_noun"].search(clause_left) and not any(x["actor_type"] == "country" for x in in_clause):
        return article_force(article_ids) or figure.get("subject")  # "the mission, whose total strength is 6,000"
    if m := cues()["relative"].search(left):
        before = [x for x in mentions if x["sentence_id"] == figure["sentence_id"] and x["end"] - offset <= m.start()
                  and x["actor_type"] in ("country", "organisation")]
        if before:
            return max(before, key=lambda x: x["end"])["actor_id"]
    return figure.get("subject")


def time_of(measure: str, figure: dict, sentence: str, offset: int, timexes: list[dict],
            published: dt.date | None) -> tuple[pd.Timestamp, pd.Timestamp, str]:
    """Return (date_start, date_end, date_basis) of the time a claim refers to."""
    dated = [t for t in timexes if pd.notna(t["date_start"])]
    if cues()["measures"].get(measure) == "state":
        left, right = clause_bounds(sentence, figure["start"] - offset, figure["end"] - offset)
        dated = [t for t in dated if left <= t["start"] - offset and t["end"] - offset <= right
                 and not cues()["not_state_time"].search(" ".join(sentence[:t["start"] - offset].split()[-1:]))]
    if dated:
        near = min(dated, key=lambda t: (abs(t["start"] - figure["start"]), t["start"]))
        return pd.Timestamp(near["date_start"]), pd.Timestamp(near["date_end"]), "sentence"
    if published is not None:
        day = pd.Timestamp(published)
        return day, day, "publication"
    return pd.NaT, pd.NaT, "unknown"


def extract_claims(doc: ArticleDoc, figures: list[dict], timexes: list[dict]) -> list[dict]:
    """Read every figure of one article as a claim (claim_id and n_sources are set across articles later).

    A percentage that is neither a turnout nor a vote share (a rate) is left out: it names no measure to compare;
    so is an amount of money.
    """
    by_sentence: dict[int, list[str]] = {}
    for m in doc.mentions:
        if m["actor_type"] in ("country", "organisation", "group"):
            by_sentence.setdefault(m["sentence_id"], []).append(m["actor_id"])
    article_ids = {m["actor_id"] for m in doc.mentions}
    rows = []
    for f in figures:
        s_start, s_end = doc.sentences[f["sentence_id"]] if doc.sentences else (0, len(doc.text))
        sentence = doc.text[s_start:s_end]
        left, right = clause_bounds(sentence, f["start"] - s_start, f["end"] - s_start)
        measure = measure_of(f["category"], f["text"], sentence[left: f["start"] - s_start], sentence[left:right],
                             sentence,
                             group_count=_counts_people_of(f), after=sentence[f["end"] - s_start:])
        if f.get("unit") in cues()["currencies"]:
            continue  # money ("$2.9 billion in trade") is a figure but no claim about people or forces
        if measure == "other" and str(f.get("unit") or "").lower() in ("percent", "%"):
            continue  # a rate ("inflation of 6.3 percent") is a figure but no claim: nothing says what it measures
        if measure in ("turnout", "vote_share") and not cues()["election"].search(sentence):
            continue  # "economists had forecast 1.1 percent": a rate, not an election's figure
        f = {**f, "subject": grammatical_subject(f, sentence, s_start, left, doc.mentions, article_ids)}
        measure, subject = subject_of(measure, f, by_sentence.get(f["sentence_id"], []), article_ids)
        in_sentence = [t for t in timexes if t["sentence_id"] == f["sentence_id"]]
        start, end, basis = time_of(measure, f, sentence, s_start, in_sentence, doc.published)
        rows.append({"article_id": doc.article_id, "sentence_id": f["sentence_id"], "start": f["start"],
                     "end": f["end"], "text": f["text"], "measure": measure, "subject": subject or None,
                     "value": f["value"], "unit": f["unit"], "approx": f["approx"], "date_start": start,
                     "date_end": end, "date_basis": basis, "claim_id": None, "n_sources": None})
    return rows
