"""The extraction package compiled with mypyc, and when the compiled modules are used.

Extraction is the pipeline's CPU cost (about 2.6 ms a release in CPython); mypyc, mypy's
compiler for type-annotated Python, makes the same code about 1.25x faster with the same
output. The Python sources stay the truth: `dossier compile` compiles
`dossier/extract/*.py` in place (one extension module beside each source, plus the
shared `_native__mypyc` library) and records a digest of every source it compiled.

Python imports an extension module before a source of the same name, so a compiled
module older than its source would run stale code. `activate()` (run when `dossier` is
imported, before any extraction module is) compares the sources with the recorded
digests; when they differ, or when DOSSIER_PURE_PYTHON=1, it makes `dossier.extract`
import from the sources, and says so once when the build is stale.

    dossier compile            # compile (needs mypy and a C compiler; `make compile`)
    dossier compile --status   # current, stale (compiled from other sources) or absent
    dossier compile --clean    # remove the compiled modules
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.machinery
import importlib.util
import io
import json
import os
import shutil
import sys
import warnings
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = "dossier.extract"
PACKAGE_DIR = Path(__file__).resolve().parent / "extract"
# one shared library for all the compiled modules, inside the package (not at the top
# level, where an editable install's import path does not reach)
GROUP = f"{PACKAGE}._native"
STAMP = PACKAGE_DIR / "_native.json"
PURE_PYTHON_ENV = "DOSSIER_PURE_PYTHON"
# mypyc's type checks, as the build runs them (the sources must pass them to compile)
MYPY_FLAGS = ["--ignore-missing-imports"]


def sources(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    return sorted(package_dir.glob("*.py"))


def source_digests(package_dir: Path = PACKAGE_DIR) -> dict[str, str]:
    """The SHA-256 of each module's source, by module file name."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources(package_dir)}


def compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The extension modules in the package directory that this interpreter would load."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    return sorted(p for p in package_dir.iterdir() if p.name.endswith(tuple(suffixes)))


def status(package_dir: Path = PACKAGE_DIR) -> str:
    """'current', 'stale' (compiled from other sources) or 'absent'."""
    if not compiled_modules(package_dir):
        return "absent"
    try:
        recorded = json.loads((package_dir / STAMP.name).read_text())
    except (OSError, ValueError):
        return "stale"
    return "current" if recorded.get("sources") == source_digests(package_dir) else "stale"


class SourceFirstFinder(MetaPathFinder):
    """Finds a package's modules as their .py sources, never as extension modules."""

    def __init__(self, package: str, package_dir: Path) -> None:
        self.package, self.package_dir = package, package_dir

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname == self.package:
            return importlib.util.spec_from_file_location(
                fullname, self.package_dir / "__init__.py",
                submodule_search_locations=[str(self.package_dir)])
        prefix, _, name = fullname.rpartition(".")
        source = self.package_dir / f"{name}.py"
        if prefix != self.package or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def activate(package: str = PACKAGE, package_dir: Path = PACKAGE_DIR) -> str:
    """Make `package` import from its sources unless its compiled modules are current;
    returns what the imports will run: 'compiled' or 'python'."""
    state = status(package_dir)
    if state == "current" and not _pure_python_asked():
        return "compiled"
    if state == "stale" and not _pure_python_asked():
        warnings.warn(
            f"{package} was compiled from other sources than those in {package_dir}; "
            "running the Python sources (slower). Run `make compile` to compile them again.",
            RuntimeWarning, stacklevel=2)
    if state != "absent" and not any(
        isinstance(f, SourceFirstFinder) and f.package == package for f in sys.meta_path
    ):
        sys.meta_path.insert(0, SourceFirstFinder(package, package_dir))
    return "python"


def _pure_python_asked() -> bool:
    return os.environ.get(PURE_PYTHON_ENV) == "1"


_RUNS_AS = {
    "current": "compiled with mypyc",
    "stale": "Python sources (the compiled modules are stale: `make compile`)",
    "absent": "Python sources (not compiled: `make compile`)",
}


def describe() -> str:
    """What extraction runs as in a process started now, in words (run summaries and
    benchmarks say it: the two differ in speed)."""
    state = status()
    if state == "current" and _pure_python_asked():
        return f"Python sources ({PURE_PYTHON_ENV}=1)"
    return _RUNS_AS[state]


def build() -> int:
    """Compile the package in place and record its sources' digests; 0 on success. No C
    compiler here: says so and leaves the Python sources to run (exit 0)."""
    if shutil.which(os.environ.get("CC", "cc")) is None:
        print(f"dossier compile: no C compiler found; {PACKAGE} runs as Python", file=sys.stderr)
        return 0
    # mypy is a build tool only (a dev dependency): the compiled modules do not need it
    from mypyc.build import mypycify
    from setuptools import setup

    clean()
    root = PACKAGE_DIR.parents[1]
    cwd = Path.cwd()
    os.chdir(root)  # (mypycify names modules by their paths from the working directory)
    messages = io.StringIO()
    try:
        digests = source_digests()
        paths = [str(p.relative_to(root)) for p in sources()]
        with contextlib.redirect_stdout(messages):
            # (multi_file: a C file per module, a third less C compiler time than one file)
            extensions = mypycify([*MYPY_FLAGS, *paths], opt_level="3", multi_file=True,
                                  separate=[(paths, GROUP)], target_dir="build/mypyc")
        for extension in extensions:
            # (mypyc 1.15 writes a named group's headers beside its package path, and its
            # per-module C files at the top of target_dir, which then miss them)
            extension.include_dirs.append(str(Path("build/mypyc", *PACKAGE.split("."))))
        setup(name="dossier-extract-compiled", ext_modules=extensions,
              script_args=["--quiet", "build_ext", "--inplace",
                           "--build-temp=build/mypyc/temp"])
    except SystemExit as failed:  # mypy's type errors: the sources must type-check
        print(messages.getvalue(), file=sys.stderr, end="")
        print(f"dossier compile: failed ({failed.code}); {PACKAGE} runs as Python",
              file=sys.stderr)
        return 1
    finally:
        os.chdir(cwd)
    STAMP.write_text(json.dumps({"sources": digests}, indent=1) + "\n")
    print(f"dossier compile: {len(compiled_modules())} extension modules built in "
          f"{PACKAGE_DIR}", file=sys.stderr)
    return 0


def clean() -> None:
    for path in [*compiled_modules(), STAMP]:
        path.unlink(missing_ok=True)
