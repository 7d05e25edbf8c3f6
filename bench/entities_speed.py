"""Throughput of the built-in entity recogniser alone: mention finding plus resolution.

Every ``.txt`` article under ``../shared/corpus`` is laid out once by the pipeline (untimed);
then :func:`khabar.entities.find_mentions` and :func:`khabar.entities.resolve_entities` run over
the laid-out articles again and again until at least ``--megabytes`` of UTF-8 text have gone
through. The report gives MB/s (1 MB = 1,000,000 bytes) and articles/s.

Run from the repository root::

    python bench/entities_speed.py
    python bench/entities_speed.py --megabytes 2
    python bench/entities_speed.py --shared-tokens   # the article already tokenized
    python bench/entities_speed.py --best-of 5       # the fastest of five measurements
    python bench/entities_speed.py --cpu-time        # process CPU time, not wall-clock time

The recogniser tokenizes the whole article once (:func:`khabar.text.tokenize` remembers it and
later stages reuse it); ``--shared-tokens`` leaves that tokenization out of the time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

import khabar
from khabar.entities import find_mentions, resolve_entities
from khabar.model import Article
from khabar.text import tokenize

REPOSITORY: Final = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS: Final = REPOSITORY.parent / "shared" / "corpus"
MEGABYTE: Final = 1_000_000


def laid_out(pipeline: khabar.Pipeline, corpus: Path) -> list[Article]:
    """The corpus articles, processed once (their layout is what the recogniser reads)."""
    return [
        pipeline.process(path.read_text(encoding="utf-8")) for path in sorted(corpus.rglob("*.txt"))
    ]


def timed_pass(
    pipeline: khabar.Pipeline,
    articles: Sequence[Article],
    rounds: int,
    *,
    shared_tokens: bool,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Seconds (of *clock*) spent recognising entities in *rounds* passes over *articles*."""
    elapsed = 0.0
    for _ in range(rounds):
        for article in articles:
            if shared_tokens:
                tokenize(article.text)
            started = clock()
            mentions = find_mentions(article, pipeline.lexicon)
            resolve_entities(article, mentions, pipeline.lexicon)
            elapsed += clock() - started
    return elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument(
        "--shared-tokens",
        action="store_true",
        help="tokenize each article untimed first, as an earlier stage of the pipeline would",
    )
    parser.add_argument(
        "--best-of",
        type=int,
        default=1,
        help="measure this many times and report the fastest (steadier on a busy machine)",
    )
    parser.add_argument(
        "--cpu-time",
        action="store_true",
        help="time with the process's CPU clock (less disturbed by other work on the machine)",
    )
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu_time else time.perf_counter
    pipeline = khabar.Pipeline()
    articles = laid_out(pipeline, args.corpus)
    size = sum(len(article.text.encode("utf-8")) for article in articles)
    rounds = max(1, int(args.megabytes * MEGABYTE / max(size, 1)) + 1)
    elapsed = min(
        timed_pass(pipeline, articles, rounds, shared_tokens=args.shared_tokens, clock=clock)
        for _ in range(max(1, args.best_of))
    )
    megabytes = rounds * size / MEGABYTE
    print(f"{len(articles)} articles, {size / MEGABYTE:.2f} MB, {rounds} rounds")
    rate = rounds * len(articles) / elapsed
    print(f"entities: {megabytes / elapsed:.2f} MB/s, {rate:.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
