"""A throwaway PostgreSQL cluster for tests and benchmarks: the installed server binaries
(Debian's ``postgresql`` package), a temp dir, a free port on 127.0.0.1, stopped when done.

Where it cannot start (no server installed, no unprivileged user to run it as) it raises
:class:`Unavailable` saying why, so that tests can skip and benchmarks can say so.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


class Unavailable(Exception):
    """Why PostgreSQL cannot be started here."""


def _bin_dir() -> Path:
    versions = Path("/usr/lib/postgresql").glob("*/bin/initdb")
    found = sorted(versions, key=lambda p: [int(x) for x in p.parts[-3].split(".") if x.isdigit()])
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Unavailable("no PostgreSQL server installed (apt-get install -y postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """Start a cluster; yield a ``postgresql://`` URL of its maintenance database; stop it."""
    bin_dir = _bin_dir()
    import pwd  # POSIX only, like the server binaries themselves

    prefix: list[str] = []
    owner: pwd.struct_passwd | None = None
    if os.geteuid() == 0:
        # initdb refuses to run as root; Debian's package creates the 'postgres' user for this.
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root and there is no 'postgres' user") from None
        prefix = ["runuser", "-u", "postgres", "--"]
    # Not under pytest's tmp dir: the server's user must be able to reach its folders.
    root = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    if owner is not None:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    data, log, port = root / "data", root / "server.log", _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            tail = (log.read_text() if log.exists() else "") + done.stderr
            raise Unavailable(f"{Path(args[0]).name} failed: {tail.strip()[-600:]}")

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "sitrep",
            "-E", "UTF8", "--locale=C", "--no-sync")  # fmt: skip
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w",
            "-t", "30", "start")  # fmt: skip
        try:
            yield f"postgresql://sitrep@127.0.0.1:{port}/postgres"
        finally:
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(url: str, name: str, *, template: str | None = None) -> str:
    """Create a database on the cluster at ``url`` (a copy of ``template`` if given); its URL."""
    import psycopg

    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    return url.rsplit("/", 1)[0] + f"/{name}"
