"""Entity-level exact match of khabar's entity recogniser on the held-back part of ANERcorp.

ANERcorp's training part (``../shared/data/anercorp/train.txt``, IOB2 over PERS, LOC, ORG and
MISC) is split once and for all: sentences 1-3200 are the build part the lexicons may learn
from, sentences 3201 to the end are held back and are the only ones measured here. Each held-back
sentence is joined with single spaces into a one-paragraph article, the built-in recogniser
(:func:`khabar.entities.find_mentions` with the packaged lexicons) runs on it, and every
mention is mapped to the tokens it touches (ANERcorp's tokens keep their clitics, the mentions
leave them out). A predicted entity is correct when its token range and type equal a gold one;
MISC is not scored. Precision, recall and F1 are reported for PER, LOC, ORG and overall.

Run from the repository root::

    python bench/anercorp.py            # a table
    python bench/anercorp.py --json
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

import khabar
from khabar.entities import find_mentions
from khabar.model import Article, Block, Span

REPOSITORY: Final = Path(__file__).resolve().parent.parent
DEFAULT_DATA: Final = REPOSITORY.parent / "shared" / "data" / "anercorp" / "train.txt"
BUILD_SENTENCES: Final = 3200
"""Sentences 1..3200 are the build part; measuring starts at sentence 3201."""
TYPES: Final = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG"}
SCORED: Final = ("PER", "LOC", "ORG")

Entity = tuple[int, int, str]
"""A token range [start, end) and a type."""


def sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """The sentences of an IOB2 file: lists of (token, tag)."""
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
    if sentence:
        yield sentence


def gold_entities(tags: Sequence[str]) -> set[Entity]:
    """The PER, LOC and ORG entities of an IOB2 tag sequence."""
    found: set[Entity] = set()
    start: int | None = None
    kind = ""
    for index, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and tag[2:] in TYPES and TYPES[tag[2:]] == kind
        if start is not None and not inside:
            found.add((start, index, kind))
            start = None
        if (tag.startswith("B-") and tag[2:] in TYPES) or (
            tag.startswith("I-") and not inside and tag[2:] in TYPES
        ):
            start, kind = index, TYPES[tag[2:]]
    return found


def predicted_entities(pipeline: khabar.Pipeline, tokens: Sequence[str]) -> set[Entity]:
    """The recogniser's mentions on the sentence *tokens* joined by spaces, as token ranges."""
    text = " ".join(tokens)
    starts = []
    offset = 0
    for token in tokens:
        starts.append(offset)
        offset += len(token) + 1
    paragraph = Block(kind="paragraph", span=Span.of(text, 0, len(text)))
    article = Article(text=text, blocks=(paragraph,))
    found: set[Entity] = set()
    for mention in find_mentions(article, pipeline.lexicon):
        first = bisect.bisect_right(starts, mention.span.start) - 1
        last = bisect.bisect_right(starts, mention.span.end - 1) - 1
        found.add((first, last + 1, mention.type))
    return found


def score(path: Path) -> dict[str, dict[str, float]]:
    """Per-type and overall precision, recall, F1 and counts on the held-back sentences."""
    pipeline = khabar.Pipeline()
    counts: Counter[tuple[str, str]] = Counter()
    measured = 0
    for number, sentence in enumerate(sentences(path), 1):
        if number <= BUILD_SENTENCES:
            continue
        measured += 1
        tokens = [token for token, _ in sentence]
        gold = gold_entities([tag for _, tag in sentence])
        predicted = predicted_entities(pipeline, tokens)
        for kind in SCORED:
            gold_kind = {entity for entity in gold if entity[2] == kind}
            predicted_kind = {entity for entity in predicted if entity[2] == kind}
            counts[(kind, "tp")] += len(gold_kind & predicted_kind)
            counts[(kind, "fp")] += len(predicted_kind - gold_kind)
            counts[(kind, "fn")] += len(gold_kind - predicted_kind)
    report: dict[str, dict[str, float]] = {}
    for kind in (*SCORED, "all"):
        kinds = SCORED if kind == "all" else (kind,)
        tp, fp, fn = (sum(counts[(k, what)] for k in kinds) for what in ("tp", "fp", "fn"))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report[kind] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    report["sentences"] = {"measured": measured, "first": BUILD_SENTENCES + 1}
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the IOB2 training file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no ANERcorp file at {args.data}", file=sys.stderr)
        return 2
    report = score(args.data)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    part = report["sentences"]
    print(
        f"ANERcorp held-back part: sentences {part['first']:.0f}.. "
        f"({part['measured']:.0f} sentences)"
    )
    print(f"{'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
    for kind in (*SCORED, "all"):
        row = report[kind]
        print(
            f"{kind:<5} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
            f"{row['tp']:6.0f} {row['fp']:6.0f} {row['fn']:6.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
