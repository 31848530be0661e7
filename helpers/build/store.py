"""Table storage: typed Parquet (or CSV) datasets, one folder per table, a manifest, atomic publication, one reader.

Layout of a built corpus folder:
    manifest.json                  what was built, from what, with which code; table files with their SHA-256
    <table>/part-00000.parquet …   one file per partition (or <table>.csv with --csv)
A folder without manifest.json is incomplete and is never read.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..schema import LS, SCHEMAS, SORT_KEYS, S

MANIFEST = "manifest.json"


class IncompleteTablesError(FileNotFoundError):
    """A tables folder without a manifest (an interrupted or foreign build)."""


def schema(table: str, columns: list[str]) -> pa.Schema:
    """Return the Arrow schema of a table: declared columns first, any extra columns as strings."""
    declared = dict(SCHEMAS[table])
    extra = sorted(c for c in columns if c not in declared)
    return pa.schema([(n, t) for n, t in SCHEMAS[table]] + [(c, S) for c in extra])


def to_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Turn rows into a DataFrame with every declared column, in declared order."""
    df = pd.DataFrame(rows)
    sch = schema(table, list(df.columns))
    for name in sch.names:
        if name not in df.columns:
            df[name] = None
    return df[sch.names]


def to_arrow(table: str, df: pd.DataFrame) -> pa.Table:
    """Convert a table's DataFrame to Arrow with the declared types."""
    sch = schema(table, list(df.columns))
    df = df.reindex(columns=sch.names)
    arrays = []
    for field in sch:
        col = df[field.name]
        if pa.types.is_timestamp(field.type):
            col = pd.to_datetime(col, errors="coerce").astype("datetime64[us]")
        elif field.type == S:
            col = col.map(lambda v: None if v is None or (isinstance(v, float) and pd.isna(v)) else str(v),
                          na_action=None)
        arrays.append(pa.array(col.tolist() if field.type in (S, LS) else col, type=field.type, from_pandas=True))
    return pa.Table.from_arrays(arrays, schema=sch)


def write_part(folder: Path, table: str, part: int, df: pd.DataFrame) -> Path:
    """Write one partition of a table as Parquet under folder/table/part-NNNNN.parquet."""
    path = folder / table / f"part-{part:05d}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(to_arrow(table, df), path, compression="zstd")
    return path


def write_table(folder: Path, table: str, df: pd.DataFrame, fmt: str = "parquet") -> Path:
    """Write a whole table (one part) as Parquet, or as a single CSV file when fmt == "csv"."""
    if fmt == "csv":
        path = folder / f"{table}.csv"
        out = df.copy()
        for name, typ in SCHEMAS.get(table, []):
            if typ == LS and name in out:
                out[name] = out[name].map(lambda v: json.dumps(list(v), ensure_ascii=False) if v is not None else None)
        out.to_csv(path, index=False)
        return path
    shutil.rmtree(folder / table, ignore_errors=True)
    return write_part(folder, table, 0, df)


def file_sha256(path: Path) -> str:
    """Return the SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def table_files(folder: Path) -> list[Path]:
    """List the data files of a tables folder, sorted."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".parquet", ".csv"))


def write_manifest(folder: Path, manifest: dict) -> None:
    """Record every table file's hash in the manifest and write it last."""
    manifest = dict(manifest)
    manifest["files"] = {str(p.relative_to(folder)): file_sha256(p) for p in table_files(folder)}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True, default=str), encoding="utf-8")


def read_manifest(folder: Path) -> dict:
    """Read a tables folder's manifest; raise IncompleteTablesError when there is none."""
    path = Path(folder) / MANIFEST
    if not path.exists():
        raise IncompleteTablesError(f"no {MANIFEST} in {folder}: not a complete build (run `python -m helpers build`)")
    return json.loads(path.read_text(encoding="utf-8"))


def verify(folder: Path) -> bool:
    """Tell whether every table file still matches the hash its manifest recorded (no tampering, no truncation)."""
    try:
        manifest = read_manifest(folder)
    except (IncompleteTablesError, json.JSONDecodeError):
        return False
    recorded = manifest.get("files", {})
    present = {str(p.relative_to(folder)) for p in table_files(Path(folder))}
    if present != set(recorded):
        return False
    return all(file_sha256(Path(folder) / rel) == digest for rel, digest in recorded.items())


def publish(staging: Path, out: Path) -> None:
    """Atomically replace `out` with the finished `staging` folder (rename, never a half-written table)."""
    out = Path(out)
    if out.exists():
        trash = out.with_name(f".{out.name}.old-{uuid.uuid4().hex[:8]}")
        os.replace(out, trash)
        os.replace(staging, out)
        shutil.rmtree(trash, ignore_errors=True)
    else:
        os.replace(staging, out)


def staging_dir(out: Path) -> Path:
    """Create a fresh staging folder beside `out` (same file system, so publication is a rename).

    The name carries the building process's id; staging folders left by dead processes (a killed build, which
    could not clean up) are removed first. Folders of live processes (a concurrent build) are left alone.
    """
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out)
    path = out.with_name(f".{out.name}.staging-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    path.mkdir()
    return path


def remove_stale_staging(out: Path) -> list[Path]:
    """Delete the staging folders of `out` whose building process no longer runs; return them."""
    removed = []
    for path in Path(out).parent.glob(f".{Path(out).name}.staging-*"):
        pid = path.name.rsplit(".staging-", 1)[1].split("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    """Tell whether a process with this id runs on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_parts(folder: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Concatenate the Parquet parts of one table, in part order (no manifest check: staging folders use it too)."""
    files = sorted((Path(folder) / table).glob("*.parquet"))
    if not files:
        return to_frame(table, [])[columns] if columns else to_frame(table, [])
    return pd.concat([pq.read_table(f, columns=columns).to_pandas() for f in files], ignore_index=True)


def read_table(folder: str | Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read one table from a built folder (partitioned Parquet, single Parquet file or CSV), in documented order."""
    folder = Path(folder)
    read_manifest(folder)
    if (folder / table).is_dir():
        df = read_parts(folder, table, columns)
    elif (folder / f"{table}.parquet").exists():
        df = pd.read_parquet(folder / f"{table}.parquet", columns=columns)
    elif (folder / f"{table}.csv").exists():
        df = _read_csv(folder / f"{table}.csv", table)
        if columns:
            df = df[columns]
    else:
        raise FileNotFoundError(f"table {table!r} not found in {folder}")
    keys = [k for k in SORT_KEYS.get(table, []) if k in df.columns]
    if keys and len(df):
        df = df.sort_values(keys, kind="stable", na_position="first").reset_index(drop=True)
    return df


def _read_csv(path: Path, table: str) -> pd.DataFrame:
    """Read a CSV table back with its declared types."""
    df = pd.read_csv(path, keep_default_na=False, na_values=[""])
    for name, typ in SCHEMAS.get(table, []):
        if name not in df:
            continue
        if typ == LS:
            df[name] = df[name].map(lambda v: json.loads(v) if isinstance(v, str) else [])
        elif pa.types.is_timestamp(typ):
            df[name] = pd.to_datetime(df[name], errors="coerce")
        elif typ == S:
            df[name] = df[name].astype(object).where(df[name].notna(), None)
    return df
