"""RDF formats: choose one, write quads atomically (temp file, then rename), read files back."""
from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, parse, serialize

from kg.errors import InputError, OutputError

from .vocab import PREFIXES

FORMATS = {"ttl": RdfFormat.TURTLE, "trig": RdfFormat.TRIG, "nq": RdfFormat.N_QUADS,
           "nt": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD}
EXTENSIONS = {".ttl": "ttl", ".turtle": "ttl", ".trig": "trig", ".nq": "nq", ".nquads": "nq",
              ".nt": "nt", ".ntriples": "nt", ".jsonld": "jsonld", ".json": "jsonld"}
STREAMING = frozenset({"nq", "nt", "ttl", "trig"})  # written article by article; memory stays flat


def choose_format(fmt: str | None, output: str | None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return fmt
    if output and output != "-":
        suffix = Path(output).suffix.lower()
        if suffix not in EXTENSIONS:
            raise InputError(f"cannot tell the format of {output!r} from its extension; "
                             f"name it .ttl, .trig, .nq, .nt or .jsonld, or pass --format")
        return EXTENSIONS[suffix]
    return "ttl"


# Errors of the output itself (a full disk, a vanished folder), as opposed to a bug elsewhere.
OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS, errno.ENOENT,
                           errno.ESTALE, errno.EACCES, errno.EPERM})


@contextmanager
def atomic_output(output: str | None) -> Iterator[IO[bytes]]:
    """A binary stream that becomes `output` only when the block succeeds (stdout if None or -).

    As Unix tools do: a symlink is written through to its target, a FIFO or a device is
    streamed to, missing parent folders are created, and a new file gets the umask's mode (a
    replaced file keeps its own). A full disk or a vanished folder is one OutputError, and no
    partial file is left behind.
    """
    if output in (None, "-"):
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if is_special(output):
        with output_errors(output), open(output, "wb") as stream:
            yield stream
        return
    target = Path(os.path.realpath(output))
    with output_errors(output):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with output_errors(output):
            with os.fdopen(fd, "wb") as stream:
                yield stream
            os.chmod(tmp, file_mode(target))
            os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


@contextmanager
def output_errors(output: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno not in OUTPUT_ERRNOS:
            raise
        raise OutputError(f"cannot write {output}: {exc.strerror}; nothing was written there; "
                          "check the disk and the folder, or choose another path with -o") from None


def is_special(output: str) -> bool:
    """A FIFO, a character device (/dev/stdout, /dev/null) or a socket: streamed to, never replaced."""
    try:
        mode = os.stat(output).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def file_mode(target: Path) -> int:
    """A replaced file keeps its mode; a new one gets 0666 less the umask, as `>` would give."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def check_writable(output: str | None) -> None:
    """Fail before hours of extraction, not after."""
    if output in (None, "-") or is_special(output):
        return
    target = Path(os.path.realpath(output))
    if target.is_dir():
        raise OutputError(f"-o {output} is a folder; give a file name such as {Path(output) / 'graph.trig'}")
    folder = target.parent
    while not folder.exists() and folder != folder.parent:  # missing folders will be created
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {output}: {folder} is not a writable folder; choose another path with -o")


def serialize_batch(quads: Iterable[Quad], fmt: str, stream: IO[bytes]) -> None:
    """Write quads; triple formats (Turtle, N-Triples, JSON-LD) get the union of the graphs."""
    rdf_format = FORMATS[fmt]
    if rdf_format.supports_datasets and fmt != "jsonld":
        serialize(quads, stream, rdf_format, prefixes=PREFIXES if fmt == "trig" else None)
        return
    triples = dict.fromkeys(Triple(q.subject, q.predicate, q.object) for q in quads)
    if fmt == "jsonld":
        serialize(triples, stream, RdfFormat.JSON_LD, prefixes=PREFIXES)
    else:
        serialize(triples, stream, rdf_format, prefixes=PREFIXES if fmt == "ttl" else None)


def serialized(items: Iterable[Quad] | Iterable[Triple], rdf_format: RdfFormat) -> bytes:
    """Quads or triples in an RDF format, as bytes (Oxigraph returns them when given no file)."""
    data = serialize(items, format=rdf_format)
    assert data is not None
    return data


def rdf_source(path: str) -> tuple[RdfFormat, NamedNode]:
    """The format of an RDF file (by extension) and the graph its default-graph triples go to."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        raise InputError(f"cannot tell the RDF format of {path!r}; name it .ttl, .trig, .nq, .nt or .jsonld")
    if not Path(path).is_file():
        raise InputError(f"no such file: {path!r}; check the path")
    return FORMATS[EXTENSIONS[suffix]], NamedNode(Path(path).resolve().as_uri())


def read_rdf(path: str) -> Iterator[Quad]:
    """Quads of an RDF file; default-graph triples go into a graph named after the file."""
    rdf_format, graph = rdf_source(path)
    suffix = Path(path).suffix.lower()
    try:
        for quad in parse(path=path, format=rdf_format):
            yield quad if isinstance(quad.graph_name, NamedNode) else Quad(
                quad.subject, quad.predicate, quad.object, graph)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{path} is not valid {EXTENSIONS[suffix]} ({exc}); fix the file or its extension") from None
