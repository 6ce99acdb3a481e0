"""Compile the modules that parse and view a record (``tei.native.MODULES``) with mypyc, beside their sources.

    .venv/bin/python scripts/compile.py [--force]

Nothing is done where the build is of the sources already. Where it cannot compile (no C compiler, no mypyc),
it says why and the tool runs as Python, as it would have: the outputs are the same either way. The code is
compiled as annotated, not as mypy would have it typed (its type errors are not reported); the compiled code
checks the annotated types as it runs, and the test suite runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["TEI_PURE"] = "1"  # (this process imports tei.native only: nothing compiled is loaded)
from tei import native  # noqa: E402

_CONFIG = "[mypy]\nignore_errors = True\nignore_missing_imports = True\n"
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
config, modules = sys.argv[1], sys.argv[2:]
setup(name="tei-native", packages=[], py_modules=[],
      ext_modules=mypycify(["--config-file", config, *modules], opt_level="3", multi_file=True),
      script_args=["build_ext", "--inplace", "-j", "2", "--build-temp", "build/native"])
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile even where the build is of the sources")
    args = parser.parse_args()
    if not args.force and native.fresh():
        return 0
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("compile: mypyc is not installed (pip install -e '.[fast]'): the tool runs as Python", file=sys.stderr)
        return 0
    for old in [*ROOT.glob("*__mypyc.*"), *native.FOLDER.glob("*__mypyc.*"), *native.stale_builds()]:
        old.unlink()  # (the last build's library, and builds of modules no longer compiled, which would shadow them)
    native.MANIFEST.unlink(missing_ok=True)
    hashes = native.source_hashes()
    with tempfile.TemporaryDirectory() as work:
        config, setup = Path(work) / "mypy.ini", Path(work) / "setup.py"
        config.write_text(_CONFIG, encoding="utf-8")
        setup.write_text(_SETUP, encoding="utf-8")
        print(f"compile: {len(native.MODULES)} modules with mypyc (a few minutes) …", file=sys.stderr)
        done = subprocess.run([sys.executable, str(setup), str(config), *[f"tei/{m}.py" for m in native.MODULES]],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    libraries = list(ROOT.glob("*__mypyc.*"))
    if done.returncode != 0 or not native.complete() or len(libraries) != 1:
        for build in native.builds():  # no half build: all compiled, or none
            build.unlink()
        print("compile: mypyc failed, the tool runs as Python:\n" + done.stderr[-2000:], file=sys.stderr)
        return 0
    if native.source_hashes() != hashes:
        print("compile: a source changed while it compiled: run it again", file=sys.stderr)
        return 0
    library = libraries[0].rename(native.FOLDER / libraries[0].name)  # (beside the modules, loaded by tei.native)
    native.MANIFEST.write_text(json.dumps({"library": library.name, "sources": hashes}, indent=1, sort_keys=True)
                               + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
