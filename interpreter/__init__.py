"""A Python 3 interpreter written in RPython (see README.md).

The modules of this directory import each other as top-level modules
(``import parser``), because the translator reads the files next to the
entry module ``targetpypy.py``; ``__main__.py`` puts this directory on
``sys.path`` when the interpreter is hosted by CPython.
"""
