"""Start a run when release files appear or change in the input folder."""

from __future__ import annotations

import hashlib

from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SkipReason,
    sensor,
)

from dossier import settings
from dossier.feeds import load_feed_config, poll_feeds
from dossier.landing import iter_release_files
from orchestration.jobs import dossier_pipeline


def folder_fingerprint(raw_dir) -> tuple[str, int]:
    """A digest of every candidate file's path, size and mtime, and the file count."""
    digest = hashlib.sha256()
    count = 0
    for file in iter_release_files(raw_dir):
        digest.update(f"{file.path}\0{file.size}\0{file.mtime_ns}\n".encode())
        count += 1
    return digest.hexdigest(), count


@sensor(job=dossier_pipeline, minimum_interval_seconds=60,
        default_status=DefaultSensorStatus.RUNNING,
        description="Runs the pipeline when files in the input folder are added or changed.")
def new_release_files(context: SensorEvaluationContext):
    raw_dir = settings.raw_dir()
    if not raw_dir.is_dir():
        return SkipReason(f"input folder {raw_dir} does not exist")
    fingerprint, count = folder_fingerprint(raw_dir)
    if fingerprint == context.cursor:
        return SkipReason(f"no change among {count} files in {raw_dir}")
    context.update_cursor(fingerprint)
    return RunRequest(run_key=fingerprint, tags={"dossier/trigger": "new_files",
                                                 "dossier/files": str(count)})


@sensor(job=dossier_pipeline, minimum_interval_seconds=300,
        default_status=DefaultSensorStatus.RUNNING,
        description="Polls the RSS/Atom feeds in DOSSIER_FEEDS (feeds.toml), saves new items "
                    "into the input folder and runs the pipeline on them.")
def new_feed_items(context: SensorEvaluationContext):
    config = settings.feeds_config()
    if not config.is_file():
        return SkipReason(f"no feed configuration at {config}")
    raw_dir = settings.raw_dir()
    # The seen-items state is a dot-file in the input folder, which landing skips.
    result = poll_feeds(load_feed_config(config), raw_dir, raw_dir / ".feeds_seen.json")
    for failure in result.failures:
        context.log.warning("feed %s (%s): %s", failure.feed, failure.url, failure.reason)
    if not result.saved:
        return SkipReason(f"{result.feeds_polled} feeds polled, no new items "
                          f"({len(result.failures)} failures)")
    urls = sorted(item.url for item in result.saved)
    return RunRequest(run_key=hashlib.sha256("\n".join(urls).encode()).hexdigest(),
                      tags={"dossier/trigger": "feeds", "dossier/new_items": str(len(urls))})
