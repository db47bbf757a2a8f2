"""The frozen bundle's entry script: the same ``main`` as the ``exchange-explorer`` console script.

It lives outside ``explorer/`` so PyInstaller does not put the package's own directory on the
module search path (``explorer/config.py`` must never be importable as a top-level ``config``).
"""

import sys

from explorer.__main__ import main

sys.exit(main())
