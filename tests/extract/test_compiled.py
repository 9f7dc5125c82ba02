"""The mypyc build of dossier/extract: used only while current, and the same facts as the
Python sources (dossier/compiled.py)."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from dossier import compiled

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = importlib.machinery.EXTENSION_SUFFIXES[0]


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A throwaway package `<name>.extract` with one module, `rules`, whose source says
    where it came from, beside an 'extension module' that cannot load."""
    name = f"pkg_{uuid.uuid4().hex[:8]}"
    directory = tmp_path / name / "extract"
    directory.mkdir(parents=True)
    (tmp_path / name / "__init__.py").write_text("")
    (directory / "__init__.py").write_text("")
    (directory / "rules.py").write_text("ORIGIN = 'source'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    meta_path = list(sys.meta_path)
    yield f"{name}.extract", directory
    sys.meta_path[:] = meta_path
    for module in [m for m in sys.modules if m.startswith(name)]:
        del sys.modules[module]


def _add_extension(directory: Path) -> None:
    (directory / f"rules{EXTENSION}").write_bytes(b"not a shared object")


def _stamp(directory: Path) -> None:
    (directory / compiled.STAMP.name).write_text(
        json.dumps({"sources": compiled.source_digests(directory)}))


def test_status_follows_the_sources(package):
    _name, directory = package
    assert compiled.status(directory) == "absent"
    _add_extension(directory)
    assert compiled.status(directory) == "stale"  # no record of what it was built from
    _stamp(directory)
    assert compiled.status(directory) == "current"
    (directory / "rules.py").write_text("ORIGIN = 'edited'\n")
    assert compiled.status(directory) == "stale"
    _stamp(directory)
    (directory / "new_rules.py").write_text("")
    assert compiled.status(directory) == "stale"  # a module the build never saw


def test_an_extension_module_shadows_its_source_without_the_finder(package):
    name, directory = package
    _add_extension(directory)
    with pytest.raises(ImportError):
        importlib.import_module(f"{name}.rules")


def test_stale_compiled_modules_give_way_to_the_sources(package):
    name, directory = package
    _add_extension(directory)
    with pytest.warns(RuntimeWarning, match="compiled from other sources"):
        assert compiled.activate(name, directory) == "python"
    assert importlib.import_module(f"{name}.rules").ORIGIN == "source"
    with pytest.warns(RuntimeWarning):
        compiled.activate(name, directory)  # again: one finder, not two
    assert sum(isinstance(f, compiled.SourceFirstFinder) and f.package == name
               for f in sys.meta_path) == 1


def test_current_compiled_modules_are_used_unless_pure_python_is_asked(package, monkeypatch):
    name, directory = package
    _add_extension(directory)
    _stamp(directory)
    assert compiled.activate(name, directory) == "compiled"
    assert not any(isinstance(f, compiled.SourceFirstFinder) and f.package == name
                   for f in sys.meta_path)
    monkeypatch.setenv(compiled.PURE_PYTHON_ENV, "1")
    assert compiled.activate(name, directory) == "python"
    assert importlib.import_module(f"{name}.rules").ORIGIN == "source"


# Each run extracts the bundled samples and the fixture releases in a fresh process and
# says which file the events module was loaded from.
_EXTRACT_FIXTURES = textwrap.dedent("""
    import dataclasses, json, sys
    from pathlib import Path
    from bench.extract_equivalence import cleaned
    import dossier.extract.events as events
    from dossier.extract import extract_release
    out = {"events_module": Path(events.__file__).name, "releases": {}}
    for path in sorted([*Path("raw").iterdir(), *Path("tests/fixtures/releases").iterdir()]):
        inputs = cleaned(path)
        if inputs is not None:
            body, published, title = inputs
            result = extract_release(body, published_date=published, title=title)
            out["releases"][path.name] = dataclasses.asdict(result)
    json.dump(out, sys.stdout, default=str, sort_keys=True)
""")


def _extract_fixtures(pure_python: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_PYTHON_ENV}
    if pure_python:
        env[compiled.PURE_PYTHON_ENV] = "1"
    done = subprocess.run([sys.executable, "-c", _EXTRACT_FIXTURES], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True, timeout=600)
    return json.loads(done.stdout)


@pytest.mark.skipif(compiled.status() != "current",
                    reason="dossier/extract is not compiled (`make compile`; `make test` does)")
def test_the_compiled_build_extracts_what_the_sources_extract():
    python, native = _extract_fixtures(True), _extract_fixtures(False)
    assert python["events_module"] == "events.py"
    assert native["events_module"] == f"events{EXTENSION}"
    assert len(native["releases"]) >= 40
    assert native["releases"] == python["releases"]
