"""Benchmarks: each ``bench/<name>.py`` is a script that prints one JSON object."""
