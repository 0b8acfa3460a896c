"""The Dask engine gives the same graph as the single-process path, shard by shard."""
import rdflib
from dask.distributed import Client, LocalCluster
from rdflib.compare import isomorphic

from kg.run import Settings, extract_dask, extract_files
from tests.conftest import ARTICLES, EXAMPLES, FIXED_TIME

BASE = "https://w3id.org/newskg/id/"


def graphs(paths) -> dict:
    ds = rdflib.Dataset()
    for path in paths:
        ds.parse(path, format="nquads")
    return {g.identifier: g for g in ds.graphs() if len(g)}


def test_dask_matches_single_process(tmp_path):
    inputs = [str(EXAMPLES), str(ARTICLES)]
    single = tmp_path / "single.nq"
    extract_files(inputs, Settings(output=str(single), generated_at=FIXED_TIME))
    with Client(LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)) as client:
        summary = extract_dask(inputs, Settings(output=str(tmp_path / "shards"), base=BASE, generated_at=FIXED_TIME),
                               client=client, size=4)
    assert len(summary.shards) > 1 and not summary.problems
    want, got = graphs([single]), graphs(summary.shards)
    assert summary.articles == len(want) and got.keys() == want.keys()
    for name in want:
        assert isomorphic(got[name], want[name]), name
    # the same entity has the same IRI whichever shard it came from
    schema_name = rdflib.URIRef("http://schema.org/name")
    iris = {s for g in got.values() for s in g.subjects(schema_name, rdflib.Literal("Washington"))}
    assert len(iris) == 1


def test_jobs_two_matches_one(tmp_path):
    """`--jobs 2` (worker processes) gives the same graphs, in the same order, as one process."""
    one, two = tmp_path / "one.nq", tmp_path / "two.nq"
    extract_files([str(EXAMPLES)], Settings(output=str(one), generated_at=FIXED_TIME))
    extract_files([str(EXAMPLES)], Settings(output=str(two), jobs=2, generated_at=FIXED_TIME))
    want, got = graphs([one]), graphs([two])
    assert list(got) == list(want)
    for name in want:
        assert isomorphic(got[name], want[name]), name
