"""Preloaded by the fork server of the dask engine's local workers: every extractor warmed up once, so each worker
forked from that server starts warm (no imports, no pattern compilation per worker)."""

from .pipeline import warm_up

warm_up()
