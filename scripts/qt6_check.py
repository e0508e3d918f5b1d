"""Will the plugin's Qt code run on QGIS 4 (Qt6)? A static check run by `make lint`.

Every Qt class, enum and attribute the shipped code reaches through ``qgis.PyQt`` is looked up
in PyQt6 (installed from PyPI into a venv of its own, build/qt6-venv) with the spelling used:
``Qt.AlignLeft`` fails there, ``Qt.AlignmentFlag.AlignLeft`` passes. It also refuses what only
Qt5 has or what QGIS 4 no longer accepts:

- ``exec_()`` / ``print_()`` (gone in PyQt6), QRegExp, QDesktopWidget (looked up, not found);
- imports of PyQt5 (or PyQt6) directly instead of ``qgis.PyQt``, and star imports from it;
- ``pyqtSignal`` anywhere but in the body of a QObject subclass;
- unscoped enums of Qt *and* QGIS classes (``Qgis.Critical`` instead of
  ``Qgis.MessageLevel.Critical``): checked with the PyQGIS of this machine, where the enum a
  value belongs to can be asked for.

    python scripts/qt6_check.py                      # the files the plugin zip ships
    python scripts/qt6_check.py FILE...              # those files
    python scripts/qt6_check.py --qt6-python PYTHON  # PyQt6 is importable by PYTHON

Exit status 1 when anything is found, with one line per finding (file:line: what and why).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QT6_PYTHON = ROOT / "build" / "qt6-venv" / "bin" / "python"
QT_PACKAGE = "qgis.PyQt"
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")
# qgis.PyQt on Qt6 re-exports these from QtGui under QtWidgets (QGIS's own compatibility shim),
# so `from qgis.PyQt.QtWidgets import QAction` keeps working on QGIS 4.
QGIS_QT6_ALIASES = {
    ("QtWidgets", "QAction"): ("QtGui", "QAction"),
    ("QtWidgets", "QActionGroup"): ("QtGui", "QActionGroup"),
    ("QtWidgets", "QShortcut"): ("QtGui", "QShortcut"),
}
QT5_ONLY_ATTRIBUTES = {
    "exec_": "exec_() is gone in PyQt6: call exec()",
    "print_": "print_() is gone in PyQt6: call print()",
}
QT5_ONLY_NAMES = {
    "QRegExp": "QRegExp is gone in Qt6: use QRegularExpression",
    "QRegExpValidator": "QRegExpValidator is gone in Qt6: use QRegularExpressionValidator",
    "QDesktopWidget": "QDesktopWidget is gone in Qt6: use QScreen (QGuiApplication.screens())",
}


@dataclass
class Finding:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        try:
            shown = self.path.resolve().relative_to(ROOT)
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}: {self.message}"


@dataclass
class Use:
    """A dotted name rooted at a Qt or QGIS import: ('QtCore', 'Qt', 'AlignmentFlag', ...)."""

    path: Path
    line: int
    package: str  # "qt" (looked up in PyQt6 and here) or "qgis" (here only)
    module: str
    chain: tuple[str, ...]


@dataclass
class FileScan:
    path: Path
    findings: list[Finding] = field(default_factory=list)
    uses: list[Use] = field(default_factory=list)
    # local name -> (package, module, attribute chain) for names imported from Qt or QGIS
    names: dict[str, tuple[str, str, tuple[str, ...]]] = field(default_factory=dict)
    signal_classes: list[tuple[int, str, list[ast.expr]]] = field(default_factory=list)
    classes: dict[str, list[ast.expr]] = field(default_factory=dict)


def scan(path: Path) -> FileScan:
    """The Qt and QGIS names a file uses, and the Qt5-only constructs it contains."""
    result = FileScan(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            _imports(node, result)
        elif isinstance(node, ast.ClassDef):
            result.classes[node.name] = node.bases
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in QT5_ONLY_ATTRIBUTES:
            result.findings.append(Finding(path, node.lineno, QT5_ONLY_ATTRIBUTES[node.attr]))
        if isinstance(node, (ast.Attribute, ast.Name)) and not isinstance(
            parents.get(node), ast.Attribute
        ):
            _record_use(node, result)
        if isinstance(node, ast.Call) and _is_signal(node.func, result):
            _signal_placement(node, parents, result)
    return result


def _imports(node: ast.Import | ast.ImportFrom, result: FileScan) -> None:
    if isinstance(node, ast.Import):
        for alias in node.names:
            top = alias.name.split(".")[0]
            if top in ("PyQt5", "PyQt6", "sip"):
                result.findings.append(
                    Finding(result.path, node.lineno, f"import {alias.name}: use {QT_PACKAGE}")
                )
            elif alias.name.startswith(QT_PACKAGE + ".") and alias.asname:
                module = alias.name[len(QT_PACKAGE) + 1 :]
                result.names[alias.asname] = ("qt", module, ())
        return
    module = node.module or ""
    if node.level == 0 and module.split(".")[0] in ("PyQt5", "PyQt6"):
        result.findings.append(
            Finding(result.path, node.lineno, f"from {module} import ...: use {QT_PACKAGE}")
        )
        return
    for alias in node.names:
        local = alias.asname or alias.name
        if alias.name == "*" and (module.startswith(QT_PACKAGE) or module in QGIS_MODULES):
            result.findings.append(
                Finding(result.path, node.lineno, f"from {module} import *: name what you use")
            )
        elif module == QT_PACKAGE:
            result.names[local] = ("qt", alias.name, ())
        elif module.startswith(QT_PACKAGE + "."):
            qt_module = module[len(QT_PACKAGE) + 1 :]
            result.names[local] = ("qt", qt_module, (alias.name,))
            result.uses.append(Use(result.path, node.lineno, "qt", qt_module, (alias.name,)))
        elif node.level == 0 and module in QGIS_MODULES:
            result.names[local] = ("qgis", module, (alias.name,))


def _dotted(node: ast.expr) -> tuple[str, tuple[str, ...]] | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return node.id, tuple(reversed(parts))


def _record_use(node: ast.expr, result: FileScan) -> None:
    dotted = _dotted(node)
    if dotted is None or dotted[0] not in result.names:
        return
    root, rest = dotted
    package, module, prefix = result.names[root]
    chain = prefix + rest
    if chain:
        result.uses.append(Use(result.path, node.lineno, package, module, chain))


def _is_signal(func: ast.expr, result: FileScan) -> bool:
    dotted = _dotted(func)
    if dotted is None:
        return False
    root, rest = dotted
    known = result.names.get(root)
    if known is None:
        return False
    return (known[2] + rest)[-1:] == ("pyqtSignal",)


def _signal_placement(call: ast.Call, parents: dict[ast.AST, ast.AST], result: FileScan) -> None:
    statement = parents.get(call)
    holder = parents.get(statement) if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
    if not isinstance(holder, ast.ClassDef):
        result.findings.append(
            Finding(
                result.path,
                call.lineno,
                "pyqtSignal outside a class body: signals are class attributes of a QObject",
            )
        )
        return
    result.signal_classes.append((call.lineno, holder.name, holder.bases))


# --- looking names up ----------------------------------------------------------------------


def qt6_lookup(uses: list[tuple[str, tuple[str, ...]]]) -> list[str | None]:
    """In a Python with PyQt6: for each (module, chain), None if it resolves, else the error."""
    answers: list[str | None] = []
    for module, chain in uses:
        module, chain = _qt6_spelling(module, chain)
        try:
            obj = importlib.import_module(f"PyQt6.{module}")
        except ImportError as exc:
            answers.append(f"PyQt6 has no module {module} ({exc})")
            continue
        answer = None
        for depth, part in enumerate(chain):
            try:
                obj = getattr(obj, part)
            except AttributeError:
                where = ".".join((module, *chain[:depth])) or module
                answer = f"PyQt6 {where} has no attribute {part}"
                break
        answers.append(answer)
    return answers


def _qt6_spelling(module: str, chain: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    if chain and (module, chain[0]) in QGIS_QT6_ALIASES:
        module, first = QGIS_QT6_ALIASES[(module, chain[0])]
        chain = (first, *chain[1:])
    return module, chain


def run_qt6_lookup(python: Path, uses: list[Use]) -> list[str | None]:
    keys = [(use.module, use.chain) for use in uses]
    done = subprocess.run(
        [str(python), __file__, "--lookup"],
        input=json.dumps(keys),
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    if done.returncode != 0:
        raise SystemExit(f"qt6_check: the PyQt6 lookup failed:\n{done.stderr}")
    return json.loads(done.stdout)


def host_object(package: str, module: str, chain: tuple[str, ...]):
    """The object a use names in this machine's PyQGIS (Qt5), or None when unknown here."""
    base = f"{QT_PACKAGE}.{module}" if package == "qt" else module
    try:
        obj = importlib.import_module(base)
    except ImportError:
        return None
    for part in chain:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def unscoped_enum(use: Use) -> str | None:
    """``Qgis.Critical`` -> 'Qgis.MessageLevel.Critical'; None when the use is scoped."""
    if len(use.chain) < 2:
        return None
    value = host_object(use.package, use.module, use.chain)
    owner = host_object(use.package, use.module, use.chain[:-1])
    if value is None or owner is None or isinstance(value, type) or callable(value):
        return None
    kind = type(value)
    if kind in (int, str, float, bool, bytes) or "." not in kind.__qualname__:
        return None
    if owner is kind or (isinstance(owner, type) and issubclass(owner, kind)):
        return None
    enum_name = kind.__qualname__.rsplit(".", 1)[-1]
    if enum_name in use.chain[:-1]:
        return None
    return ".".join((*use.chain[:-1], enum_name, use.chain[-1]))


def is_qobject_class(scan_result: FileScan, base: ast.expr, depth: int = 0) -> bool | None:
    """Whether a class base is a QObject subclass; None when it cannot be told."""
    if depth > 10:
        return None
    dotted = _dotted(base)
    if dotted is None:
        return None
    root, rest = dotted
    if not rest and root in scan_result.classes:
        answers = [is_qobject_class(scan_result, b, depth + 1) for b in scan_result.classes[root]]
        if any(answers):
            return True
        return None if None in answers else False
    if root not in scan_result.names:
        return None
    package, module, prefix = scan_result.names[root]
    cls = host_object(package, module, prefix + rest)
    qobject = host_object("qt", "QtCore", ("QObject",))
    if not isinstance(cls, type) or qobject is None:
        return None
    return issubclass(cls, qobject)


def shipped_python_files() -> list[Path]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_zip import plugin_files

    return [p for p in plugin_files(ROOT) if p.suffix == ".py"]


def check(paths: list[Path], qt6_python: Path) -> list[Finding]:
    findings: list[Finding] = []
    scans = [scan(path) for path in paths]
    uses = [use for result in scans for use in result.uses]
    qt_uses = [use for use in uses if use.package == "qt"]
    seen: dict[tuple[str, tuple[str, ...]], str | None] = {}
    unique = list({(u.module, u.chain): u for u in qt_uses}.values())
    for use, answer in zip(unique, run_qt6_lookup(qt6_python, unique)):
        seen[(use.module, use.chain)] = answer
    for use in qt_uses:
        answer = seen[(use.module, use.chain)]
        if answer:
            hint = next((QT5_ONLY_NAMES[p] for p in use.chain if p in QT5_ONLY_NAMES), None)
            name = ".".join(use.chain)
            findings.append(Finding(use.path, use.line, f"{name}: {hint or answer}"))
    for use in uses:
        scoped = unscoped_enum(use)
        if scoped:
            findings.append(
                Finding(
                    use.path,
                    use.line,
                    f"{'.'.join(use.chain)} is an unscoped enum (QGIS 4 / PyQt6 need the enum's "
                    f"name): write {scoped}",
                )
            )
    for result in scans:
        findings += result.findings
        for line, name, bases in result.signal_classes:
            answers = [is_qobject_class(result, base) for base in bases]
            if not any(answers) and None not in answers:
                findings.append(
                    Finding(result.path, line, f"pyqtSignal in {name}, which is not a QObject")
                )
    unique_findings = {(f.path, f.line, f.message): f for f in findings}
    return sorted(unique_findings.values(), key=lambda f: (str(f.path), f.line, f.message))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--qt6-python", type=Path, default=DEFAULT_QT6_PYTHON)
    parser.add_argument("--lookup", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.lookup:  # the half that runs in the PyQt6 venv
        importlib.import_module("PyQt6.QtCore")  # no PyQt6 here: fail loudly, not per name
        keys = [(module, tuple(chain)) for module, chain in json.load(sys.stdin)]
        json.dump(qt6_lookup(keys), sys.stdout)
        return 0
    if not args.qt6_python.exists():
        print(f"qt6_check: no PyQt6 at {args.qt6_python}: run `make lint` (it installs it)")
        return 2
    paths = args.paths or shipped_python_files()
    findings = check(paths, args.qt6_python)
    for finding in findings:
        print(finding)
    print(
        f"qt6_check: {len(paths)} files, {len(findings)} problem(s) for Qt6 / QGIS 4",
        file=sys.stderr,
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
