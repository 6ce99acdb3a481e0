"""The modules that may run compiled (mypyc, ``scripts/compile.py``), and the guard that runs them as Python
whenever their compiled build is not of the sources beside it.

Compiled, the parse and the view run a fifth to a quarter faster, with every output the same (the tests run
compiled in CI, and compare both ways). A compiled module sits beside its source (``tei/parser.*.so`` by
``tei/parser.py``) and Python imports it first, so an edited source would be shadowed by its stale build: the
build records each source's hash (``native.json``), and where any differs, or ``TEI_PURE`` is set, every one of
them is imported from its source. They are compiled together and call one another directly, through one library
(``tei/<hash>__mypyc.*.so``, loaded here: mypyc's modules import it by a top-level name), so they run compiled all
together or not at all.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path

MODULES = ("parser", "inline", "speakers", "blocks", "rules", "conventions", "render_model", "render_text",
           "builder", "model", "furniture", "persons", "signs", "ids", "dates", "titles", "language",
           "transcriptmap", "source", "header", "spans")
FOLDER = Path(__file__).resolve().parent
MANIFEST = FOLDER / "native.json"  # (written by scripts/compile.py; not in the repository)


def source_hashes(folder: Path = FOLDER) -> dict[str, str]:
    return {name: hashlib.sha256((folder / f"{name}.py").read_bytes()).hexdigest() for name in MODULES}


def builds(folder: Path = FOLDER, name: str | None = None) -> list[Path]:
    """The compiled builds beside the sources (of one module, ``name``)."""
    names = MODULES if name is None else (name,)
    return [path for module in names for suffix in importlib.machinery.EXTENSION_SUFFIXES
            if (path := folder / f"{module}{suffix}").exists()]


def stale_builds(folder: Path = FOLDER) -> list[Path]:
    """Compiled builds of modules that are no longer compiled: Python would import them ahead of their sources."""
    return sorted({path for suffix in importlib.machinery.EXTENSION_SUFFIXES for path in folder.glob(f"*{suffix}")
                   if "__mypyc" not in path.name and _module_of(path) not in MODULES})


def _module_of(build: Path) -> str:
    return build.name.split(".", 1)[0]  # ("parser.cpython-311-x86_64-linux-gnu.so": a name's dots are its suffix's)


def built(folder: Path = FOLDER) -> bool:
    """Whether any of the modules has a compiled build beside its source."""
    return bool(builds(folder))


def complete(folder: Path = FOLDER) -> bool:
    """Whether every one of the modules has its compiled build."""
    return all(builds(folder, name) for name in MODULES)


def _record(folder: Path) -> dict:
    try:
        recorded = json.loads((folder / MANIFEST.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return recorded if isinstance(recorded, dict) else {}


def _fresh_library(folder: Path) -> str | None:
    """The build's shared library, where the build is of the sources as they are now; else None."""
    recorded = _record(folder)
    library = recorded.get("library")
    fresh = bool(library) and (folder / str(library)).exists() and recorded.get("sources") == source_hashes(folder) \
        and complete(folder)
    return str(library) if fresh else None


def fresh(folder: Path = FOLDER) -> bool:
    """Whether the compiled build is of the sources as they are now."""
    return _fresh_library(folder) is not None


def _load_library(library: str, folder: Path = FOLDER) -> None:
    name = library.split(".", 1)[0]
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, folder / library)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


class _FromSource:
    """A finder that imports these modules from their sources, ahead of the compiled builds beside them."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def find_spec(self, fullname: str, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != __package__ or name not in self.names:
            return None
        return importlib.util.spec_from_file_location(fullname, FOLDER / f"{name}.py")


def compiled() -> bool:
    """Whether the modules run compiled in this process."""
    return built() and not any(isinstance(finder, _FromSource) and set(MODULES) <= finder.names
                               for finder in sys.meta_path)


def guard() -> None:
    """Run as Python where the build is stale or ``TEI_PURE`` asks it (called once, as ``tei`` is imported)."""
    from_source = {_module_of(path) for path in stale_builds()}  # (a module compiled once, no longer)
    if built():
        library = None if os.environ.get("TEI_PURE") else _fresh_library(FOLDER)
        if library is not None:
            _load_library(library)
        else:
            if not os.environ.get("TEI_PURE"):
                print("tei: the compiled modules are not of their sources (an edit since scripts/compile.py ran): "
                      "running them as Python", file=sys.stderr)
                os.environ["TEI_PURE"] = "1"  # (a build's workers run as Python too, and say nothing more of it)
            from_source |= set(MODULES)
    if from_source:
        sys.meta_path.insert(0, _FromSource(from_source))
