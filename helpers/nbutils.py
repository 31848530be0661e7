"""Logic shared by the notebooks: loading the corpus parameter, safe Markdown, source labels, evidence tables."""

from __future__ import annotations

import html
import json
import re
import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from unidecode import unidecode

from .paths import ROOT

_MD_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:=^])")


def setup() -> None:
    """Silence warnings and set deterministic pandas display options for notebook output."""
    warnings.filterwarnings("ignore")
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", 200)
    pd.set_option("display.width", 160)
    from . import charts

    charts.style()


def rel(path: str | Path) -> str:
    """Return a path relative to the project root when it lies inside it, else just its name."""
    p = Path(path).resolve()
    try:
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return p.name


def corpus_path(corpus: str) -> Path | None:
    """Resolve the `corpus` parameter ("" = default corpus; relative paths are relative to the project root)."""
    if not str(corpus).strip():
        return None
    p = Path(corpus).expanduser()
    p = p if p.is_absolute() else ROOT / p
    if not p.exists():
        raise FileNotFoundError(f"corpus path {rel(p)!r} does not exist")
    return p.resolve()


def load(corpus: str = ""):
    """Load (building if needed) the corpus named by the notebook parameter, quietly."""
    import helpers

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return helpers.load_corpus(corpus_path(corpus), progress=False)


def md_escape(text: object) -> str:
    """Escape any text for Markdown display: HTML special characters and Markdown syntax become literal."""
    s = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    s = re.sub(r"\s+", " ", s)
    s = _MD_SPECIALS.sub(r"\\\1", s)
    return html.escape(s, quote=True).replace("$", "&#36;")


def show_md(markdown: str) -> None:
    """Display Markdown that the caller built from escaped pieces."""
    from IPython.display import Markdown, display

    display(Markdown(markdown))


def findings(sentences: Iterable[str], heading: str = "Key findings") -> None:
    """Display key-finding sentences (already built from numbers and escaped) as a Markdown list."""
    items = [s for s in sentences if s]
    body = "\n".join(f"- {s}" for s in items) if items else "- No finding: the selection is empty."
    show_md(f"**{md_escape(heading)}**\n\n{body}")


def message(text: str) -> None:
    """Display a plain notice (escaped), e.g. when a parameter matches nothing."""
    show_md(f"**Note:** {md_escape(text)}")


def q(text: object) -> str:
    """Quote escaped text for a finding sentence."""
    return f"“{md_escape(text)}”"


def plural(n: int, word: str, many: str | None = None) -> str:
    """Return "1 article" / "3 articles"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def fmt_num(value: float) -> str:
    """Format a number without spurious decimals (4200.0 → 4,200; 2.35 → 2.35)."""
    if pd.isna(value):
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def fmt_date(value: object) -> str:
    """Format a timestamp as YYYY-MM-DD ("" when missing)."""
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _blank(value: object) -> bool:
    """Tell whether a cell is empty (None, NaN, blank string)."""
    return value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip()


def source_labels(articles: pd.DataFrame, width: int = 60) -> dict[str, str]:
    """Map article_id to a display "source" label: outlet, else dateline, else title, else "untitled"."""
    out = {}
    for row in articles.itertuples():
        desc = next((str(v) for v in (row.outlet, row.dateline, row.title) if not _blank(v)), "untitled")
        out[row.article_id] = " ".join((desc if len(desc) <= width else desc[: width - 1] + "…").split())
    return out


def demonyms() -> set[str]:
    """Return every demonym of the actor dictionary (adjectives that stand for a country)."""
    import yaml

    from .paths import DATA

    spec = yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))
    return {d for section in spec.values() if isinstance(section, list) for item in section
            for d in (item.get("demonyms") or [])}


def not_names() -> set[str]:
    """Return surface forms that refer to an actor without naming it: demonyms and capital cities."""
    from .actors import dictionary

    return demonyms() | {s for s, e in dictionary().items() if e.capital_of}


def short_ids(ids: Iterable[str]) -> dict[str, str]:
    """Map article ids to short chart labels (prefix before "_" when unique, else the id)."""
    ids = sorted(set(ids))
    short = {i: i.split("_")[0] for i in ids}
    return short if len(set(short.values())) == len(ids) else {i: i for i in ids}


def event_sources(events: pd.DataFrame) -> pd.Series:
    """Map each event_id to the sorted ids of the articles that report it."""
    return events.groupby("event_id").article_id.agg(lambda ids: sorted(set(ids)))


def sources_phrase(ids: Iterable[str], limit: int = 6) -> str:
    """Name the articles a chart or finding draws on ("000_…, 001_…")."""
    ids = sorted({str(i) for i in ids if not _blank(i)})
    if not ids:
        return "no article"
    head = ", ".join(ids[:limit])
    return head + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def evidence(rows: pd.DataFrame, sentences: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """Return an evidence table: the given columns plus article_id, sentence_id and the sentence text, sorted."""
    columns = [c for c in (columns or []) if c in rows.columns and c not in ("article_id", "sentence_id")]
    base = rows[["article_id", "sentence_id", *columns]].copy()
    sent = sentences[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"})
    out = base.merge(sent, on=["article_id", "sentence_id"], how="left")
    out["sentence"] = out["sentence"].fillna("").map(lambda s: re.sub(r"\s+", " ", s).strip())
    return out.sort_values(["article_id", "sentence_id", *columns[:1]], kind="stable").reset_index(drop=True)


def show_table(df: pd.DataFrame, empty: str = "No rows.", max_rows: int = 60) -> None:
    """Display a table (HTML-escaped by pandas) or a notice when it is empty."""
    from IPython.display import display

    if df is None or df.empty:
        message(empty)
        return
    shown = df.head(max_rows).reset_index(drop=True)
    display(shown)
    if len(df) > max_rows:
        message(f"{len(df) - max_rows} more rows not shown.")


def norm_name(text: str) -> str:
    """Normalise a name for matching: ASCII-folded, lower-case, spaces collapsed."""
    return re.sub(r"\s+", " ", unidecode(str(text)).lower()).strip()


def parents(ids: set[str]) -> set[str]:
    """Return the organisations the given actors belong to (`part_of` in data/actors.yaml: KFOR → NATO)."""
    import yaml

    from .paths import DATA

    spec = yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))
    return {o["part_of"] for o in spec.get("organisations", []) if o["id"] in ids and o.get("part_of")}


def resolve_actor(name: str, mentions: pd.DataFrame) -> tuple[set[str], str]:
    """Resolve a user-given actor name to its actor ids and canonical name (empty set when nothing matches)."""
    from .actors import dictionary

    key = norm_name(name)
    if not key:
        return set(), ""
    ids = set(mentions.loc[mentions.actor.map(norm_name).eq(key) | mentions.actor_id.map(norm_name).eq(key),
                           "actor_id"])
    for surface, entry in dictionary().items():
        if key in (norm_name(surface), norm_name(entry.id), norm_name(entry.name)) and entry.type != "place":
            ids.add(entry.id)
    if not ids:
        return set(), ""
    names = mentions.loc[mentions.actor_id.isin(ids), "actor"]
    canonical = sorted(set(names))[0] if len(names) else name
    return ids, canonical


def country_names() -> dict[str, str]:
    """Map ISO3 country ids to canonical names (from the actor dictionary)."""
    from .actors import dictionary

    return {e.id: e.name for e in dictionary().values() if e.type == "country"}


def country_in_text(text: object) -> str | None:
    """Find the first country named in a role text ("Serbian", "Turkish Ambassador", "Serbia’s …") → ISO3."""
    from .actors import alias_regex, dictionary

    if _blank(text):
        return None
    table = dictionary()
    for m in alias_regex().finditer(str(text)):
        entry = table[m.group()]
        if entry.type == "country":
            return entry.id
        if entry.capital_of:
            return entry.capital_of
    return None


def speaker_table(corpus) -> pd.DataFrame:
    """Return quotes with speaker label, role and country (mentions.country of the speaker, else from the role)."""
    quotes = corpus.quotes.copy()
    mentions = corpus.mentions
    known = (mentions.dropna(subset=["country"]).sort_values(["actor_id", "article_id", "start"])
             .drop_duplicates("actor_id").set_index("actor_id")["country"])
    orgs = set(mentions.loc[mentions.actor_type.eq("organisation"), "actor_id"])
    names = country_names()

    def country(row) -> str | None:
        if _blank(row.speaker):
            return None
        if row.speaker in known.index:
            return known[row.speaker]
        return country_in_text(row.speaker_role)

    quotes["speaker_country"] = [country(r) for r in quotes.itertuples()]
    quotes["country_basis"] = [
        "mentions" if not _blank(r.speaker) and r.speaker in known.index
        else ("role text" if r.speaker_country else ("organisation" if r.speaker in orgs else "unknown"))
        for r in quotes.itertuples()]
    quotes["speaker_label"] = [
        str(r.speaker_name) if not _blank(r.speaker_name) else ("unattributed" if _blank(r.speaker) else r.speaker)
        for r in quotes.itertuples()]
    quotes["country_name"] = [
        names.get(c, c) if c else ("(organisation)" if b == "organisation" else "(unknown)")
        for c, b in zip(quotes.speaker_country, quotes.country_basis)]
    return quotes


def write_summary(folder: str, name: str, values: dict) -> None:
    """Write the notebook's headline numbers as JSON into `folder` (no-op when folder is "")."""
    if not str(folder).strip():
        return
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(values, indent=2, sort_keys=True, default=str), encoding="utf-8")


def overlaps_range(start: pd.Series, end: pd.Series, date_from: str, date_to: str) -> pd.Series:
    """Tell which [start, end] intervals overlap the optional [date_from, date_to] bounds ("" = open)."""
    keep = pd.Series(True, index=start.index)
    if str(date_from).strip():
        keep &= end.fillna(start) >= pd.Timestamp(date_from)
    if str(date_to).strip():
        keep &= start <= pd.Timestamp(date_to) + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
    return keep
