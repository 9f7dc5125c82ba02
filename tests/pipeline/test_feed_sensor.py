"""The feed sensor against a real HTTP server on 127.0.0.1: new items are saved into the
input folder, a run is requested, and the run lands them with their URL as source."""

from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest
from dagster import DagsterInstance, build_sensor_context

from orchestration.sensors import new_feed_items

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Biotech wire</title><link>{base}/</link>
<description>releases</description>
<item><title>Fast Track</title><link>{base}/news/fast-track.html</link><guid>ft-1</guid></item>
</channel></rss>"""


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output clean
        pass


@pytest.fixture
def wire(tmp_path, fixture_releases):
    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    shutil.copy(fixture_releases / "html_wire_01.html", site / "news" / "fast-track.html")
    (site / "broken.xml").write_text("<rss><channel><item>not closed")
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (site / "feed.xml").write_text(RSS.format(base=base))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_feed_items_are_fetched_and_processed(workspace, wire, tmp_path, monkeypatch,
                                              run_pipeline):
    for path in workspace.raw.iterdir():  # only what the feed brings
        path.unlink()
    config = tmp_path / "feeds.toml"
    config.write_text(f'[[feed]]\nurl = "{wire}/feed.xml"\nname = "wire"\n\n'
                      f'[[feed]]\nurl = "{wire}/broken.xml"\nname = "broken"\n\n'
                      f'[[feed]]\nurl = "{wire}/missing.xml"\nname = "missing"\n')
    monkeypatch.setenv("DOSSIER_FEEDS", str(config))

    with DagsterInstance.ephemeral() as instance:
        first = new_feed_items.evaluate_tick(build_sensor_context(instance=instance))
        assert len(first.run_requests) == 1
        again = new_feed_items.evaluate_tick(build_sensor_context(instance=instance))
        assert not again.run_requests  # already seen: nothing new

    assert run_pipeline().success
    with duckdb.connect(str(workspace.warehouse), read_only=True) as con:
        paths = [r[0] for r in con.execute("select source_path from marts.dim_releases")
                 .fetchall()]
        rejected = con.execute("select count(*) from marts.rejected_files").fetchone()[0]
    assert paths == [f"{wire}/news/fast-track.html"]
    assert rejected == 0


def test_no_feed_config_skips(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_FEEDS", str(tmp_path / "absent.toml"))
    with DagsterInstance.ephemeral() as instance:
        tick = new_feed_items.evaluate_tick(build_sensor_context(instance=instance))
    assert not tick.run_requests
    assert "no feed configuration" in tick.skip_message
