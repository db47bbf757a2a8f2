"""Start-up's wait for the first paint: it ends at the paint, and never hangs without one."""

from __future__ import annotations

import pytest

from explorer.qt.shell import startup


def test_waits_for_the_tree_to_be_painted(make_window, qapp) -> None:
    window = make_window(attach=False)
    window.show()
    painted: list[bool] = []
    startup.after_first_paint(window, lambda: painted.append(True))
    assert startup.wait_for_first_paint(qapp, window)
    assert painted == [True]


def test_a_window_never_painted_does_not_hang_start_up(
    make_window, qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(startup, "FIRST_PAINT_WAIT_MS", 50)
    window = make_window(attach=False)  # not shown, so not painted
    assert not startup.wait_for_first_paint(qapp, window)
    painted: list[bool] = []
    startup.after_first_paint(window, lambda: painted.append(True))
    window.show()  # painted at last: the abandoned wait must not call back into a dead loop
    qtbot.waitUntil(lambda: painted == [True])
