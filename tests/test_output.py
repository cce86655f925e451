"""--output and stdout: the report goes where the path points, and nothing of the user's is harmed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading

import pytest

from tests.conftest import ROOT, SEED_DE, SEED_PT
from xlcheck.cli import main

DIFF = ["diff", str(SEED_PT), str(SEED_DE)]


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "xlcheck", *args], capture_output=True, env=env, **kwargs)


def leftovers(folder) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(".xlcheck-")]


def one_line_error(stderr: bytes | str) -> str:
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_new_file_gets_the_umask_mode(tmp_path):
    out = tmp_path / "report.txt"
    old = os.umask(0o027)
    try:
        assert main([*DIFF, "--output", str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8")
    assert leftovers(tmp_path) == []


def test_existing_file_keeps_its_mode(tmp_path):
    out = tmp_path / "report.txt"
    out.write_text("old report\n")
    out.chmod(0o604)
    assert main([*DIFF, "--output", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o604
    assert "old report" not in out.read_text(encoding="utf-8")


def test_dev_null_stays_a_device():
    assert main([*DIFF, "--output", os.devnull]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_dev_full_is_exit_two_and_stays_a_device():
    result = run(*DIFF, "--output", "/dev/full")
    assert result.returncode == 2
    assert "/dev/full" in one_line_error(result.stderr)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_symlink_is_written_through(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    assert main([*DIFF, "--output", str(link)]) == 0
    assert link.is_symlink()
    assert os.readlink(link) == target.name
    assert "old" not in target.read_text(encoding="utf-8") and target.read_text(encoding="utf-8")
    assert leftovers(tmp_path) == []


def test_fifo_is_written_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    assert main([*DIFF, "--output", str(fifo)]) == 0
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received and received[0]


def test_directory_is_exit_two_and_leaves_nothing(tmp_path, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    assert main([*DIFF, "--output", str(folder)]) == 2
    assert str(folder) in one_line_error(capsys.readouterr().err)
    assert os.listdir(folder) == [] and leftovers(tmp_path) == []


@pytest.mark.parametrize("command", ["diff", "check", "align"])
def test_output_naming_an_input_is_refused(tmp_path, capsys, command):
    copy = tmp_path / "doc.de.txt"
    copy.write_bytes(SEED_DE.read_bytes())
    before = copy.read_bytes()
    # Named another way (relative, through ".."), it is still the same file.
    other_name = os.path.join(str(tmp_path), "..", tmp_path.name, "doc.de.txt")
    assert main([command, str(SEED_PT), str(copy), "--output", other_name]) == 2
    assert "is one of the inputs" in one_line_error(capsys.readouterr().err)
    assert copy.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_output_naming_an_input_through_a_symlink_is_refused(tmp_path, capsys):
    copy = tmp_path / "doc.de.txt"
    copy.write_bytes(SEED_DE.read_bytes())
    link = tmp_path / "report.txt"
    link.symlink_to(copy)
    assert main([*DIFF[:2], str(copy), "--output", str(link)]) == 2
    assert copy.read_bytes() == SEED_DE.read_bytes()


def test_folder_that_cannot_hold_a_file(tmp_path, capsys):
    """A path under a regular file fails for root too (chmod does not stop root)."""
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    assert main([*DIFF, "--output", str(blocker / "report.txt")]) == 2
    assert "cannot write the report" in one_line_error(capsys.readouterr().err)
    assert leftovers(tmp_path) == [] and blocker.read_text() == "x"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes into a read-only folder; test_folder_that_cannot_hold_a_file covers it")
def test_unwritable_folder(tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main([*DIFF, "--output", str(folder / "report.txt")]) == 2
        assert "cannot write the report" in one_line_error(capsys.readouterr().err)
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


def test_failed_write_keeps_the_old_report_and_no_temp_file(tmp_path, monkeypatch, capsys):
    out = tmp_path / "report.txt"
    out.write_text("good old report\n")

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    assert main([*DIFF, "--output", str(out)]) == 2
    assert "No space left" in one_line_error(capsys.readouterr().err)
    assert out.read_text() == "good old report\n"
    assert leftovers(tmp_path) == []


def test_file_name_with_a_non_utf8_byte(tmp_path):
    folder = os.fsencode(str(tmp_path))
    pt = folder + b"/doc\xff.pt.txt"
    with open(pt, "wb") as handle:
        handle.write(SEED_PT.read_bytes())
    out = folder + b"/out\xfe.txt"
    result = subprocess.run([sys.executable, "-m", "xlcheck", "diff", pt, os.fsencode(str(SEED_DE)),
                             "--format", "json", "--output", out],
                            capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    with open(out, "rb") as handle:
        assert b'"findings": []' in handle.read()
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [DIFF, ["explain"]])
def test_stdout_full_is_one_line_and_exit_two(args):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "xlcheck", *args], stdout=full, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2
    assert "standard output" in one_line_error(result.stderr)


@pytest.mark.parametrize("args", [DIFF, ["explain"]])
def test_stdout_closed_is_one_line_and_exit_two(args):
    # Start the interpreter with fd 1 closed, as `xlcheck ... >&-` does.
    result = subprocess.run([sys.executable, "-m", "xlcheck", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            preexec_fn=lambda: os.close(1))
    assert result.returncode == 2
    assert "standard output is closed" in one_line_error(result.stderr)


def test_broken_pipe_is_quiet():
    result = subprocess.run(f"'{sys.executable}' -m xlcheck explain | head -c 1 >/dev/null; exit ${{PIPESTATUS[0]}}",
                            shell=True, executable="/bin/bash", capture_output=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
