"""Analyses: functions from tables to tables that the notebooks chart and the reports summarise.

They take the DataFrames of a built corpus (`helpers.load_corpus(...)`) and return DataFrames; they never read
files other than the word lists in `data/`, and never import notebook code.
"""

from .actors import country_in_text, country_names, demonyms, norm_name, not_names, parents, resolve_actor
from .chronology import date_bound, event_sources, overlaps_range
from .evidence import evidence
from .speakers import speaker_table

__all__ = ["country_in_text", "country_names", "date_bound", "demonyms", "event_sources", "evidence", "norm_name",
           "not_names", "overlaps_range", "parents", "resolve_actor", "speaker_table"]
