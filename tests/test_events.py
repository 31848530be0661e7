"""The chronology: dated statements, the same event across articles grouped, syndicated copies counted once."""

from __future__ import annotations

import pandas as pd

from helpers.analysis import event_sources
from helpers.build.events import event_firsts, event_inputs, finish_events, key_events, label, number_events


def frames(rows: list[tuple[str, int, str, str, str]], groups: dict[str, str]) -> tuple[pd.DataFrame, ...]:
    """Make timexes, sentences, mentions and articles frames from (article, sentence_id, sentence, date, value)."""
    sentences, timexes, mentions = [], [], []
    for aid, sid, sentence, date, value in rows:
        sentences.append({"article_id": aid, "sentence_id": sid, "text": sentence})
        start = sentence.index(date)
        ts = pd.Timestamp(value) if value[0].isdigit() else pd.NaT
        timexes.append({"article_id": aid, "sentence_id": sid, "start": start, "end": start + len(date),
                        "text": date, "value": value, "precision": "day", "modifier": None, "date_start": ts,
                        "date_end": ts})
        for actor in ("Kosovo", "Serbia"):
            if actor in sentence:
                mentions.append({"article_id": aid, "sentence_id": sid, "actor_id": actor[:3].upper(),
                                 "actor_type": "country"})
    articles = pd.DataFrame({"article_id": list(groups), "duplicate_group": list(groups.values())})
    return pd.DataFrame(timexes), pd.DataFrame(sentences), pd.DataFrame(mentions), articles


def build_events(timexes: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
                 articles: pd.DataFrame) -> pd.DataFrame:
    """Run the build's event steps (key, number, finish) on in-memory tables, as one value bucket."""
    group_of = dict(zip(articles.article_id, articles.duplicate_group.fillna(articles.article_id)))
    keyed = key_events(event_inputs(timexes, sentences, mentions), group_of)
    return finish_events(keyed, number_events(event_firsts(keyed)))


def test_same_event_in_three_articles_two_independent_sources() -> None:
    rows = [("a", 0, "Kosovo police closed the Jarinje crossing on 3 May 2024 after protests.", "3 May 2024",
             "2024-05-03"),
            ("b", 4, "On 3 May 2024 Kosovo police closed the Jarinje crossing.", "3 May 2024", "2024-05-03"),
            ("c", 1, "On 3 May 2024 Kosovo police closed the Jarinje crossing.", "3 May 2024", "2024-05-03"),
            ("c", 2, "Serbia held a parade on 3 May 2024 in Belgrade.", "3 May 2024", "2024-05-03")]
    events = build_events(*frames(rows, {"a": "a", "b": "b", "c": "b"}))
    crossing = events[events.sentence.str.contains("crossing")]
    assert crossing.event_id.nunique() == 1
    assert crossing.n_sources.tolist() == [2, 2, 2]
    assert event_sources(events)[crossing.event_id.iloc[0]] == ["a", "b", "c"]
    parade = events[events.sentence.str.contains("parade")]
    assert parade.event_id.iloc[0] != crossing.event_id.iloc[0]
    assert parade.n_sources.tolist() == [1]


def test_unknown_years_sort_last_and_ids_follow_dates() -> None:
    rows = [("a", 0, "Talks ended on Oct. 9 in Brussels.", "Oct. 9", "XXXX-10-09"),
            ("a", 1, "Kosovo declared independence in 2008.", "2008", "2008"),
            ("a", 2, "Clashes followed on 29 May 2023.", "29 May 2023", "2023-05-29")]
    events = build_events(*frames(rows, {"a": "a"}))
    assert events[["event_id", "value"]].values.tolist() == [["E00001", "2008"], ["E00002", "2023-05-29"],
                                                             ["E00003", "XXXX-10-09"]]
    assert list(events.set_index("value").at["2008", "actors"]) == ["KOS"]


def test_label_is_the_first_words() -> None:
    assert label("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.") == \
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen…"


def test_seed_chronology(seed) -> None:
    ev = seed.events
    assert len(ev) == len(seed.timexes)
    command = ev[ev.value == "XXXX-10-09"]
    assert command.article_id.tolist() == ["002_6a026e9518ae020b", "004_917fe80f8f9c0037"]
    assert command.event_id.nunique() == 1 and command.n_sources.tolist() == [1, 1]
