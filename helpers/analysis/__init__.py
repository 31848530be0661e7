"""Analyses: functions from tables to tables that the notebooks chart and the reports summarise.

They take the DataFrames of a built corpus (`helpers.load_corpus(...)`) and return DataFrames; they never read
files other than the word lists in `data/`, and never import notebook code. Modules: `claims` (claim ids across
articles, ledger, series), `speakers` (whom a speaker speaks for), `relations` (passages one side speaks about the
other), `sources` (outlets and copies), `timeline` and `chronology` (events at any size), `actors`, `evidence`.
"""

from .actors import actor_in_text, country_names, display_name, norm_name, resolve_actor
from .chronology import date_bound, event_sources, overlaps_range
from .evidence import evidence
from .speakers import speaker_table

__all__ = ["actor_in_text", "country_names", "date_bound", "display_name", "event_sources", "evidence", "norm_name",
           "overlaps_range", "resolve_actor", "speaker_table"]
