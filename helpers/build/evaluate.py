"""Scoring the tables against a gold file in the format of data/gold/seeds.yaml (precision, recall, F1 per table).

Matching rules (documented in the README):
- articles: title, published (explicit dates only), dateline, duplicate grouping (pairs of articles whose `duplicate_of`
  chains lead to one original: two copies of one wire story are a pair too); each field right or wrong.
- actors: the set of actor keys per article (ISO3, acronym, folded surname) from mentions of countries,
  organisations and people; `also_ok` keys are neither rewarded nor penalised; `not_actors` count as false positives.
- timexes: a prediction matches a gold item in the same article when their texts overlap (case-insensitive
  containment) and the value is the gold value or one of `accept`; optional gold items are never false negatives.
  Decades and centuries compare in either TIMEX3 notation: `197` and `197X` are the same decade.
- figures: texts overlap (or the number's digits appear in both) and values equal; category accuracy on matches.
- articles.boilerplate: furniture leaks, the gold `boilerplate` lines found verbatim in the built `articles.text`
  (as a whole line, or inside a paragraph when four words or longer, so "Facebook" in a sentence is no leak);
  tp: lines kept out of the body, fn: lines leaked; with `leaked_lines` and `leaks_per_10_articles`; fp
  (`content_removed`): lines put aside as furniture that the gold keeps as content (neither boilerplate nor title,
  nor a date line, whose date goes to `published` and which older gold files do not list).
- quotes: predictions of six words or more; a match when the normalised quote starts with the gold `opens`
  (or contains it near its start); "attributed" also requires the right speaker key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml
from unidecode import unidecode

from ..extract.actors import SCORED_TYPES
from ..extract.lines import date_line


@dataclass
class Score:
    """Counts and rates for one table."""

    table: str
    tp: int
    fp: int
    fn: int
    extra: dict | None = None

    @property
    def precision(self) -> float:
        """Share of predictions that are right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_row(self) -> dict:
        """Return the score as a table row."""
        row = {"table": self.table, "tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
               "recall": round(self.recall, 3), "f1": round(self.f1, 3)}
        row.update(self.extra or {})
        return row


def load_gold(path: str | Path) -> dict:
    """Load a gold YAML file and return its articles mapping."""
    spec = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(spec, dict) or "articles" not in spec:
        raise ValueError(f"{path}: not a gold file (no 'articles' mapping)")
    return spec["articles"]


def norm(text: str) -> str:
    """Normalise text for matching: ASCII-folded, lower-case, quotes and ellipses dropped, spaces collapsed."""
    text = unicodedata.normalize("NFC", str(text)).replace("…", " ").replace("...", " ")
    text = unidecode(text).lower()
    text = re.sub(r"[\"'`]", "", text)
    return re.sub(r"\s+", " ", re.sub(r"[^\w%.,-]+", " ", text)).strip()


def overlaps(a: str, b: str) -> bool:
    """Tell whether two surface texts overlap (one contains the other, after normalisation)."""
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def score_articles(gold: dict, articles: pd.DataFrame) -> list[Score]:
    """Score titles, explicit publication dates, datelines and duplicate grouping."""
    by_id = articles.set_index("article_id")
    out = []
    for field_name, column in (("title", "title"), ("published", "published"), ("dateline", "dateline")):
        tp = fp = fn = 0
        for aid, g in gold.items():
            if aid not in by_id.index:
                fn += g.get(field_name) is not None
                continue
            pred = by_id.at[aid, column]
            if column == "published":
                basis = by_id.at[aid, "published_basis"]
                pred = pd.Timestamp(pred).date().isoformat() if basis in ("metadata", "text") else None
            pred = None if pred is None or (isinstance(pred, float) and pd.isna(pred)) else str(pred)
            want = g.get(field_name)
            if want is None and pred is None:
                continue
            if want is not None and pred is not None and str(want).strip() == pred.strip():
                tp += 1
            else:
                fp += pred is not None
                fn += want is not None
        out.append(Score(f"articles.{field_name}", tp, fp, fn))
    groups = dict(zip(articles.article_id, articles.duplicate_group))
    story = _gold_stories(gold)
    gold_pairs, pred_pairs = set(), set()
    ids = sorted(a for a in gold if a in groups)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if story[a] == story[b]:
                gold_pairs.add((a, b))  # two copies of one original are copies of each other too
            if groups[a] == groups[b]:
                pred_pairs.add((a, b))
    out.append(Score("articles.duplicates", len(gold_pairs & pred_pairs), len(pred_pairs - gold_pairs),
                     len(gold_pairs - pred_pairs)))
    return out


def _gold_stories(gold: dict) -> dict[str, str]:
    """Map every gold article to the original its `duplicate_of` chain leads to (itself when it is no copy)."""
    def root(aid: str, seen: frozenset = frozenset()) -> str:
        parent = gold.get(aid, {}).get("duplicate_of")
        return aid if parent is None or parent in seen or parent not in gold else root(parent, seen | {aid})
    return {aid: root(aid) for aid in gold}


def score_boilerplate(gold: dict, articles: pd.DataFrame, errors: list | None = None) -> Score:
    """Count furniture leaks (gold `boilerplate` lines found verbatim inside the built body of their article) and
    content taken for furniture (lines the build put aside that the gold lists neither as boilerplate nor as the
    title, where the gold lists boilerplate at all): the false positives."""
    texts = dict(zip(articles.article_id, articles.text))
    aside = dict(zip(articles.article_id, articles["boilerplate"])) if "boilerplate" in articles else {}
    kept = leaked = removed = n = 0
    for aid, g in gold.items():
        if aid not in texts:
            continue
        n += 1
        body = texts[aid] if isinstance(texts[aid], str) else ""
        lines = [str(line).strip() for line in g.get("boilerplate") or [] if str(line).strip()]
        body_lines = {b.strip() for b in body.split("\n")}
        leaks = [line for line in lines if line in body_lines or (len(line.split()) >= 4 and line in body)]
        kept, leaked = kept + len(lines) - len(leaks), leaked + len(leaks)
        known = {*lines, str(g.get("title") or "").strip()}
        put_aside = aside.get(aid) if "boilerplate" in g else None
        lost = [x for x in (str(x).strip() for x in ([] if put_aside is None else list(put_aside)))
                if x not in known and date_line(x, furniture=True) is None]  # a date stamp's date is `published`
        removed += len(lost)
        _note(errors, "articles.boilerplate", aid, [{"text": line} for line in leaks], [{"text": x} for x in lost], [])
    per_10 = round(10 * leaked / n, 2) if n else 0.0
    return Score("articles.boilerplate", kept, removed, leaked,
                 {"leaked_lines": leaked, "leaks_per_10_articles": per_10, "content_removed": removed})


def score_actors(gold: dict, mentions: pd.DataFrame, errors: list | None = None) -> Score:
    """Score the per-article sets of actor keys (compared without case, as speakers are: gold "COE" is "CoE")."""
    tp = fp = fn = 0
    scored = mentions[mentions.actor_type.isin(SCORED_TYPES)]
    for aid, g in gold.items():
        pred = {str(a).lower(): a for a in scored.loc[scored.article_id == aid, "actor_id"]}
        want = {str(a).lower(): a for a in g.get("actors", [])}
        ok = {str(a).lower() for a in g.get("also_ok", [])}
        tp += len(pred.keys() & want.keys())
        fp += len(pred.keys() - want.keys() - ok)
        fn += len(want.keys() - pred.keys())
        _note(errors, "actors", aid, [{"actor": want[a]} for a in sorted(want.keys() - pred.keys())],
              [{"actor": pred[a]} for a in sorted(pred.keys() - want.keys() - ok)], [])
    return Score("actors", tp, fp, fn)


def _note(errors: list | None, table: str, aid: str, missed: list[dict], spurious: list[dict],
          wrong: list[tuple[str, dict, dict]]) -> None:
    """Record the misses of one article and table (when the caller asked for them)."""
    if errors is None:
        return
    errors += [{"table": table, "article_id": aid, "error": "missed", "gold": g, "predicted": None} for g in missed]
    errors += [{"table": table, "article_id": aid, "error": "spurious", "gold": None, "predicted": p}
               for p in spurious]
    errors += [{"table": table, "article_id": aid, "error": what, "gold": g, "predicted": p} for what, g, p in wrong]


def _brief(row: dict, keys: tuple[str, ...]) -> dict:
    """Keep the fields of a predicted row that explain a miss."""
    return {k: row.get(k) for k in keys}


def _unmatched(gold_items: list[dict], preds: list[dict], pairs: list[tuple[dict, dict]], keys: tuple[str, ...]):
    """Return the gold items (not optional) and predictions left out of a matching."""
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    missed = [g for g in gold_items if id(g) not in matched_gold and not g.get("optional")]
    return missed, [_brief(p, keys) for p in preds if id(p) not in matched_pred]


def _match(gold_items: list[dict], preds: list[dict], same) -> tuple[int, int, int, list[tuple[dict, dict]]]:
    """Greedy one-to-one matching of predictions to gold items in order; return tp, fp, fn and the pairs."""
    used: set[int] = set()
    pairs = []
    for g in gold_items:
        for j, p in enumerate(preds):
            if j not in used and same(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    matched_gold = {id(g) for g, _ in pairs}
    fn = sum(1 for g in gold_items if id(g) not in matched_gold and not g.get("optional"))
    return len(pairs), len(preds) - len(used), fn, pairs


def timex_value(value) -> str:
    """Normalise a TIMEX3 value for comparison: a decade or century is written the same with or without its
    trailing X placeholders ("197" and "197X" are the 1970s, "19" and "19XX" the 20th century)."""
    return re.sub(r"^(\d{2,3})X+$", r"\1", str(value))


def score_timexes(gold: dict, timexes: pd.DataFrame, errors: list | None = None) -> Score:
    """Score calendar expressions: overlapping text and an accepted value."""
    tp = fp = fn = 0
    for aid, g in gold.items():
        preds = timexes[timexes.article_id == aid].sort_values("start").to_dict("records")

        def same(gi: dict, p: dict) -> bool:
            accepted = {timex_value(v) for v in [gi["value"], *gi.get("accept", [])]}
            return overlaps(gi["text"], p["text"]) and timex_value(p["value"]) in accepted

        a, b, c, pairs = _match(g.get("timexes", []), preds, same)
        tp, fp, fn = tp + a, fp + b, fn + c
        _note(errors, "timexes", aid, *_unmatched(g.get("timexes", []), preds, pairs, ("text", "value")), [])
    return Score("timexes", tp, fp, fn)


def score_figures(gold: dict, figures: pd.DataFrame, errors: list | None = None) -> Score:
    """Score numeric claims: overlapping text, equal value; category accuracy on the matches."""
    tp = fp = fn = right = 0
    for aid, g in gold.items():
        preds = figures[figures.article_id == aid].sort_values("start").to_dict("records")

        def same(gi: dict, p: dict) -> bool:
            return abs(float(p["value"]) - float(gi["value"])) < 1e-9 and overlaps(gi["text"], p["text"])

        a, b, c, pairs = _match(g.get("figures", []), preds, same)
        tp, fp, fn = tp + a, fp + b, fn + c
        right += sum(1 for gi, p in pairs if p["category"] == gi["category"])
        keys = ("text", "value", "category")
        _note(errors, "figures", aid, *_unmatched(g.get("figures", []), preds, pairs, keys),
              [("wrong category", gi, _brief(p, keys)) for gi, p in pairs if p["category"] != gi["category"]])
    return Score("figures", tp, fp, fn, {"category_accuracy": round(right / tp, 3) if tp else 1.0})


def score_claims(gold: dict, claims: pd.DataFrame, errors: list | None = None) -> Score | None:
    """Score claims against gold figures that give a `measure` (and `subject`): found, measure and subject right.

    None when the gold file gives no measure (older gold files annotate figures only).
    """
    if not any("measure" in f for g in gold.values() for f in g.get("figures", [])):
        return None
    tp = fp = fn = measure_ok = subject_ok = 0
    for aid, g in gold.items():
        wanted = [f for f in g.get("figures", []) if "measure" in f]
        preds = claims[claims.article_id == aid].sort_values("start").to_dict("records")

        def same(gi: dict, p: dict) -> bool:
            return abs(float(p["value"]) - float(gi["value"])) < 1e-9 and overlaps(gi["text"], p["text"])

        a, b, c, pairs = _match(wanted, preds, same)
        tp, fp, fn = tp + a, fp + b, fn + c
        measure_ok += sum(1 for gi, p in pairs if p["measure"] == gi["measure"])
        subject_ok += sum(1 for gi, p in pairs if _key(p.get("subject")) == _key(gi.get("subject")))
        keys = ("text", "value", "measure", "subject")
        _note(errors, "claims", aid, *_unmatched(wanted, preds, pairs, keys),
              [("wrong claim", gi, _brief(p, keys)) for gi, p in pairs
               if p["measure"] != gi["measure"] or _key(p.get("subject")) != _key(gi.get("subject"))])
    return Score("claims", tp, fp, fn, {"measure_accuracy": round(measure_ok / tp, 3) if tp else 1.0,
                                        "subject_accuracy": round(subject_ok / tp, 3) if tp else 1.0})


def _key(value: object) -> str:
    """Normalise an actor key for comparison (None, NaN and "" are the same; case-insensitive)."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).lower()


def _speaker(row: dict) -> str | None:
    """Return a predicted quote's speaker key, None when unresolved (a missing value in a table)."""
    value = row.get("speaker")
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def score_quotes(gold: dict, quotes: pd.DataFrame, errors: list | None = None) -> list[Score]:
    """Score quotations found, and found with the right speaker."""
    found = [0, 0, 0]
    attributed = [0, 0, 0]
    for aid, g in gold.items():
        preds = quotes[(quotes.article_id == aid) & (quotes.n_words >= 6)].sort_values("start").to_dict("records")

        def same(gi: dict, p: dict) -> bool:
            opens, text = norm(gi["opens"]), norm(p["text"])
            return text.startswith(opens) or opens in text[: len(opens) + 40]

        a, b, c, pairs = _match(g.get("quotes", []), preds, same)
        found = [found[0] + a, found[1] + b, found[2] + c]
        right = sum(1 for gi, p in pairs if _speaker(p) == gi["speaker"])
        attributed = [attributed[0] + right, attributed[1] + b + (a - right), attributed[2] + c + (a - right)]
        keys = ("text", "speaker", "cue")
        _note(errors, "quotes", aid, *_unmatched(g.get("quotes", []), preds, pairs, keys),
              [("wrong speaker", gi, _brief(p, keys)) for gi, p in pairs if _speaker(p) != gi["speaker"]])
    return [Score("quotes.found", *found), Score("quotes.attributed", *attributed)]


def evaluate(gold_path: str | Path, tables: dict[str, pd.DataFrame], errors: list | None = None) -> pd.DataFrame:
    """Score every table against the gold file; return one row per table (precision, recall, F1).

    Pass a list as `errors` to receive one dict per miss: table, article_id, error (missed | spurious |
    wrong category | wrong speaker; a leaked boilerplate line is "missed"), gold item and predicted row.
    """
    gold = load_gold(gold_path)
    scores = score_articles(gold, tables["articles"])
    scores.append(score_boilerplate(gold, tables["articles"], errors))
    scores.append(score_actors(gold, tables["mentions"], errors))
    scores.append(score_timexes(gold, tables["timexes"], errors))
    scores.append(score_figures(gold, tables["figures"], errors))
    if "claims" in tables and (claims := score_claims(gold, tables["claims"], errors)) is not None:
        scores.append(claims)
    scores.extend(score_quotes(gold, tables["quotes"], errors))
    return pd.DataFrame([s.as_row() for s in scores])
