"""The `kg` command: a thin shell over the library. Data to stdout, messages to stderr.

Exit codes: 0 ok, 1 a negative result (no rows, not valid), 2 bad input or an error.
"""
from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, NoReturn

import typer

from kg.errors import KgError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="newskg: turn English news articles into a knowledge graph (RDF) and query it.")


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"kg: {message}", err=True)
    raise typer.Exit(code)


class Terminated(KeyboardInterrupt):
    """SIGTERM, met as Ctrl-C is: every cleanup runs (no .part file stays, no worker outlives the run)."""


def terminate(signum, frame) -> NoReturn:
    raise Terminated()


@contextmanager
def reported(interrupted: str = "nothing was written") -> Iterator[None]:
    """Turn newskg's own errors into a one-line message and exit code 2; Ctrl-C (130) and SIGTERM (143)
    into one line saying what was left (`interrupted`)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    except KgError as exc:
        fail(str(exc))
    except Terminated:
        fail(f"terminated; {interrupted}", 143)
    except KeyboardInterrupt:
        fail(f"interrupted; {interrupted}", 130)
    except BrokenPipeError:  # `kg query ... | head`: the reader left, as with any Unix tool
        sys.stderr.close()
        raise typer.Exit(141) from None
    except OSError as exc:
        fail(f"{exc.strerror or exc}{f' ({exc.filename})' if exc.filename else ''}; "
             "check the disk and the paths, then run again")


DATA = typer.Option(None, "--data", "-d", help="RDF files (several may follow one --data).")
MORE_DATA = typer.Argument(None, hidden=True)  # the files after the first in "--data a.ttl b.ttl"
STORE = typer.Option(None, "--store", help="Embedded store folder (default $KG_STORE or ~/.local/share/newskg/store).")
ENDPOINT = typer.Option(
    None, "--endpoint", help="SPARQL server URL (http://host:7878, http://host:8890, ...) or its query URL."
)
SERVER = typer.Option(
    None, "--server", help="oxigraph, fuseki, virtuoso or graphdb: derive the paths from --endpoint (default: guessed)."
)
BASE = typer.Option("https://w3id.org/newskg/id/", "--base", help="Base IRI of the instances.")


def source_of(
    data: list[str] | None, more: list[str] | None, store: str | None, endpoint: str | None, server: str | None
):
    """The files, store or server named on the command line (a QueryError when more than one is)."""
    from kg.queries import Source

    return Source(files=(*(data or []), *(more or [])), store=store, endpoint=endpoint, server=server)


def parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            fail(f"--date {value!r} is no day of the calendar; check the month and the day")
        fail(f"--date {value!r} is not YYYY-MM-DD; write it like --date 2021-11-30")


def read_links(path: str | None) -> tuple[str, ...]:
    if path is None:
        return ()
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as exc:
        fail(f"--urls {path}: {exc.strerror}; give a file of links, one per line")
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        fail(f"--generated-at {value!r} is not an ISO 8601 time; write it like --generated-at 2024-05-01T12:00:00Z")


@app.command()
def extract(
    inputs: list[str] = typer.Argument(
        None,
        help="Files (.txt .jsonl .html .rss .atom .xml .warc[.gz] .csv .tsv), folders, globs, links, or - for stdin.",
    ),
    output: str | None = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="ttl, trig, nq, nt or jsonld (default: from -o, else ttl)."
    ),
    day: str | None = typer.Option(
        None, "--date", help="Publication date YYYY-MM-DD for .txt files without a date line."
    ),
    model: str | None = typer.Option(None, "--model", help="Installed spaCy pipeline (default en_core_web_sm)."),
    jobs: int | None = typer.Option(
        None,
        "--jobs",
        "-j",
        help="Worker processes; 0 uses every core "
        "(default: every core for more than 32 articles, else 1). The output is the same.",
    ),
    base: str = BASE,
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Drop statements below this confidence (0-1)."),
    validate: bool = typer.Option(False, "--validate", help="Validate with SHACL before writing."),
    store: str | None = typer.Option(None, "--store", help="Also load each article into this embedded store."),
    strict: bool = typer.Option(False, "--strict", help="Exit 2 if any article was skipped."),
    engine: str = typer.Option(
        "local", "--engine", help="local, or dask to run on a Dask cluster (-o names a folder of shards)."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Dask scheduler address (default: a local cluster)."
    ),
    generated_at: str | None = typer.Option(
        None, "--generated-at", help="prov:generatedAtTime, ISO 8601 (default: $SOURCE_DATE_EPOCH, else now)."
    ),
    urls: str | None = typer.Option(None, "--urls", help="A file of links to fetch, one per line."),
    text_column: str | None = typer.Option(
        None, "--text-column", help="CSV/TSV: the text column (default: text, body, content...)."
    ),
    id_column: str | None = typer.Option(None, "--id-column", help="CSV/TSV: the id column (default: id, guid...)."),
    date_column: str | None = typer.Option(
        None, "--date-column", help="CSV/TSV: the date column (default: date, published...)."
    ),
    title_column: str | None = typer.Option(
        None, "--title-column", help="CSV/TSV: the headline column (default: title, headline)."
    ),
    url_column: str | None = typer.Option(None, "--url-column", help="CSV/TSV: the URL column (default: url, link)."),
    any_language: bool = typer.Option(
        False, "--any-language",
        help="Analyse articles not in English too (skipped by default: the rules read English).",
    ),
) -> None:
    """Extract entities, roles, memberships and statements from articles into RDF."""
    from kg.run import Columns, Settings, extract_files

    inputs = inputs or []
    if not inputs and not urls:
        fail("nothing to read; give files, folders, globs, links or - for stdin (or --urls FILE)")

    if engine not in ("local", "dask"):
        fail(f"--engine {engine!r} is unknown; use local or dask")
    if not 0.0 <= min_confidence <= 1.0:
        fail(f"--min-confidence {min_confidence} is outside 0..1; give a value like 0.5")
    if jobs is not None and jobs < 0:
        fail(f"--jobs {jobs} is negative; give 0 for every core or a number of processes")
    settings = Settings(
        output=output,
        fmt=fmt,
        published=parse_day(day),
        model=model,
        base=base,
        jobs=jobs,
        min_confidence=min_confidence,
        validate=validate,
        store=store,
        generated_at=parse_time(generated_at),
        urls=read_links(urls),
        columns=Columns(text_column, id_column, date_column, title_column, url_column),
        any_language=any_language,
    )
    if engine == "dask":
        return extract_on_dask(inputs, settings, scheduler, strict)
    left = "no output was written" + ("; the store holds whole articles only" if store else "")
    with reported(left):
        with Progress() as progress:
            summary = extract_files(inputs, settings, progress=progress.update)
    for note in summary.notes:
        typer.echo(f"kg: {note}", err=True)
    for problem in summary.problems:
        typer.echo(f"kg: skipped {problem.message}", err=True)
    where = output if output and output != "-" else "stdout"
    typer.echo(
        f"kg: {summary.articles} articles, {summary.quads} quads → {where}"
        + (f"; {len(summary.problems)} skipped" if summary.problems else ""),
        err=True,
    )
    if strict and summary.problems:
        fail(
            f"--strict: {len(summary.problems)} of {summary.articles + len(summary.problems)} articles "
            "were skipped (listed above); the output was written without them"
        )


def extract_on_dask(inputs: list[str], settings, scheduler: str | None, strict: bool) -> None:
    from kg.run import extract_dask

    with reported():
        summary = extract_dask(inputs, settings, scheduler=scheduler)
    for problem in summary.problems:
        typer.echo(f"kg: skipped {problem.message}", err=True)
    typer.echo(
        f"kg: {summary.articles} articles, {summary.quads} quads → {len(summary.shards)} shards in {settings.output}",
        err=True,
    )
    if strict and summary.problems:
        fail(f"--strict: {len(summary.problems)} articles were skipped (listed above)")
    if not summary.articles:
        fail("no article could be extracted")


class Progress:
    """A progress line on stderr once a batch has more than a few articles."""

    def __init__(self, threshold: int = 5):
        self.threshold = threshold
        self.bar: Any = None  # a rich progress bar, made when first needed (rich loads only then)
        self.task: Any = None

    def __enter__(self) -> Progress:
        return self

    def update(self, summary) -> None:
        done = summary.articles + len(summary.problems)
        if self.bar is None and done > self.threshold and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress as Bar
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Bar(
                SpinnerColumn(),
                TextColumn("{task.completed} articles"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("extract", total=None)
        if self.bar is not None:
            self.bar.update(self.task, completed=done)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
def query(
    name: str = typer.Argument(..., help="A bundled query (see `kg queries`) or a .rq file."),
    more: list[str] | None = MORE_DATA,
    data: list[str] | None = DATA,
    store: str | None = STORE,
    endpoint: str | None = ENDPOINT,
    server: str | None = SERVER,
    param: list[str] | None = typer.Option(None, "--param", "-p", help="name=value, bound as an RDF term."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json."),
    limit: int | None = typer.Option(None, "--limit", help="At most this many rows, in the query's order."),
    offset: int = typer.Option(0, "--offset", help="Skip this many rows first (pages: --offset 100 --limit 100)."),
) -> None:
    """Run a SPARQL query; exit 1 when it returns no rows. CSV and TSV rows come as they are found."""
    from kg.queries import query_chunks

    rows = 0
    with reported():
        source = source_of(data, more, store, endpoint, server)
        for output, count in query_chunks(name, source, params=param or [], fmt=fmt, limit=limit, offset=offset):
            sys.stdout.buffer.write(output)
            sys.stdout.buffer.flush()
            rows += count
    typer.echo(f"kg: {rows} rows", err=True)
    if rows == 0:
        raise typer.Exit(1)


@app.command("queries")
def list_queries() -> None:
    """List the bundled queries with their parameters."""
    from kg.queries import bundled

    for q in bundled():
        params = " ".join(f"[--param {p.name}=…]" if p.optional else f"--param {p.name}=…" for p in q.params)
        typer.echo(f"{q.name:<22} {q.description}" + (f"\n{'':<22} {params}" if params else ""))


@app.command()
def load(
    files: list[str] = typer.Argument(..., help="RDF files written by `kg extract`."),
    store: str | None = typer.Option(
        None, "--store", help="Embedded store folder (default $KG_STORE or ~/.local/share/newskg/store)."
    ),
    endpoint: str | None = typer.Option(None, "--endpoint", help="SPARQL server URL, or its Graph Store Protocol URL."),
    server: str | None = SERVER,
) -> None:
    """Load RDF into the embedded store or a SPARQL server; an article's graph is replaced."""
    from kg.run import load_corpus

    left = ("the graphs being loaded stay out of sight; run the same load again to finish" if not endpoint else
            "every graph the server had is whole (each is replaced at once); run the same load again to finish")
    with reported(left):
        message = load_corpus(files, store=store, endpoint=endpoint, server=server)
    typer.echo(f"kg: {message}", err=True)


@app.command()
def resolve(
    more: list[str] | None = MORE_DATA,
    data: list[str] | None = DATA,
    store: str | None = typer.Option(None, "--store", help="Embedded store: read it and store the links in it."),
    endpoint: str | None = typer.Option(None, "--endpoint", help="SPARQL server (or query URL) to read from."),
    server: str | None = SERVER,
    output: str | None = typer.Option(None, "-o", "--output", help="Write the links here (TriG by default on stdout)."),
    base: str = BASE,
) -> None:
    """Link short names across articles ("Ward" → "Helen Ward") where the corpus is unambiguous."""
    from kg.run import resolve_corpus

    with reported():
        report = resolve_corpus(source_of(data, more, store, endpoint, server), output=output, base=base)
    for line in report:
        typer.echo(f"kg: {line}", err=True)


@app.command()
def stats(
    more: list[str] | None = MORE_DATA,
    data: list[str] | None = DATA,
    store: str | None = STORE,
    endpoint: str | None = ENDPOINT,
    server: str | None = SERVER,
) -> None:
    """Articles, entities by type, statements, speakers and quads."""
    from kg.queries import run_query

    with reported():
        source = source_of(data, more, store, endpoint, server)
        output, _ = run_query("stats", source, fmt="csv")
        if not source.files and not endpoint:
            from kg.stores import load_note, open_store

            if note := load_note(open_store(store)):
                typer.echo(f"kg: {note}", err=True)
    header, values = output.decode().splitlines()[:2]
    for name, value in zip(header.split(","), values.split(",")):
        typer.echo(f"{name:<14} {value}")


@app.command()
def report(
    more: list[str] | None = MORE_DATA,
    data: list[str] | None = DATA,
    store: str | None = STORE,
    endpoint: str | None = ENDPOINT,
    server: str | None = SERVER,
    output: str = typer.Option("report.html", "-o", "--output", help="The HTML file to write."),
    title: str = typer.Option("newskg report", "--title", help="The page's title."),
) -> None:
    """Write one self-contained HTML page of the graph: who talks about whom, statements, timeline, map."""
    from kg.report import write_report

    with reported():
        counts = write_report(output, source_of(data, more, store, endpoint, server), title=title)
    typer.echo(
        f"kg: {counts['articles']} articles, {counts['statements']} statements, {counts['people']} people, "
        f"{counts['organizations']} organizations, {counts['places']} places → {output}",
        err=True,
    )


@app.command()
def validate(
    files: list[str] = typer.Argument(..., help="RDF files to check."),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", help="Processes checking article graphs (default: every core)."
    ),
) -> None:
    """Check RDF files against the SHACL shapes, article graph by article graph; exit 0 conforms, 1 does not."""
    from kg.rdf import validate_files

    if jobs is not None and jobs < 0:
        fail(f"--jobs {jobs} is negative; give 0 for every core or a number of processes")
    with reported():
        report = validate_files(files, jobs=jobs)
    if report.conforms:
        typer.echo("conforms")
        return
    typer.echo(report.text)
    raise typer.Exit(1)


def main() -> None:  # pragma: no cover
    app()
