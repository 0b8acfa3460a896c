"""RDF formats: choose one, write quads atomically (temp file, then rename), read files back."""
from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

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


@contextmanager
def atomic_output(output: str | None) -> Iterator[IO[bytes]]:
    """A binary stream that becomes `output` only when the block succeeds (stdout if None or -)."""
    if output in (None, "-"):
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror}; choose a writable path with -o") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_writable(output: str | None) -> None:
    """Fail before hours of extraction, not after."""
    if output in (None, "-"):
        return
    directory = Path(output).parent if str(Path(output).parent) else Path(".")
    if not directory.is_dir() or not os.access(directory, os.W_OK) or Path(output).is_dir():
        raise OutputError(f"cannot write {output}: the folder is missing or not writable; choose another path with -o")


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
