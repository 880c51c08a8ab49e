"""``python3 -m interpreter SCRIPT.py [ARGS]`` / ``-c CODE``: run the
interpreter hosted by CPython.

The interpreter's modules import each other as top-level modules (the
translator reads the files next to ``targetpypy.py``), so this directory
goes first on ``sys.path``; everything else is the same code the
translator sees, starting at ``targetpypy.entry_point``.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.setrecursionlimit(100000)

import targetpypy  # noqa: E402

sys.exit(targetpypy.entry_point(sys.argv))
