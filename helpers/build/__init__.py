"""The build: read inputs, run the per-article pipeline on an engine, relate articles, write the table store.

`inputs` (files and records in), `pipeline` (one article through every extractor), `runner` (partitions, engines,
relate, events, atomic publication), `preload` (what local Dask workers fork from, warm), `syndication` and
`events` (cross-article keys), `store` (Parquet/CSV and the manifest), `evaluate` (scores against a gold file).
"""

from .runner import BuildError, BuildResult, build

__all__ = ["BuildError", "BuildResult", "build"]
