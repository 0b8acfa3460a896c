"""Real SPARQL servers for the tests, started on 127.0.0.1 in a temporary folder."""
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt") or shutil.which("isql")
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "newskg", "loader-secret"
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
NumberOfBuffers = 40000
MaxDirtyBuffers = 30000
DirsAllowed = ., {d}
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
; Debian's virtuoso.ini ships this cap: results past it are cut unless the client pages
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.post(url, data={"query": "ASK {}"}, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"no SPARQL server came up at {url}")


class Oxigraph:
    """`oxigraph serve` from PyPI's oxigraph package."""

    def __init__(self, location: Path):
        self.location, self.port, self.proc = location, free_port(), None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Oxigraph":
        self.proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(self.location),
                                      "--bind", f"127.0.0.1:{self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(f"{self.url}/query", 20)
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


class Virtuoso:
    """Virtuoso 7 from Debian's virtuoso-opensource-7-bin, with a Digest graph-store user."""

    def __init__(self, folder: Path):
        self.folder, self.http, self.sql, self.proc = folder, free_port(), free_port(), None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http}"

    def start(self) -> "Virtuoso":
        self.folder.mkdir(parents=True, exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(VIRTUOSO_INI.format(d=self.folder, sql=self.sql, http=self.http))
        self.proc = subprocess.Popen([VIRTUOSO, "-c", str(ini), "-f"], cwd=self.folder,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(f"{self.url}/sparql")
        self.isql(f"DB.DBA.USER_CREATE('{VIRTUOSO_USER}', '{VIRTUOSO_PASSWORD}'); "
                  f"GRANT SPARQL_UPDATE TO \"{VIRTUOSO_USER}\"; "
                  f"DB.DBA.RDF_DEFAULT_USER_PERMS_SET('{VIRTUOSO_USER}', 7);")
        return self

    def isql(self, statements: str) -> None:
        subprocess.run([ISQL, f"127.0.0.1:{self.sql}", "dba", "dba", f"exec={statements}"], check=True,
                       capture_output=True, timeout=60)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)
