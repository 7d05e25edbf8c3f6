"""The ``khabar`` command: extract, list plugins and formats, evaluate against gold.

Exit codes: 0 all well; 1 some inputs failed (each reported on standard error with its path, the
others still written); 2 a usage error.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, Final

import attrs
import regex

from khabar import __version__
from khabar.errors import DecodeError, InputError, KhabarError
from khabar.formats import OutputFormat
from khabar.model import Article
from khabar.pipeline import Pipeline

__all__ = ["looks_like_html", "main", "read_input"]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2

_INPUT_SUFFIXES: Final = (".txt", ".html", ".htm")
_HTML_START: Final = regex.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    regex.IGNORECASE | regex.DOTALL,
)


def looks_like_html(text: str) -> bool:
    """Whether *text* is an HTML page (judged by its content, not a file name)."""
    return _HTML_START.match(text[:4096]) is not None


def read_input(path: Path, encoding: str | None = None) -> str:
    """The decoded content of *path*.

    Without *encoding* the file must be UTF-8 (a byte-order mark is accepted and dropped); an
    undecodable byte raises :class:`~khabar.errors.DecodeError` naming the file and the offset.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"{path}: byte {error.start} (0x{data[error.start]:02x}) is not valid {encoding}; "
            "name the file's encoding with --encoding (e.g. cp1256 or utf-16)",
            path=str(path),
            offset=error.start,
        ) from None


def _expand(paths: Sequence[str]) -> Iterator[Path | KhabarError]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.suffix.lower() in _INPUT_SUFFIXES and p.is_file()
            )
            if not found:
                yield InputError(f"{path}: no articles (.txt or .html files) in this directory")
            yield from found
        else:
            yield path


def _unique_stems(paths: Sequence[Path]) -> list[str]:
    stems: list[str] = []
    for path in paths:
        stem, number = path.stem, 2
        while stem in stems:
            stem, number = f"{path.stem}-{number}", number + 1
        stems.append(stem)
    return stems


def _fail(message: str) -> None:
    print(f"khabar: error: {message}", file=sys.stderr)


def _extract(args: argparse.Namespace, pipeline: Pipeline) -> int:
    try:
        fmt = pipeline.formats.get(args.format)
    except KhabarError as error:
        _fail(str(error))
        return EXIT_USAGE
    status = EXIT_OK
    paths: list[Path] = []
    for item in _expand(args.paths):
        if isinstance(item, KhabarError):
            _fail(str(item))
            status = EXIT_FAILED
        else:
            paths.append(item)
    to_stdout = args.output in (None, "-")
    output = None if to_stdout else Path(args.output)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
    articles: list[Article] = []
    for path, stem in zip(paths, _unique_stems(paths), strict=False):
        try:
            text = read_input(path, args.encoding)
            if looks_like_html(text):
                article = pipeline.process_html(
                    text, url=path.resolve().as_uri(), source=args.source, id=stem
                )
            else:
                article = pipeline.process(text, source=args.source, id=stem)
            if output is not None:
                _write_files(fmt, [article], output, stem)
            else:
                articles.append(article)
        except KhabarError as error:
            message = str(error)
            _fail(message if str(path) in message else f"{path}: {message}")
            status = EXIT_FAILED
    if to_stdout and articles:
        try:
            _write_stream(fmt, articles, sys.stdout.buffer)
        except KhabarError as error:
            _fail(str(error))
            return EXIT_FAILED
    return status


def _write_files(fmt: OutputFormat, articles: list[Article], output: Path, stem: str) -> None:
    for suffix, content in fmt.render(articles).items():
        (output / f"{stem}{suffix}").write_bytes(content)


def _write_stream(fmt: OutputFormat, articles: list[Article], stream: BinaryIO) -> None:
    for content in fmt.render(articles).values():
        stream.write(content)
    stream.flush()


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _print_listing(rows: Sequence[tuple[str, str]]) -> None:
    """Print one line a row: its name padded to the longest name, then the rest."""
    width = max((len(name) for name, _ in rows), default=0)
    for name, rest in rows:
        print(f"{name:<{width}}  {rest}")


def _plugins(args: argparse.Namespace, pipeline: Pipeline) -> int:
    infos = pipeline.plugin_manager.plugin_info()
    if args.json:
        _print_json([attrs.asdict(info) for info in infos])
    else:
        _print_listing(
            [
                (info.name, f"{info.distribution} {info.version}  {', '.join(info.hooks)}")
                for info in infos
            ]
        )
    return EXIT_OK


def _formats(args: argparse.Namespace, pipeline: Pipeline) -> int:
    formats = list(pipeline.formats)
    if args.json:
        rows = [
            {"name": f.name, "suffix": f.suffix, "description": f.description, "plugin": f.plugin}
            for f in formats
        ]
        _print_json(rows)
    else:
        _print_listing([(f.name, f"{f.description}  [{f.plugin}]") for f in formats])
    return EXIT_OK


def _evaluate(args: argparse.Namespace, pipeline: Pipeline) -> int:
    from khabar.evaluate import evaluate_gold

    corpus_root = Path(args.corpus_root) if args.corpus_root else None
    report = evaluate_gold(Path(args.gold), corpus_root=corpus_root, pipeline=pipeline)
    if args.json:
        _print_json(report.to_dict())
    else:
        print(report.render(per_article=args.per_article))
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="Who is named and who said what in Arabic news articles.",
    )
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="process articles and write the results",
        description="Process article files (.txt or .html; a directory means the .txt and .html "
        "files in it) and write one output per input.",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article files or directories")
    extract.add_argument("--format", default="json", help="output format (see `khabar formats`)")
    extract.add_argument(
        "--output",
        metavar="DIR|-",
        help="write DIR/<stem>.<ext> per input; '-' or nothing: standard output "
        "(a collection, e.g. JSON Lines, when there are several inputs)",
    )
    extract.add_argument(
        "--source", help="the outlet's name (e.g. sana, spa) instead of detecting it"
    )
    extract.add_argument(
        "--encoding", help="the inputs' encoding (default UTF-8, with or without a byte-order mark)"
    )
    extract.set_defaults(run=_extract)

    plugins = commands.add_parser(
        "plugins",
        help="list the plugins",
        description="List every plugin with its distribution, version and hooks.",
    )
    plugins.add_argument("--json", action="store_true", help="print JSON")
    plugins.set_defaults(run=_plugins)

    formats = commands.add_parser(
        "formats", help="list the output formats", description="List the registered output formats."
    )
    formats.add_argument("--json", action="store_true", help="print JSON")
    formats.set_defaults(run=_formats)

    evaluate = commands.add_parser(
        "evaluate",
        help="score the pipeline against gold annotations",
        description="Run the pipeline on the articles of a gold file and print entity, "
        "statement, attribution, kind, boilerplate, headline and dateline scores.",
    )
    evaluate.add_argument(
        "--gold", required=True, metavar="FILE.jsonl", help="the gold annotations"
    )
    evaluate.add_argument(
        "--corpus-root",
        metavar="DIR",
        help="the folder the gold `file` paths are relative to "
        "(default: the folder above the gold file's folder)",
    )
    evaluate.add_argument("--per-article", action="store_true", help="show each article's misses")
    evaluate.add_argument("--json", action="store_true", help="print JSON")
    evaluate.set_defaults(run=_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``khabar`` command with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    args = _parser().parse_args(argv)
    try:
        pipeline = Pipeline()
        code: int = args.run(args, pipeline)
    except KhabarError as error:
        _fail(str(error))
        return EXIT_FAILED
    except KeyboardInterrupt:  # pragma: no cover - interactive
        return 130
    except BrokenPipeError:  # pragma: no cover - e.g. `khabar extract ... | head`
        sys.stderr.close()  # the reader went away: nothing more to say, and not an error
        return EXIT_OK
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
