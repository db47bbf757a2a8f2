"""Bundled data (catalogue, sources, flags, icons).

This folder is shipped inside the wheel as the package ``explorer._resources``
(see ``setup.py``); read it only through :mod:`explorer.resources`.
"""
