"""Maps the top-level ``resources/`` folder into the wheel as ``explorer._resources``.

Everything else is declared in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["explorer", "explorer.*"]), "explorer._resources"],
    package_dir={"explorer._resources": "resources"},
    package_data={"explorer._resources": ["**/*"]},
)
