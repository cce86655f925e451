"""Command line: argv -> `check()` -> reporter -> exit code. Nothing else lives here."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from xlcheck import __version__
from xlcheck.choices import FAIL_ON, UNITS
from xlcheck.embed import ALIGNERS, INSTALL
from xlcheck.errors import OutputError, UsageError, XlcheckError
from xlcheck.report import ALIGNMENT_REPORTERS, REPORTERS

if TYPE_CHECKING:
    from xlcheck.model import Report

# Everything else is imported where it is used: `xlcheck --version` and `xlcheck explain`
# load the parser and, for explain, the rule table, nothing of the pipeline.

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
    parser.add_argument("--columns", metavar="COLUMNS",
                        help="CSV/TSV: the language columns to compare, source first, each a language tag or "
                             "HEADER=TAG (e.g. English=en,German=de)")
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
    parser.add_argument("--jobs", "-j", metavar="N", type=_jobs, default=None,
                        help="worker processes that check a tree's document sets and catalogues (default: 1, "
                             "the run's own; a single large document's extraction still uses the cores unless N is 1)")
    parser.add_argument("--segment", choices=("paragraph", "sentence"), default=None,
                        help="unit the checks compare: aligned paragraphs (default) or aligned sentences")
    parser.add_argument("--fuzzy", action="store_true", default=None,
                        help="PO catalogues: also check fuzzy entries (skipped by default, as gettext does not "
                             "publish them); their findings say so")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")


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
    many.add_argument("files", nargs="*", metavar="FILE")
    many.add_argument("--reference", metavar="LANG", help="the source language: its version is never blamed; "
                                                          "translations are compared with it (default: the "
                                                          "layout's default language)")
    many.add_argument("--compare-translations", action="store_true", default=None,
                      help="with a source, also compare the translations with each other")
    many.add_argument("--changed-since", metavar="REF", help="check the files changed since a git commit, "
                                                             "each against its counterparts")
    many.add_argument("--include", metavar="GLOBS", help="in a tree, only paths matching these globs")
    many.add_argument("--exclude", metavar="GLOBS", help="in a tree, skip paths matching these globs")
    many.add_argument("--dask", metavar="SCHEDULER",
                      help="check on a dask.distributed cluster: a scheduler address (tcp://host:8786) or "
                           "'local' for a LocalCluster of --jobs processes (pip install 'xlcheck[dask]')")
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


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a number of processes, 1 or more, not {value!r}")
    return number


def _split(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _colour(args: argparse.Namespace) -> bool:
    if args.color != "auto":
        return args.color == "always"
    stream = sys.stdout
    return args.output is None and stream is not None and stream.isatty() and not os.environ.get("NO_COLOR")


def exit_code(report: Report, fail_on: str) -> int:
    """The one place that decides the exit status of a check run."""
    from xlcheck.model import SEVERITY_RANK

    worst = report.worst()
    if worst is not None and SEVERITY_RANK[worst] >= SEVERITY_RANK[fail_on]:
        return EXIT_DRIFT
    return EXIT_CLEAN


def _encode(text: str) -> bytes:
    """The report as UTF-8; a file name read with undecodable bytes keeps its bytes."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace")


def _shown(path: str) -> str:
    """A path fit for a one-line message, whatever bytes its name holds."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no other way to read it; set it straight back
    os.umask(mask)
    return mask


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _write_stdout(data: bytes) -> None:
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed; pass --output FILE to write the report to a file")
    try:
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:
            stream.write(data.decode("utf-8", "replace"))
            stream.flush()
    except BrokenPipeError:
        # The reader went away (`xlcheck ... | head`); the exit status still tells.
        _silence_stdout()
    except (OSError, ValueError) as exc:
        _silence_stdout()
        reason = getattr(exc, "strerror", None) or "it is closed"
        raise OutputError(f"cannot write the report to standard output ({reason}); "
                          "pass --output FILE to write it to a file") from exc


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.realpath(a) == os.path.realpath(b)


def refuse_input(path: str | None, inputs: Sequence[str]) -> None:
    """Refuse an --output that names one of the files being checked."""
    if path is None:
        return
    for source in inputs:
        if _same_file(path, source):
            raise OutputError(f"{_shown(path)}: is one of the inputs; choose another --output")


def write_output(text: str, path: str | None, inputs: Sequence[str] = ()) -> None:
    """Write the report to stdout, or to what `path` names, never harming what is there.

    A regular file (or a new path) is replaced atomically: the report goes to a
    temporary file in the same folder with the old file's mode (or the umask's), is
    synced, and takes the old name in one step, so a failed run leaves the old report
    and no temporary file. A symlink is followed, not replaced. A device or a FIFO is
    opened and written, as a shell's `>` would. A path that is one of `inputs` is refused.
    """
    data = _encode(text)
    if path is None:
        _write_stdout(data)
        return
    refuse_input(path, inputs)
    shown = _shown(path)
    target = os.path.realpath(path)  # a symlink is written through, and stays a symlink
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write the report ({exc.strerror}); choose another --output") from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{shown}: is a directory; name a file with --output")
    try:
        if info is not None and not stat.S_ISREG(info.st_mode):
            _write_through(target, data)
        else:
            _replace(target, data, info)
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write the report ({exc.strerror or exc}); choose another --output") from exc


def _write_through(target: str, data: bytes) -> None:
    """A character device, FIFO or socket: open and write, as `>` would; never replace."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _replace(target: str, data: bytes, info: os.stat_result | None) -> None:
    directory = os.path.dirname(target) or "."
    import tempfile

    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".xlcheck-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if info is not None and hasattr(os, "fchown"):
                try:
                    os.fchown(handle.fileno(), info.st_uid, info.st_gid)  # keep the owner when we may
                except OSError:
                    pass
            os.fchmod(handle.fileno(), mode)  # after chown, which may clear set-id bits
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _explain(code: str | None) -> str:
    from xlcheck.rules import RULES

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
        from xlcheck.rules import markdown

        write_output(markdown() if args.markdown else _explain(args.code), None)
        return EXIT_CLEAN
    if args.command == "align":
        from xlcheck.api import align
        from xlcheck.config import Config

        refuse_input(args.output, [args.a, args.b])
        report = align([args.a, args.b], args.segment,
                       Config(langs=_split(args.langs) or ()).with_options(aligner=args.aligner))
        write_output(ALIGNMENT_REPORTERS[args.format]().render(report), args.output, [args.a, args.b])
        return EXIT_CLEAN
    # The pipeline is loaded only for a run that checks something (not for --help, explain).
    from xlcheck.api import check, check_paths
    from xlcheck.config import load_config
    from xlcheck.locales import known_language
    from xlcheck.model import Report

    config = load_config(args.config)
    config = config.with_options(
        select=_split(args.select), ignore=_split(args.ignore), fail_on=args.fail_on,
        langs=_split(args.columns) or _split(args.langs),
        baseline=args.baseline, aligner=args.aligner, jobs=args.jobs, segment=args.segment, fuzzy=args.fuzzy,
    )
    if args.command == "diff":
        files = [args.a, args.b]
        refuse_input(args.output, files)
        report = check(files, config, reference=0)
    else:
        config = config.with_options(reference=args.reference, compare_translations=args.compare_translations,
                                     include=_split(args.include), exclude=_split(args.exclude),
                                     dask=args.dask)
        if args.dask:
            from xlcheck.distributed import require_dask

            require_dask()  # a missing extra is a usage error before any work
        if args.reference and not known_language(args.reference):
            raise UsageError(f"--reference {args.reference!r} is not a language tag CLDR knows; use one "
                             "such as en, pt-BR")
        if args.changed_since:
            from xlcheck.io.git import changed_files  # (git runs in a subprocess: loaded only here)

            files = list(args.files) + changed_files(args.changed_since)
        else:
            files = list(args.files)
        refuse_input(args.output, files)
        if files:
            report = check_paths(files, config, _progress(args), counterparts=bool(args.changed_since))
        elif args.changed_since:
            report = Report((), (), "", __version__)  # nothing changed: nothing to check
        else:
            raise UsageError("xlcheck check needs files or a folder (or --changed-since REF)")
    fmt = args.format or "text"
    reporter = REPORTERS[fmt](color=_colour(args)) if fmt == "text" else REPORTERS[fmt]()
    text = reporter.render(report)
    write_output(text, args.output, [*files, *(d.path for d in report.documents)])
    for error in report.errors:
        sys.stderr.write(f"xlcheck: error: {error}\n")
    return EXIT_ERROR if report.errors else exit_code(report, config.fail_on)


def _progress(args: argparse.Namespace):
    """Files done / total and time on stderr, on a terminal only (not in CI, not with --quiet)."""
    if args.quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    import time

    started = time.monotonic()

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r\033[Kxlcheck: {done}/{total} document sets, {time.monotonic() - started:.1f} s{end}")
        sys.stderr.flush()

    return show


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run, and turn any `XlcheckError` into one line on stderr and exit 2."""
    try:
        return run(argv)
    except XlcheckError as exc:
        _say(f"xlcheck: error: {exc}")
        return EXIT_ERROR
    except MemoryError:
        _say("xlcheck: error: out of memory; check smaller files (XLCHECK_MAX_SIZE limits the size read)")
        return EXIT_ERROR
    except RecursionError:
        _say("xlcheck: error: the input is nested too deeply to read; check a smaller or simpler file")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("xlcheck: interrupted")
        return 130


def _say(line: str) -> None:
    """One line on stderr, even when stderr is closed or cannot encode the line."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError, UnicodeError):
        pass

