"""`make run` on a fresh Debian/Ubuntu: the system libraries Qt's xcb plugin needs are installed
when they can be, else the one command that does is printed (packaging/linux/qt-runtime-libs.sh,
also what .ci/system-deps installs)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent
BASH = shutil.which("bash") or "/bin/bash"
INSTALLED = "install ok installed"
SCRIPT = ROOT / "packaging" / "linux" / "qt-runtime-libs.sh"
XCB = {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
       "libxcb-render-util0", "libxkbcommon-x11-0"}  # fmt: skip


def fake_bin(tmp_path: Path, **commands: str) -> dict[str, str]:
    """An environment whose PATH starts with stand-ins for the named commands."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, body in commands.items():
        path = folder / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}"}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BASH, str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=30
    )


def test_the_list_has_what_the_xcb_plugin_needs() -> None:
    listed = set(run("--list").stdout.split())
    assert listed >= XCB
    assert 'qt-runtime-libs.sh" --install' in (ROOT / ".ci" / "system-deps").read_text()


def test_without_rights_it_prints_the_one_command(tmp_path: Path) -> None:
    env = fake_bin(
        tmp_path,
        **{"dpkg-query": "exit 1", "id": "echo 1000", "sudo": "exit 1", "apt-get": "exit 99"},
    )
    done = run(env=env)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1
    assert lines[-1].startswith("  sudo apt-get install --no-install-recommends ")
    assert set(lines[-1].split()) >= XCB


def test_with_rights_it_installs_what_is_missing(tmp_path: Path) -> None:
    log = tmp_path / "apt.log"
    env = fake_bin(
        tmp_path,
        **{
            "dpkg-query": f'case "$3" in libxcb-cursor0) exit 1;; *) echo "{INSTALLED}";; esac',
            "id": "echo 0",
            "apt-get": f'echo "$@" >> {log}',
        },
    )
    done = run(env=env)
    assert done.returncode == 0, done.stderr
    assert log.read_text().splitlines()[-1].endswith("--no-install-recommends libxcb-cursor0")


def test_nothing_to_do_when_all_are_there_or_without_dpkg(tmp_path: Path) -> None:
    env = fake_bin(tmp_path, **{"dpkg-query": 'echo "install ok installed"', "apt-get": "exit 99"})
    assert run(env=env).returncode == 0
    assert run(env={**os.environ, "PATH": str(tmp_path / "empty")}).returncode == 0
