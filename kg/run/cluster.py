"""Scale-out on Dask: the same per-article extraction on Dask workers, one N-Quads shard each task.

`kg extract --engine dask [--scheduler tcp://host:8786] -o SHARDS/` starts a local cluster
when no scheduler is given. Workers need newskg and the spaCy model installed, and SHARDS/ on a
filesystem they share with the client. Identity holds across shards: IRIs depend only on the
article and the entity, never on the worker. Load the shards with `kg load SHARDS/*.nq`.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from kg.errors import KgError
from kg.rdf import atomic_output, finish_folder, generation_time, prepare_folder, serialize_batch, shard_path
from kg.read import Article, Problem, partitions, read_articles

from .batch import Settings, Summary

PARTITION = 64  # articles per task
IN_FLIGHT = 4  # partitions per worker queued at once: bounded memory on the client


def extract_partition(articles: list[Article], shard: str, *, model: str | None, base: str,
                      min_confidence: float, generated_at: datetime | None) -> tuple[int, int, list[Problem]]:
    """Runs on a worker: extract a partition and write its shard atomically."""
    from kg.pipeline import extract_articles, quads_of

    done = quads = 0
    problems: list[Problem] = []
    with atomic_output(shard) as stream:
        for item in quads_of(extract_articles(articles, model=model, min_confidence=min_confidence),
                             base=base, generated_at=generated_at):
            if isinstance(item, Problem):
                problems.append(item)
                continue
            serialize_batch(item, "nq", stream)
            done, quads = done + 1, quads + len(item)
    return done, quads, problems


def connect(scheduler: str | None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise KgError("the Dask engine needs dask[distributed]; install it with pip install 'newskg[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="10s")
        except OSError as exc:
            raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the address") from None
    # The workers' own logs stay quiet: a task's failure reaches the user through its future, and a worker
    # that loses the scheduler as Ctrl-C closes the cluster would print a traceback that is no news
    return Client(LocalCluster(n_workers=None, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.CRITICAL))


def extract_dask(inputs: Iterable[str], settings: Settings, *, client=None, scheduler: str | None = None,
                 size: int = PARTITION) -> Summary:
    """Extract on Dask into `settings.output/part-NNNNN.nq` with a manifest of them. The folder must be new,
    empty, or hold only an earlier run's shards. `client`: a Dask client to use, else one for `scheduler`,
    else a local cluster of our own."""
    from dask.distributed import as_completed

    if not settings.output:
        raise KgError("--engine dask writes N-Quads shards into a folder; name it with -o FOLDER")
    folder = prepare_folder(settings.output)
    generated_at = generation_time(settings.generated_at)  # one clock value for every worker
    own = client is None
    client = client or connect(scheduler)
    summary, shards, pending = Summary(), [], as_completed()
    limit = IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
    articles = read_articles(inputs, published=settings.published, columns=settings.columns, urls=settings.urls,
                                  any_language=settings.any_language)
    try:
        for n, chunk in enumerate(partitions(articles, size, summary.problems)):
            shards.append(shard_path(folder, n))
            pending.add(client.submit(extract_partition, chunk, str(shards[-1]), model=settings.model,
                                      base=settings.base, pure=False, min_confidence=settings.min_confidence,
                                      generated_at=generated_at))
            while pending.count() >= limit:
                collect(next(pending).result(), summary)
        for future in pending:
            collect(future.result(), summary)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the cluster's own shutdown noise is no news to the user
        for name in ("distributed", "tornado", "asyncio"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        raise
    finally:
        if own:
            client.close()
            if client.cluster is not None:  # a local cluster of our own: no process left behind
                client.cluster.close()
    finish_folder(folder, shards)
    summary.shards = [str(s) for s in shards]
    return summary


def collect(result: tuple[int, int, list[Problem]], summary: Summary) -> None:
    summary.articles += result[0]
    summary.quads += result[1]
    summary.problems += result[2]
