"""Command line: argv -> `check()` -> reporter -> exit code. Nothing else lives here."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence

from xlcheck import __version__
from xlcheck.api import UNITS, align, check, check_tree
from xlcheck.config import FAIL_ON, Config, load_config
from xlcheck.embed import ALIGNERS, INSTALL
from xlcheck.errors import UsageError, XlcheckError
from xlcheck.model import SEVERITY_RANK, Report
from xlcheck.report import REPORTERS
from xlcheck.report.alignment import ALIGNMENT_REPORTERS
from xlcheck.rules import RULES
from xlcheck.rules import markdown as rules_markdown

EXIT_CLEAN, EXIT_DRIFT, EXIT_ERROR = 0, 1, 2

DESCRIPTION = """\
Check that translations of one text still state the same facts: numbers, dates, codes
and model names, proper names, quotations, URLs and markup. Versions are aligned
paragraph by paragraph; every value present in one and missing or different in
another is reported with file, paragraph, line and column.

exit status: 0 no drift at or above --fail-on, 1 drift found, 2 usage or input error
"""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so one place decides the exit status."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `xlcheck --help`)")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=sorted(REPORTERS), default=None,
                        help="output format (default: text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour text output (auto: on a terminal, unless NO_COLOR is set)")
    parser.add_argument("--langs", metavar="TAGS",
                        help="comma-separated language tags, one per file, e.g. pt,de (overrides file names)")
    parser.add_argument("--config", metavar="FILE", help="read options from FILE (default: xlcheck.toml or "
                                                          "[tool.xlcheck] in pyproject.toml, searched upwards)")
    parser.add_argument("--select", metavar="CODES", help="only these rules (codes, prefixes or checks), "
                                                           "e.g. XL1,XL301,name")
    parser.add_argument("--ignore", metavar="CODES", help="skip these rules (codes, prefixes or checks)")
    parser.add_argument("--baseline", metavar="FILE", help="ignore findings already in FILE (an earlier "
                                                            "--format json report)")
    parser.add_argument("--fail-on", choices=FAIL_ON, default=None,
                        help="lowest severity that makes the exit status 1 (default: warning)")
    _aligner_option(parser)


def _aligner_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--aligner", choices=ALIGNERS, default=None,
                        help="default: lengths and shared anchors, no model; embed: adds a multilingual "
                             f"sentence encoder ({INSTALL})")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="xlcheck", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"xlcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    diff = commands.add_parser("diff", help="compare two versions; A is the reference",
                               description="Compare two versions of a text; A is the reference.")
    diff.add_argument("a", metavar="A")
    diff.add_argument("b", metavar="B")
    _common(diff)

    many = commands.add_parser("check", help="compare versions of one document, or every document of a tree",
                               description="Compare two or more versions of one document (the odd one out is "
                                           "blamed), one PO catalogue, or a folder: versions are paired by name "
                                           "(guide.pt.md / guide.de.md) or language folder (pt/guide.md).")
    many.add_argument("files", nargs="+", metavar="FILE")
    _common(many)

    aligner = commands.add_parser("align", help="print how two versions' paragraphs (or sentences, lines) pair up",
                                  description="Align two versions and print the pairs side by side (or as JSON).")
    aligner.add_argument("a", metavar="A")
    aligner.add_argument("b", metavar="B")
    aligner.add_argument("--segment", choices=UNITS, default="paragraph", help="unit to align (default: paragraph)")
    aligner.add_argument("--format", choices=sorted(ALIGNMENT_REPORTERS), default="text")
    aligner.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    aligner.add_argument("--langs", metavar="TAGS", help="comma-separated language tags, one per file")
    _aligner_option(aligner)

    explain = commands.add_parser("explain", help="print a rule's documentation",
                                  description="Print the documentation of a rule (e.g. XL301), or list all rules.")
    explain.add_argument("code", nargs="?", metavar="CODE")
    explain.add_argument("--markdown", action="store_true", help="all rules as Markdown (docs/rules.md)")
    return parser


def _split(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _colour(args: argparse.Namespace) -> bool:
    if args.color != "auto":
        return args.color == "always"
    return args.output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def exit_code(report: Report, fail_on: str) -> int:
    """The one place that decides the exit status of a check run."""
    worst = report.worst()
    if worst is not None and SEVERITY_RANK[worst] >= SEVERITY_RANK[fail_on]:
        return EXIT_DRIFT
    return EXIT_CLEAN


def write_output(text: str, path: str | None) -> None:
    """Write to stdout, or atomically to `path` (a failed run never leaves half a report)."""
    if path is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader went away (`xlcheck ... | head`); the exit status still tells.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".xlcheck-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the report ({exc.strerror}); choose another --output") from exc


def _explain(code: str | None) -> str:
    if code is None:
        return "".join(f"{r.code}  {r.name:<20} {r.severity:<8} {r.summary}\n" for r in RULES.values())
    rule = RULES.get(code.upper())
    if rule is None:
        raise UsageError(f"unknown rule {code!r}; `xlcheck explain` lists the rules")
    return f"{rule.code} {rule.name} ({rule.check}, default severity {rule.severity})\n\n{rule.doc}\n"


def run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    if args.command == "explain":
        sys.stdout.write(rules_markdown() if args.markdown else _explain(args.code))
        return EXIT_CLEAN
    if args.command == "align":
        report = align([args.a, args.b], args.segment, Config(langs=_split(args.langs) or ()), args.aligner)
        write_output(ALIGNMENT_REPORTERS[args.format]().render(report), args.output)
        return EXIT_CLEAN
    files = [args.a, args.b] if args.command == "diff" else args.files
    config: Config = load_config(args.config)
    config = config.with_options(
        select=_split(args.select), ignore=_split(args.ignore), fail_on=args.fail_on, langs=_split(args.langs),
        baseline=args.baseline,
    )
    if args.command == "check" and len(files) == 1 and os.path.isdir(files[0]):
        report = check_tree(files[0], config, args.aligner)
    else:
        report = check(files, config, args.aligner)
    fmt = args.format or "text"
    reporter = REPORTERS[fmt](color=_colour(args)) if fmt == "text" else REPORTERS[fmt]()
    text = reporter.render(report)
    write_output(text, args.output)
    return exit_code(report, config.fail_on)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run, and turn any `XlcheckError` into one line on stderr and exit 2."""
    try:
        return run(argv)
    except XlcheckError as exc:
        sys.stderr.write(f"xlcheck: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("xlcheck: interrupted\n")
        return 130

