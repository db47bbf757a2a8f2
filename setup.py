"""Maps the top-level ``resources/`` folder into the wheel as ``explorer._resources``.

Everything else is declared in pyproject.toml. Each folder under ``resources/`` is named as a
package of data (setuptools warns, a screenful per folder, about data folders it was not told
of); bytecode caches are never shipped.
"""

from pathlib import Path

from setuptools import find_packages, setup

DATA = Path(__file__).parent / "resources"
folders = [
    DATA,
    *sorted(p for p in DATA.rglob("*") if p.is_dir() and "__pycache__" not in p.parts),
]
package_data = {
    ".".join(["explorer._resources", *folder.relative_to(DATA).parts]): sorted(
        item.name for item in folder.iterdir() if item.is_file()
    )
    for folder in folders
}

setup(
    packages=[*find_packages(include=["explorer", "explorer.*"]), *package_data],
    package_dir={"explorer._resources": "resources"},
    package_data=package_data,
    include_package_data=False,  # exactly the files above, never a stray cache
)
