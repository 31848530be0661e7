"""Notebook 00's page: what is in the corpus and how far each source can be trusted, with what can be known.

Outlets and what is known of them (data/outlets.yaml), syndicated copies, how publication dates are known, page
furniture removed, and the pipeline's accuracy on hand-checked articles. Every chart is bounded: a similarity
matrix only for small corpora (`HEATMAP_MAX` articles), copy groups otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..analysis.sources import (
    NOT_LISTED,
    UNKNOWN_OUTLET,
    copy_groups,
    date_basis_counts,
    kind_counts,
    outlet_profiles,
)
from ..build.evaluate import evaluate, load_gold
from ..build.syndication import signature, similarity
from . import charts
from .display import plural, short_ids
from .page import Finding, Page

TOP = 15
HEATMAP_MAX = 30


def build(corpus, gold: Path | None = None) -> Page:
    """Build the corpus-and-sources page (gold: a gold file to score the articles it covers)."""
    page = Page("00_corpus_and_sources", "00 · The corpus and its sources",
                "What is in the corpus, and how far can each source be trusted?")
    articles = corpus.articles
    profiles = outlet_profiles(articles)
    _outlets(page, articles, profiles)
    _kinds(page, profiles)
    _dates(page, articles)
    _copies(page, articles)
    _furniture(page, articles)
    if gold is not None:
        _accuracy(page, corpus, gold)
    else:
        page.skipped["accuracy"] = "No gold file given: accuracy is not measured."
    return page


def _outlets(page: Page, articles: pd.DataFrame, profiles: pd.DataFrame) -> None:
    """Add the finding on how many articles, outlets and independent stories."""
    named = profiles[profiles.outlet.ne(UNKNOWN_OUTLET)]
    missing = int(profiles.loc[profiles.outlet.eq(UNKNOWN_OUTLET), "articles"].sum())
    stories = articles.duplicate_group.fillna(articles.article_id).nunique()
    page.numbers.update(articles=len(articles), outlets=len(named), independent_stories=int(stories),
                        articles_without_outlet=missing)
    heading = (f"{plural(len(articles), 'article')} from {plural(len(named), 'named outlet')}"
               + (f" ({missing} without an outlet in their metadata)" if missing else "")
               + f"; {plural(int(stories), 'independent story', 'independent stories')}")
    shown = profiles.head(TOP)
    data = pd.Series(shown.articles.to_numpy(), index=shown.outlet)
    more = f" and {len(profiles) - TOP} more outlets" if len(profiles) > TOP else ""
    page.add(Finding("outlets", heading, chart=lambda: charts.bars(data, "Articles per outlet", "articles",
                                                                    "outlet"),
                     caption=f"The {len(shown)} outlets with most articles{more}. Source: articles table (outlet "
                             "from each article's metadata).",
                     data=data.rename("articles").rename_axis("outlet").reset_index(), table=profiles))


def _kinds(page: Page, profiles: pd.DataFrame) -> None:
    """Add the finding on what is known about the outlets (kind, owner), with the source of each fact."""
    named = profiles[profiles.outlet.ne(UNKNOWN_OUTLET)]
    known = named[named.kind.ne(NOT_LISTED)]
    kinds = kind_counts(profiles)
    page.numbers["outlets_described"] = len(known)
    if named.empty:
        heading = "No article names its outlet, so no outlet can be described (data/outlets.yaml)"
    else:
        heading = (f"{len(known)} of {plural(len(named), 'named outlet')} described in data/outlets.yaml"
                   + (": " + ", ".join(f"{k} {plural(int(n), 'article')}" for k, n in kinds.items()
                                       if k not in (NOT_LISTED, "unknown")) if len(known) else ""))
    page.add(Finding("kinds", heading, chart=(lambda: charts.bars(kinds, "Articles by kind of outlet", "articles",
                                                                  "kind of outlet")) if len(kinds) else None,
                     caption="Kinds from data/outlets.yaml (each fact with its source URL in the table).",
                     data=kinds.rename("articles").rename_axis("kind").reset_index(),
                     table=known[["outlet", "kind", "owner", "country", "articles", "source"]],
                     empty="No outlet of this corpus is described in data/outlets.yaml."))


def _dates(page: Page, articles: pd.DataFrame) -> None:
    """Add the finding on how publication dates are known."""
    counts = date_basis_counts(articles)
    known = int(counts.drop("unknown", errors="ignore").sum())
    page.numbers["date_basis"] = {k: int(v) for k, v in counts.items()}
    heading = (f"Publication date known for {known} of {plural(len(articles), 'article')} ("
               + ", ".join(f"{k} {int(v)}" for k, v in counts.items() if k != "unknown" and v) + ")"
               + (f"; {int(counts.get('unknown', 0))} unknown" if counts.get("unknown", 0) else ""))
    page.add(Finding("dates", heading, chart=lambda: charts.bars(counts, "How each publication date is known",
                                                                 "articles", "basis"),
                     caption="metadata: given with the article; text: a date line; inferred: the news day of the "
                             "lede; unknown: relative dates stay unresolved. Source: articles table.",
                     data=counts.rename("articles").rename_axis("basis").reset_index(),
                     table=articles[["article_id", "outlet", "title", "published", "published_basis"]]))


def _copies(page: Page, articles: pd.DataFrame) -> None:
    """Add the finding on syndicated and reworded copies (a similarity matrix only for small corpora)."""
    groups = copy_groups(articles)
    copies = int(groups.articles.sum() - len(groups)) if len(groups) else 0
    page.numbers.update(copy_groups=len(groups), copies=copies)
    heading = (f"{plural(len(groups), 'group')} of syndicated or reworded copies ({plural(copies, 'copy', 'copies')}"
               f"{', the largest of ' + plural(int(groups.articles.iloc[0]), 'article') if len(groups) else ''})")
    if len(articles) <= HEATMAP_MAX:
        short = short_ids(articles.article_id)
        sigs = {a: signature(t) for a, t in zip(articles.article_id, articles.text)}
        ids = list(articles.article_id)
        matrix = pd.DataFrame([[similarity(sigs[a], sigs[b]) for b in ids] for a in ids],
                              index=[short[i] for i in ids], columns=[short[i] for i in ids])
        chart = (lambda: charts.heatmap(matrix, "How similar each pair of articles is", "article", "article")) \
            if len(ids) > 1 else None
        caption = "Estimated Jaccard similarity of content words (MinHash); copies share a duplicate group."
        data = matrix.reset_index(names="article")
    else:
        shown = groups.head(TOP)
        series = pd.Series(shown.articles.to_numpy(), index=shown.duplicate_group)
        chart = (lambda: charts.bars(series, "Largest groups of copies", "articles", "group")) if len(shown) else None
        caption = f"The {len(shown)} largest groups (of {len(groups)}). Source: articles.duplicate_group."
        data = series.rename("articles").rename_axis("group").reset_index()
    page.add(Finding("copies", heading, chart=chart, caption=caption, data=data, table=groups,
                     empty="No article is a copy of another."))


def _furniture(page: Page, articles: pd.DataFrame) -> None:
    """Add the finding on page furniture removed from the bodies."""
    rows = [(a, line) for a, lines in zip(articles.article_id, articles.boilerplate) for line in list(lines)]
    table = pd.DataFrame(rows, columns=["article_id", "line"])
    n_articles = table.article_id.nunique()
    page.numbers["furniture_lines"] = len(table)
    heading = (f"{plural(len(table), 'line')} of page furniture removed from {plural(n_articles, 'article')}"
               if len(table) else "No page furniture found in the articles")
    page.add(Finding("furniture", heading, table=table, empty="No page furniture was found."))


def _accuracy(page: Page, corpus, gold: Path) -> None:
    """Add the pipeline's accuracy on the articles of a gold file that are in this corpus."""
    covered = set(load_gold(gold)) & set(corpus.articles.article_id)
    if not covered:
        page.skipped["accuracy"] = (f"None of this corpus's articles is in the gold file {Path(gold).name}: "
                                    "accuracy is measured on the default corpus (README, Accuracy).")
        return
    scores = evaluate(gold, corpus.tables)
    scored = scores[scores.table.isin(["actors", "timexes", "figures", "quotes.found", "quotes.attributed"])]
    page.numbers["accuracy_f1"] = {r.table: round(float(r.f1), 3) for r in scored.itertuples()}
    heading = (f"On {plural(len(covered), 'hand-checked article')}, the extraction scores F1 "
               + ", ".join(f"{r.table} {r.f1:.2f}" for r in scored.itertuples()))
    data = scored.set_index("table")[["precision", "recall", "f1"]]
    page.add(Finding("accuracy", heading, chart=lambda: charts.bars(data, "Extraction accuracy against the gold file",
                                                                    "score (0–1)", "table"),
                     caption=f"Hand-checked gold: {Path(gold).name}. Source: helpers.build.evaluate.",
                     data=data.reset_index(), table=scored[["table", "tp", "fp", "fn", "precision", "recall", "f1"]]))
