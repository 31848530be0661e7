"""Notebook 03's page: how two sides' officials describe each other, passage by passage.

A passage counts for a side only when its speaker speaks for that side (by role, helpers.analysis.speakers), and
counts as agreement or disagreement only when it is about the other side (helpers.analysis.relations). Syndicated
copies of a passage count once.
"""

from __future__ import annotations

import pandas as pd

from ..analysis.actors import display_name, resolve_actor
from ..analysis.relations import passages, stance_counts
from ..analysis.speakers import speaker_table
from . import charts
from .display import plural
from .page import Finding, Page

TOP = 15


def build(corpus, actor_a: str = "Serbia", actor_b: str = "Türkiye") -> Page:
    """Build the relations page for two sides."""
    page = Page("03_relations", "03 · Relations between two sides",
                "How do the two sides' officials describe their relationship?")
    ids_a, _ = resolve_actor(actor_a, corpus.mentions)
    ids_b, _ = resolve_actor(actor_b, corpus.mentions)
    for given, ids in ((actor_a, ids_a), (actor_b, ids_b)):
        if not ids:
            page.notes.append(f"The side {given!r} matches no actor of this corpus or the actor dictionary.")
    name_a = display_name(sorted(ids_a)[0]) if ids_a else str(actor_a)
    name_b = display_name(sorted(ids_b)[0]) if ids_b else str(actor_b)
    page.numbers["sides"] = {name_a: sorted(ids_a), name_b: sorted(ids_b)}
    speakers = speaker_table(corpus)
    found = passages(speakers, corpus.mentions, corpus.articles, {name_a: ids_a, name_b: ids_b})
    counts = stance_counts(found)
    _voices(page, found, name_a, name_b)
    _stances(page, found, counts, name_a, name_b)
    _themes(page, found)
    _others(page, speakers, corpus.mentions, ids_a | ids_b, name_a, name_b)
    return page


def _voices(page: Page, found: pd.DataFrame, a: str, b: str) -> None:
    """Add the finding on who speaks for each side about the other."""
    who = (found.groupby(["side", "speaker_label"]).size().rename("passages").reset_index()
           .sort_values(["passages", "speaker_label"], ascending=[False, True], kind="stable"))
    parts = []
    for side, other in ((a, b), (b, a)):
        own = who[who.side.eq(side)]
        parts.append(f"{plural(len(own), 'speaker')} for {side} in {plural(int(own.passages.sum()), 'passage')} "
                     f"about {other}")
    page.numbers["passages"] = {side: int(who[who.side.eq(side)].passages.sum()) for side in (a, b)}
    shown = who.head(TOP)
    data = pd.Series(shown.passages.to_numpy(), index=[f"{s} ({side})" for s, side in zip(shown.speaker_label,
                                                                                         shown.side)])
    more = f" and {len(who) - TOP} more" if len(who) > TOP else ""
    page.add(Finding("voices", "; ".join(parts), chart=lambda: charts.bars(
        data, f"Who speaks for {a} or {b} about the other", "independent passages", "speaker (side)"),
        caption=f"Passages whose speaker speaks for a side (by role) and that name the other side; "
                f"{len(shown)} speakers shown{more}. Source: quotes and mentions tables.",
        data=data.rename("passages").rename_axis("speaker").reset_index(), table=who,
        empty=f"No official of {a} or {b} is quoted about the other."))


def _stances(page: Page, found: pd.DataFrame, counts: pd.DataFrame, a: str, b: str) -> None:
    """Add the finding on stated agreement and disagreement, each way."""
    parts = []
    for side, other in ((a, b), (b, a)):
        row = counts[counts.side.eq(side) & counts.about.eq(other)]
        agree = int(row.agreement.sum()) if len(row) else 0
        disagree = int(row.disagreement.sum()) if len(row) else 0
        parts.append(f"{side} about {other}: {plural(agree, 'passage')} of agreement, {disagree} of disagreement")
        page.numbers[f"{side} → {other}"] = {"agreement": agree, "disagreement": disagree}
    data = counts.assign(direction=counts.side + " → " + counts.about).set_index("direction")[
        ["agreement", "disagreement", "neither"]]
    table = found[found.stance.ne("")][["side", "about", "stance", "cue", "speaker_label", "article_id",
                                        "sentence_id", "text", "n_copies"]]
    page.add(Finding("stance", "; ".join(parts), chart=lambda: charts.bars(
        data, "Stated agreement and disagreement", "independent passages", "who → about whom", stacked=True),
        caption="Cue words of data/themes.yaml (disagreement checked first). Source: quotes table.",
        data=data.reset_index(), table=table, empty="No passage states agreement or disagreement."))


def _themes(page: Page, found: pd.DataFrame) -> None:
    """Add the finding on the themes the passages touch."""
    exploded = found.assign(theme=found.themes.str.split(", ")).explode("theme")
    exploded = exploded[exploded.theme.fillna("").ne("")]
    matrix = pd.crosstab(exploded.side, exploded.theme) if len(exploded) else pd.DataFrame()
    totals = exploded.theme.value_counts().sort_index().sort_values(ascending=False, kind="stable")
    heading = (f"The most frequent theme: {totals.index[0]} ({plural(int(totals.iloc[0]), 'passage')})"
               if len(totals) else "No passage touches a theme of data/themes.yaml")
    page.add(Finding("themes", heading, chart=(lambda: charts.heatmap(
        matrix.astype(float), "Themes of the passages, by side", "theme", "side", fmt="{:.0f}", cmap="Purples"))
        if len(matrix) else None, caption="Theme patterns of data/themes.yaml. Source: quotes table.",
        data=matrix.reset_index() if len(matrix) else None,
        table=found[["side", "about", "themes", "speaker_label", "article_id", "text"]],
        empty="No passage."))


def _others(page: Page, speakers: pd.DataFrame, mentions: pd.DataFrame, ids: set[str], a: str, b: str) -> None:
    """Add the finding on voices that speak for neither side (analysts, journalists, third parties)."""
    about = mentions[mentions.actor_id.isin(ids)].groupby("article_id").sentence_id.agg(set)
    near = [aid in about.index and sid in about[aid] for aid, sid in zip(speakers.article_id, speakers.sentence_id)]
    outside = speakers[pd.Series(near, index=speakers.index) & ~speakers.speaks_for.isin(ids)]
    kinds = outside.speaker_type.value_counts()
    heading = (f"{plural(len(outside), 'quotation')} about {a} or {b} by speakers for neither side: "
               + ", ".join(f"{n} by {k} speakers" for k, n in sorted(kinds.items())) if len(outside)
               else f"No speaker for a third party is quoted about {a} or {b}")
    page.add(Finding("others", heading, table=outside[["speaker_label", "speaker_type", "side_name", "speaker_role",
                                                       "article_id", "text"]],
                     empty="No such quotation."))
