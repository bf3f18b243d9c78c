"""`python -m ui.display_check`: open a window on this display, print its screen as JSON, exit."""

from __future__ import annotations

import json
import sys

SHOW_WAIT_MS = 3000


def main() -> int:
    """Show a small window, wait until it is exposed (or a few seconds), report and quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication, QWindow

    app = QGuiApplication(sys.argv[:1])
    window = QWindow()
    window.resize(320, 200)
    window.setTitle("loyalty-kiosk display check")
    window.show()
    waited = 0
    exposed = False

    def poll() -> None:
        nonlocal waited, exposed
        waited += 50
        exposed = exposed or window.isExposed()
        if exposed or waited >= SHOW_WAIT_MS:
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    app.exec()
    screen = window.screen() or app.primaryScreen()
    size = screen.size() if screen is not None else None
    report = {
        "platform": app.platformName(),
        "exposed": exposed,
        "screens": len(app.screens()),
        "width": size.width() if size is not None else 0,
        "height": size.height() if size is not None else 0,
    }
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
