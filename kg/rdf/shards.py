"""A folder of N-Quads shards (the Dask engine's output) and its manifest.

The manifest lists exactly the shards of the last finished run, so `kg load FOLDER` never loads
a stale shard of an earlier run, and a run that did not finish leaves no manifest at all.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from kg.errors import InputError, OutputError

from .formats import atomic_output

MANIFEST = "manifest.json"
SHARD = re.compile(r"^(part-\d{5}\.nq|\.part-\d{5}\.nq\.[^/]*\.part)$")  # shards and their temporary files


def shard_path(folder: Path, number: int) -> Path:
    return folder / f"part-{number:05d}.nq"


def prepare_folder(out_dir: str) -> Path:
    """A new or empty folder, or one holding only newskg's shards (whose manifest is withdrawn now)."""
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{out_dir} is a file; with --engine dask, -o names a folder for the shards")
    folder.mkdir(parents=True, exist_ok=True)
    foreign = sorted(p.name for p in folder.iterdir() if p.name != MANIFEST and not SHARD.match(p.name))
    if foreign:
        raise OutputError(f"{out_dir} holds files newskg did not write ({', '.join(foreign[:3])}); "
                          "with --engine dask, give an empty or new folder")
    (folder / MANIFEST).unlink(missing_ok=True)  # until this run finishes, the folder lists no shards
    return folder


def finish_folder(folder: Path, shards: list[Path]) -> None:
    """Record this run's shards and remove an earlier run's leftovers."""
    with atomic_output(str(folder / MANIFEST)) as stream:
        stream.write(json.dumps({"format": "nq", "shards": [p.name for p in shards]}, indent=1).encode())
    keep = {p.name for p in shards}
    for path in folder.iterdir():
        if SHARD.match(path.name) and path.name not in keep:
            path.unlink(missing_ok=True)


def listed_shards(folder: str) -> list[str]:
    """The shard files a folder's manifest lists, for `kg load FOLDER`."""
    manifest = Path(folder) / MANIFEST
    if not manifest.is_file():
        raise InputError(f"{folder} is a folder without {MANIFEST}: the extraction into it did not finish, "
                         f"or it is not a shard folder; run `kg extract --engine dask -o {folder}` again "
                         "or name the RDF files")
    try:
        names = json.loads(manifest.read_text())["shards"]
    except (ValueError, KeyError, TypeError):
        raise InputError(f"{manifest} is damaged; run the extraction into {folder} again") from None
    for name in names:
        if not isinstance(name, str) or Path(name).name != name or name in (".", ".."):
            raise InputError(f"{manifest} names {name!r}, which is not a file in {folder}; a manifest lists its "
                             "own folder's shards only: run the extraction into the folder again")
    return [str(Path(folder) / name) for name in names]
