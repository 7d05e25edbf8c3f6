"""Throughput of the full khabar pipeline on the real articles of ``../shared/corpus``.

Every ``.txt`` file under the corpus folder is read once; the set is processed again and again
until at least ``--megabytes`` of UTF-8 text (1 MB = 1,000,000 bytes) have gone through
:meth:`khabar.Pipeline.process`, with every installed plugin. The same texts, the same number of
times, then go through a plain token pass (``regex.findall(r"\\w+", text)``), and the report
gives the ratio of the two times: how many token passes one pipeline run costs. The ratio is
the figure to compare across machines; MB/s and articles/s depend on the machine.

Run from the repository root::

    python bench/benchmark.py                # 20 MB, a table
    python bench/benchmark.py --megabytes 5 --json
    python bench/benchmark.py --megabytes 1 --by-hook   # where the time goes
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import regex

import khabar
from khabar.errors import KhabarError

REPOSITORY: Final = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS: Final = REPOSITORY.parent / "shared" / "corpus"
MEGABYTE: Final = 1_000_000
TOKEN_PATTERN: Final = regex.compile(r"\w+")


def read_corpus(folder: Path) -> tuple[list[Path], list[str]]:
    """Every ``.txt`` file under *folder*, in path order, and its decoded text."""
    paths = sorted(path for path in folder.rglob("*.txt") if path.is_file())
    return paths, [path.read_text(encoding="utf-8-sig") for path in paths]


def repetitions_for(texts: Sequence[str], megabytes: float) -> int:
    """How many passes over *texts* make at least *megabytes* of UTF-8 text."""
    size = sum(len(text.encode("utf-8")) for text in texts)
    return max(1, math.ceil(megabytes * MEGABYTE / size))


def time_pipeline(
    pipeline: khabar.Pipeline, texts: Sequence[str], repetitions: int
) -> tuple[float, dict[int, str]]:
    """Seconds to process every text *repetitions* times, and the error of each text that failed.

    A text that raises a khabar error is counted as processed (its time is in the total) and
    reported by its index.
    """
    failed: dict[int, str] = {}
    started = time.perf_counter()
    for _ in range(repetitions):
        for index, text in enumerate(texts):
            try:
                pipeline.process(text)
            except KhabarError as error:
                failed.setdefault(index, f"{type(error).__name__}: {error}")
    return time.perf_counter() - started, failed


def monitor_hooks(pipeline: khabar.Pipeline) -> dict[str, float]:
    """Seconds spent in each hook from now on, filled in as the pipeline runs."""
    seconds: dict[str, float] = {}
    started: list[float] = []

    def before(hook_name: str, hook_impls: object, kwargs: object) -> None:
        started.append(time.perf_counter())

    def after(outcome: object, hook_name: str, hook_impls: object, kwargs: object) -> None:
        elapsed = time.perf_counter() - started.pop()
        seconds[hook_name] = seconds.get(hook_name, 0.0) + elapsed

    pipeline.plugin_manager.add_hookcall_monitoring(before, after)
    return seconds


def time_token_pass(texts: Sequence[str], repetitions: int) -> float:
    """Seconds for ``regex.findall(r"\\w+", text)`` over every text, *repetitions* times."""
    started = time.perf_counter()
    for _ in range(repetitions):
        for text in texts:
            TOKEN_PATTERN.findall(text)
    return time.perf_counter() - started


def run(corpus: Path, megabytes: float, *, by_hook: bool = False) -> dict[str, Any]:
    """Run the benchmark and return its figures (with *by_hook*, the seconds of each hook)."""
    paths, texts = read_corpus(corpus)
    if not texts:
        raise SystemExit(f"benchmark: no .txt articles under {corpus}")
    started = time.perf_counter()
    pipeline = khabar.Pipeline()
    build_seconds = time.perf_counter() - started
    repetitions = repetitions_for(texts, megabytes)
    corpus_bytes = sum(len(text.encode("utf-8")) for text in texts)
    hook_seconds = monitor_hooks(pipeline) if by_hook else None
    pipeline_seconds, failed = time_pipeline(pipeline, texts, repetitions)
    token_seconds = time_token_pass(texts, repetitions)
    total_bytes = corpus_bytes * repetitions
    articles = len(texts) * repetitions
    figures: dict[str, Any] = {
        "khabar": khabar.__version__,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "plugins": [
            {"name": info.name, "distribution": info.distribution, "version": info.version}
            for info in pipeline.plugin_manager.plugin_info()
        ],
        "corpus": str(corpus),
        "corpus_files": len(texts),
        "corpus_bytes": corpus_bytes,
        "repetitions": repetitions,
        "megabytes": total_bytes / MEGABYTE,
        "articles": articles,
        "failures": len(failed) * repetitions,
        "failed_files": {str(paths[index].relative_to(corpus)): e for index, e in failed.items()},
        "pipeline_build_seconds": build_seconds,
        "pipeline_seconds": pipeline_seconds,
        "token_pass_seconds": token_seconds,
        "mb_per_second": total_bytes / MEGABYTE / pipeline_seconds,
        "articles_per_second": articles / pipeline_seconds,
        "token_pass_mb_per_second": total_bytes / MEGABYTE / token_seconds,
        "ratio_to_token_pass": pipeline_seconds / token_seconds,
    }
    if hook_seconds is not None:
        figures["hook_seconds"] = dict(sorted(hook_seconds.items(), key=lambda item: -item[1]))
    return figures


def render(figures: dict[str, Any]) -> str:
    """The figures as a short human-readable report."""
    plugins = ", ".join(
        f"{p['name']} ({p['distribution']} {p['version']})" for p in figures["plugins"]
    )
    return "\n".join(
        [
            f"khabar {figures['khabar']} on {figures['implementation']} {figures['python']}, "
            f"{figures['machine']}",
            f"plugins: {plugins}",
            f"corpus: {figures['corpus_files']} articles, {figures['corpus_bytes']:,} bytes "
            f"({figures['corpus']}), x{figures['repetitions']} = "
            f"{figures['megabytes']:.1f} MB, {figures['articles']:,} articles "
            f"({figures['failures']} failed)",
            f"pipeline built in {figures['pipeline_build_seconds']:.2f} s",
            f"pipeline:   {figures['pipeline_seconds']:8.2f} s  "
            f"{figures['mb_per_second']:7.3f} MB/s  "
            f"{figures['articles_per_second']:8.1f} articles/s",
            f"token pass: {figures['token_pass_seconds']:8.2f} s  "
            f"{figures['token_pass_mb_per_second']:7.3f} MB/s",
            f"ratio pipeline / token pass: {figures['ratio_to_token_pass']:.1f}",
        ]
        + [f"failed: {path}: {error}" for path, error in figures["failed_files"].items()]
        + [
            f"  {hook:<28} {seconds:8.2f} s  {seconds / figures['pipeline_seconds']:6.1%}"
            for hook, seconds in figures.get("hook_seconds", {}).items()
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, run the benchmark, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"folder of .txt articles, searched recursively (default: {DEFAULT_CORPUS})",
    )
    parser.add_argument(
        "--megabytes",
        type=float,
        default=20.0,
        help="process at least this many MB of UTF-8 text (default: 20)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--by-hook",
        action="store_true",
        help="also report the time spent in each hook (adds a little overhead)",
    )
    args = parser.parse_args(argv)
    if args.megabytes <= 0:
        parser.error("--megabytes must be positive")
    if not args.corpus.is_dir():
        parser.error(f"no corpus folder at {args.corpus}")
    figures = run(args.corpus, args.megabytes, by_hook=args.by_hook)
    print(json.dumps(figures, indent=2) if args.json else render(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
