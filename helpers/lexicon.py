"""The one loader of the word lists and dictionaries in `data/` (one YAML file per subject, one list per concept).

Shared concepts live once, in `data/lexicon.yaml` (months, speech verbs, role nouns, pronouns, …); each extractor
picks the lists it needs with `word_list(name)`. Subject files (`actors.yaml`, `dates.yaml`, `figures.yaml`, …) hold
what only one extractor uses, read with `load(name)`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from .paths import DATA

# libyaml's parser when PyYAML was built with it (the wheels are): 0.06 s instead of 0.75 s for data/*.yaml, paid by
# every build process and dask worker. Both loaders give the same values (tests/test_layers.py checks).
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL = "tag:yaml.org,2002:bool"


class SafeLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader with YAML 1.2 booleans: only true/false are booleans, so the words "on", "off", "no" and
    "yes" in a word list stay words (YAML 1.1 read them as True/False and the lists silently lost them)."""


SafeLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()}
SafeLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


@lru_cache(maxsize=32)
def load(name: str) -> dict:
    """Return `data/<name>.yaml` parsed (cached: every file is read once per process)."""
    path = DATA / f"{name}.yaml"
    if not path.exists():
        raise FileNotFoundError(f"word list file {path} is missing")
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}  # noqa: S506 - a safe loader


def word_list(name: str) -> list:
    """Return one shared list of `data/lexicon.yaml` (KeyError names the missing concept)."""
    shared = load("lexicon")
    if name not in shared:
        raise KeyError(f"data/lexicon.yaml has no list {name!r}")
    return list(shared[name])
