"""Feeds, folders and URLs, fetched from a real HTTP server this test starts on 127.0.0.1."""

from __future__ import annotations

import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.ingest import feeds
from sitrep.ingest.feeds import USER_AGENT, Fetcher, read_feed, read_sources
from sitrep.ingest.readers import ArticleDefaults
from sitrep.records import Article, Failure

PARAGRAPH = (
    "Rescue teams in the river town of Elmford worked through the night after heavy rain "
    "flooded the lower streets, the regional governor said on Tuesday. Officials said two "
    "bridges were closed and that schools would stay shut until the water receded. "
)
ARTICLE_PAGE = f"""<!doctype html><html><head><title>Floods close bridges in Elmford</title>
<meta property="og:site_name" content="Valley Herald"></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Floods close bridges in Elmford</h1>
<p>{PARAGRAPH}</p><p>{PARAGRAPH.replace("Tuesday", "Wednesday")}</p></article>
<footer>Copyright Valley Herald</footer></body></html>"""


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Valley Herald</title><link>{base}/</link><description>news</description>
<item><title>Rain eases over the valley</title><link>{base}/full</link>
<pubDate>Tue, 03 Nov 2020 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>]]></content:encoded></item>
<item><title>Floods close bridges in Elmford</title><link>{base}/article.html</link>
<pubDate>Wed, 04 Nov 2020 09:30:00 GMT</pubDate><description>Teaser only.</description></item>
<item><title>A page that is gone</title><link>{base}/missing</link></item>
</channel></rss>"""


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Post</title><id>urn:hill</id>
<updated>2020-11-05T10:00:00Z</updated>
<entry><title>Roads reopen after the storm</title><id>urn:hill:1</id>
<link href="https://hill.example/roads"/><updated>2020-11-05T10:00:00Z</updated>
<content type="text">{PARAGRAPH * 2}</content></entry></feed>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    agents: list[str] = []  # noqa: RUF012  (shared by the test server's handler instances)
    flaky_calls = 0

    def log_message(self, *_args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: str, content_type: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        try:
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test); nothing to tell it

    def do_GET(self) -> None:
        type(self).agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.headers['Host']}"
        if self.path == "/feed.xml":
            self._send(200, rss(base), "application/rss+xml")
        elif self.path == "/article.html":
            self._send(200, ARTICLE_PAGE, "text/html; charset=utf-8")
        elif self.path == "/flaky":
            type(self).flaky_calls += 1
            if type(self).flaky_calls == 1:
                self._send(503, "busy", "text/plain")
            else:
                self._send(200, PARAGRAPH, "text/plain; charset=utf-8")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, PARAGRAPH, "text/plain")
        else:
            self._send(404, "not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(timeout=0.5, retries=1, backoff=0.0) as f:
        yield f


def test_a_feed_url_gives_its_entries_and_fetches_the_ones_with_only_a_link(
    server: str, fetcher: Fetcher
) -> None:
    items = list(read_sources([f"{server}/feed.xml"], fetcher=fetcher))
    full, fetched, gone = items
    assert isinstance(full, Article) and isinstance(fetched, Article)
    assert full.source == "Valley Herald"
    assert full.url == f"{server}/full"
    assert full.title == "Rain eases over the valley"
    assert "Elmford" in full.text
    assert str(full.published).startswith("2020-11-03")
    assert fetched.url == f"{server}/article.html"
    assert "two bridges were closed" in fetched.text
    assert "Home | World" not in fetched.text  # the page's boilerplate is not the article
    assert isinstance(gone, Failure)
    assert "404" in gone.reason and "/missing" in gone.origin
    assert gone.origin.startswith(f"{server}/feed.xml#3 (")  # which entry of which feed
    assert _Handler.agents and all(a == USER_AGENT for a in _Handler.agents)


def test_without_fetching_a_link_only_entry_falls_back_to_its_teaser(server: str) -> None:
    with Fetcher(timeout=0.5, retries=0, backoff=0.0) as f:
        data = f.get(f"{server}/feed.xml").content
    items = list(read_feed(data, origin="feed.xml", defaults=ArticleDefaults()))
    assert isinstance(items[1], Article) and items[1].text.endswith("Teaser only.")
    assert isinstance(items[2], Failure) and "fetching is off" in items[2].reason
    # analyze has no --no-fetch: the reason says which command fetches
    assert "`sitrep analyze` never fetches" in items[2].reason


def test_transient_errors_are_retried(server: str, fetcher: Fetcher) -> None:
    (article,) = read_sources([f"{server}/flaky"], fetcher=fetcher)
    assert isinstance(article, Article) and article.url == f"{server}/flaky"


def test_a_slow_server_times_out_into_a_failure(server: str) -> None:
    with Fetcher(timeout=0.3, retries=0, backoff=0.0) as f:
        (failure,) = read_sources([f"{server}/slow"], fetcher=f)
    assert isinstance(failure, Failure)
    assert "Timeout" in failure.reason and failure.origin == f"{server}/slow"


def test_an_unreachable_host_is_a_failure_not_a_crash(fetcher: Fetcher) -> None:
    (failure,) = read_sources(["http://127.0.0.1:9/nothing"], fetcher=fetcher)
    assert isinstance(failure, Failure) and "cannot fetch" in failure.reason


def test_folders_are_walked_and_atom_files_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "hill.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "empty.txt").write_text("  ", encoding="utf-8")
    items = list(read_sources([str(tmp_path)]))
    kinds = [(type(i).__name__, i.origin) for i in items]
    assert [k for k, _ in kinds] == ["Article", "Failure", "Article"]
    atom = items[2]
    assert isinstance(atom, Article)
    assert atom.source == "Hill Post" and atom.url == "https://hill.example/roads"
    assert not any("photo" in str(origin) for _, origin in kinds)


def test_a_url_without_fetching_is_a_failure_saying_so() -> None:
    (failure,) = read_sources(["https://news.example/a"], fetcher=None)
    assert isinstance(failure, Failure) and "--no-fetch" in failure.reason


def test_a_broken_feed_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<?xml version='1.0'?><rss><channel><title>x</tit", encoding="utf-8")
    (failure,) = read_sources([str(path)])
    assert isinstance(failure, Failure) and failure.origin == str(path)


def test_a_file_that_vanishes_mid_run_is_a_failure_and_the_walk_goes_on(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"The army said on Monday that post {name} was shelled.\n")
    walk = read_sources([str(tmp_path)])
    first = next(walk)
    (tmp_path / "b.txt").unlink()
    rest = list(walk)
    assert isinstance(first, Article)
    assert [type(r).__name__ for r in rest] == ["Failure", "Article"]
    assert rest[0].origin == str(tmp_path / "b.txt") and rest[0].reason == "no such file"  # type: ignore[union-attr]


def test_a_broken_link_in_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (failure,) = read_sources([str(tmp_path)])
    assert isinstance(failure, Failure) and failure.reason == "broken symbolic link"


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists folders whatever their mode")
def test_an_unreadable_subfolder_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "open.txt").write_text("The army said on Monday that the post was shelled.\n")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        results = list(read_sources([str(tmp_path)]))
    finally:
        locked.chmod(0o700)
    assert [type(r).__name__ for r in results] == ["Failure", "Article"]
    assert "cannot list" in results[0].reason  # type: ignore[union-attr]


def test_a_page_larger_than_the_limit_is_refused_not_held(
    server: str, fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(feeds, "MAX_FILE_BYTES", 100)
    (failure,) = read_sources([f"{server}/article.html"], fetcher=fetcher)
    assert isinstance(failure, Failure) and failure.origin == f"{server}/article.html"
    assert failure.reason.startswith("larger than")


def test_the_readme_names_every_kind_of_file_a_folder_walk_reads() -> None:
    from sitrep.ingest.feeds import FOLDER_SUFFIXES
    from tests.conftest import ROOT

    folder_row = next(
        line
        for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| a folder |")
    )
    assert [s for s in sorted(FOLDER_SUFFIXES) if f"`{s}`" not in folder_row] == []
