"""The package's shape: four layers with imports pointing one way, no cycles, one schema, tables as before."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from table_digests import DIGESTS, table_digest

import helpers
from helpers.paths import ROOT
from helpers.schema import OFFSETS, TABLES, columns

PACKAGE = ROOT / "helpers"
BASE = {"helpers", "helpers.paths", "helpers.schema", "helpers.lexicon", "helpers.version", "helpers.cli",
        "helpers.__main__"}
# what each layer may import from the package (besides the base modules)
ALLOWED = {
    "extract": {"extract"},
    "analysis": {"analysis", "extract"},
    "build": {"build", "extract", "analysis"},
    "notebook": {"notebook", "analysis", "build", "extract"},
}
# function-local imports that only defer a heavy optional dependency
DEFERRED = {("helpers.extract.segment", "spacy"), ("helpers.extract.segment", "spacy.attrs"),
            ("helpers.extract.segment", "spacy.symbols"), ("helpers.build.inputs", "trafilatura"),
            ("helpers.build.runner", "dask.distributed"), ("helpers.build.runner", "dask"),
            ("helpers.cli", "helpers.notebook.report"),
            ("helpers.cli", "helpers.notebook.execute"), ("helpers.cli", "helpers.notebook.readme")}


def module_name(path: Path) -> str:
    """Return the dotted module name of a file under helpers/."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str) -> list[tuple[str, bool]]:
    """Return (imported module, imported inside a function) for every import statement of a module."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    local = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
             for n in ast.walk(f) if isinstance(n, (ast.Import, ast.ImportFrom))}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, id(node) in local) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for a in node.names:  # `from .x import y` imports the submodule x.y when there is one
                sub = f"{base}.{a.name}"
                out.append((sub if sub in MODULES else base, id(node) in local))
    return out


def layer(name: str) -> str | None:
    """Return the layer of a package module (None for the base modules)."""
    parts = name.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in ALLOWED) else None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_point_one_way(name: str) -> None:
    own = layer(name)
    for target, _ in imports(name):
        if not target.startswith("helpers") or target in BASE:
            continue
        if own is None:  # base modules import only base modules; the package face builds, the CLI runs it all
            assert name == "helpers.cli" or (name == "helpers" and layer(target) == "build"), (name, target)
            continue
        assert layer(target) in ALLOWED[own], f"{name} ({own}) imports {target} ({layer(target)})"


def test_extract_imports_no_other_layer() -> None:
    bad = [(n, t) for n in MODULES if layer(n) == "extract" for t, _ in imports(n)
           if t.startswith("helpers.") and layer(t) not in (None, "extract")]
    assert bad == []


def test_no_function_local_imports_but_deferred_heavy_ones() -> None:
    found = {(n, t) for n in MODULES for t, is_local in imports(n) if is_local}
    assert found == DEFERRED


def test_no_import_cycles() -> None:
    graph = {n: sorted({t for t, _ in imports(n) if t in MODULES and t != n}) for n in MODULES}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n, [n])
    assert cycles == []


def test_the_layers_are_folders() -> None:
    assert sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()) == \
        ["analysis", "build", "extract", "notebook"]


def test_word_lists_read_the_same_with_either_yaml_parser_and_keep_on_off_yes_no_as_words() -> None:
    """lexicon.load uses libyaml's parser when present (12x faster a process); it reads every data file as PyYAML's
    pure-Python parser with the same resolvers, and no list loses "on", "off", "no" or "yes" to YAML 1.1 booleans."""
    import yaml

    from helpers.lexicon import SafeLoader

    assert issubclass(SafeLoader, yaml.CSafeLoader)  # the pinned PyYAML wheel has libyaml: every worker start needs it

    class PythonLoader(yaml.SafeLoader):
        """PyYAML's own parser with the project's resolvers."""

    PythonLoader.yaml_implicit_resolvers = SafeLoader.yaml_implicit_resolvers

    def scalars(x: object) -> list:
        if isinstance(x, dict):
            return [*x, *(s for v in x.values() for s in scalars(v))]
        return [s for v in x for s in scalars(v)] if isinstance(x, list) else [x]

    for path in sorted((ROOT / "data").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=SafeLoader)
        assert data == yaml.load(text, Loader=PythonLoader), path.name
        assert not [s for s in scalars(data) if isinstance(s, bool)], path.name
    assert yaml.load("[on, off, no, yes, true, False]", Loader=SafeLoader) == ["on", "off", "no", "yes", True, False]


# --------------------------------------------------------------------------- one schema, documented


def readme_columns() -> dict[str, set[str]]:
    """Read the README's column dictionary: {table: documented column names}."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Tables (the public interface)"):]
    section = section[: section.index("\n## ", 5)]
    out: dict[str, set[str]] = {}
    table = None
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("table", "---"):
            continue
        table = cells[0] or table
        out.setdefault(table, set()).update(re.findall(r"`(\w+)`", cells[1]))
    return out


def test_readme_documents_every_column_of_the_schema() -> None:
    documented = readme_columns()
    offsets = {name for name, _ in OFFSETS}
    assert sorted(documented) == sorted(TABLES)
    for table in TABLES:
        have = set(columns(table))
        implied = offsets if offsets <= have else set()  # "Every table also has article_id, … text"
        assert documented[table] | implied == have, table


def test_extractors_use_the_schema_columns() -> None:
    from helpers.build.events import TIMEX_COLUMNS
    from helpers.extract import dates, figures

    assert dates.COLUMNS == columns("timexes")
    assert list(figures.columns()) == columns("figures")
    assert TIMEX_COLUMNS == [c for c in columns("events") if c in columns("timexes")]


# --------------------------------------------------------------------------- tables as before


@pytest.fixture(scope="module")
def stored() -> dict:
    return json.loads(DIGESTS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("corpus", ["seed", "styles", "styles2", "bbc", "reuters"])
def test_tables_equal_the_stored_digests(corpus: str, request, stored: dict) -> None:
    """Every table equals the reference build (tests/table_digests.py --write re-records it on purpose)."""
    built: helpers.Corpus = (request.getfixturevalue("styles_corpora")[corpus] if corpus.startswith("styles")
                             else request.getfixturevalue(corpus))
    key = "seeds" if corpus == "seed" else corpus
    assert {name: table_digest(frame) for name, frame in built.tables.items()} == stored[key]
