"""Translation files of the plugin: extract, check, build, and lint for texts left untranslated.

    python scripts/i18n.py update        i18n/*.ts from the tr()/noop() literals of the shipped code
    python scripts/i18n.py update --prune  … and drop the texts gone from the code (never shipped)
    python scripts/i18n.py check [PATH…] (or --check) exit 1 when a text lacks a translation
    python scripts/i18n.py build         i18n/*.qm with Qt's lrelease (Debian: qttools5-dev-tools)
    python scripts/i18n.py lint [PATH…]  user-visible literals that do not go through tr()
    python scripts/i18n.py lrelease      print the lrelease found (exit 1 when there is none)

The extractor reads the code with ``ast`` (pylupdate5 does not exist for Qt6 and misses
``noop``): every call of a function or method named ``tr`` or ``noop`` whose first argument
is a string literal. All texts share one context (core/api/i18n.py). Locations hold file
names only, so that moving a line does not rewrite the translation files.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("core", "ui", "processing_provider", "plugin.py", "__init__.py")
CONTEXT = "ClearSkyVision"
PACKAGE = "clearsky_vision"
LANGUAGES = ("de", "da")
MARKERS = {"tr", "noop"}
# Finished translations have no type; "vanished" keeps the translation of a text that left
# the code (lrelease skips it) so that it comes back if the text does.
UNFINISHED, VANISHED, OBSOLETE = "unfinished", "vanished", "obsolete"


def ts_path(language: str, root: Path = ROOT) -> Path:
    return root / "i18n" / f"{PACKAGE}_{language}.ts"


def shipped_files(root: Path = ROOT, scope: Iterable[str] = SHIPPED) -> list[Path]:
    """The Python files under ``scope`` (folders or files, relative to ``root``)."""
    files: list[Path] = []
    for name in scope:
        path = root / name
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.suffix == ".py" and path.is_file():
            files.append(path)
    return files


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


# Extraction -------------------------------------------------------------------------------


def call_name(node: ast.AST) -> str:
    """``tr`` for ``tr(…)``, ``i18n.tr(…)`` and ``self.tr(…)``; "" when not a plain call."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def is_text(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


@dataclass
class Found:
    """The translatable texts of some files, and the marker calls that cannot be extracted."""

    texts: dict[str, list[str]] = field(default_factory=dict)  # text -> files, in order
    problems: list[str] = field(default_factory=list)  # "file:line: what"


def extract(files: Iterable[Path], root: Path = ROOT) -> Found:
    """Every ``tr("…")``/``noop("…")`` literal of ``files``, in the order met."""
    found = Found()
    for path in files:
        name = _relative(path, root)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        calls.sort(key=lambda n: (n.lineno, n.col_offset))
        for call in calls:
            if call_name(call) not in MARKERS or not call.args:
                continue
            text = call.args[0]
            if is_text(text):
                places = found.texts.setdefault(text.value, [])
                if name not in places:
                    places.append(name)
            elif call_name(text) in MARKERS:
                found.problems.append(f"{name}:{call.lineno}: {call_name(call)}() applied twice")
            elif _holds_literal(text):
                found.problems.append(
                    f"{name}:{call.lineno}: {call_name(call)}() of a built text: pass the literal "
                    "and .format() the result with named fields"
                )
    return found


def _holds_literal(node: ast.AST) -> bool:
    """An f-string, a concatenation or a formatted literal: built before translation."""
    return any(isinstance(n, ast.JoinedStr) or is_text(n) for n in ast.walk(node))


# Translation files ------------------------------------------------------------------------


@dataclass
class Message:
    source: str
    translation: str = ""
    kind: str = UNFINISHED  # "" when finished
    files: list[str] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translation.strip())


@dataclass
class Catalogue:
    language: str
    messages: dict[str, Message] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path, language: str = "") -> Catalogue:
        if not path.exists():
            return cls(language)
        tree = ET.parse(path)
        catalogue = cls(tree.getroot().get("language", language) or language)
        for context in tree.getroot().iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for element in context.iter("message"):
                source = element.findtext("source") or ""
                translation = element.find("translation")
                catalogue.messages[source] = Message(
                    source=source,
                    translation=(translation.text or "") if translation is not None else "",
                    kind=translation.get("type", "") if translation is not None else UNFINISHED,
                    files=[
                        loc.get("filename", "").removeprefix("../")
                        for loc in element.iter("location")
                    ],
                )
        return catalogue

    def update(self, texts: dict[str, list[str]], prune: bool = False) -> dict[str, int]:
        """Follow the code: new texts unfinished, gone ones vanished (dropped if untranslated,
        or with ``prune``: for texts no release shipped, whose translation nobody needs)."""
        counts = {"new": 0, "vanished": 0, "back": 0, "pruned": 0}
        messages: dict[str, Message] = {}
        for source, files in texts.items():
            message = self.messages.get(source)
            if message is None:
                message = Message(source)
                counts["new"] += 1
            elif message.kind in (VANISHED, OBSOLETE):
                message.kind = "" if message.translation.strip() else UNFINISHED
                counts["back"] += 1
            message.files = list(files)
            messages[source] = message
        for source, message in self.messages.items():
            if source in messages or not message.translation.strip():
                continue
            if prune:
                counts["pruned"] += 1
                continue
            if message.kind not in (VANISHED, OBSOLETE):
                counts["vanished"] += 1
            message.kind = VANISHED
            message.files = []
            messages[source] = message
        self.messages = messages
        return counts

    def to_xml(self) -> str:
        lines = [
            '<?xml version="1.0" encoding="utf-8"?>',
            "<!DOCTYPE TS>",
            f'<TS version="2.1" language="{self.language}" sourcelanguage="en">',
            "<context>",
            f"    <name>{CONTEXT}</name>",
        ]
        for message in self.messages.values():
            lines.append("    <message>")
            lines += [
                f"        <location filename={quoteattr('../' + name)}/>" for name in message.files
            ]
            lines.append(f"        <source>{escape(message.source)}</source>")
            kind = f' type="{message.kind}"' if message.kind else ""
            lines.append(f"        <translation{kind}>{escape(message.translation)}</translation>")
            lines.append("    </message>")
        lines += ["</context>", "</TS>", ""]
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.to_xml(), encoding="utf-8", newline="\n")


def fields(text: str) -> list[str]:
    """The ``{name:spec}`` fields of a text, sorted (a text that is not a format: none)."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return []
    return sorted(
        f"{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
        for _literal, name, spec, conversion in parsed
        if name is not None
    )


HTML_TAG = r"</?(?:a|b|i|u|br|p|em|strong|span|div|ul|ol|li|code|tt|big|small)\b[^>]*>"


def tags(text: str) -> list[str]:
    """The HTML tags of a text, sorted (a translation keeps links and line breaks)."""
    return sorted(re.findall(HTML_TAG, text))


def problems(texts: dict[str, list[str]], catalogue: Catalogue, path: str) -> list[str]:
    """What keeps ``catalogue`` from translating every text of the code faithfully."""
    found = []
    for source, files in texts.items():
        where = f"{path}: {files[0] if files else '?'}: {source!r}"
        message = catalogue.messages.get(source)
        if message is None:
            found.append(f"{where} is missing (run: python scripts/i18n.py update)")
        elif not message.finished:
            found.append(f"{where} has no finished translation")
        elif fields(message.translation) != fields(source):
            found.append(f"{where}: the translation's fields {fields(message.translation)} differ")
        elif tags(message.translation) != tags(source):
            found.append(f"{where}: the translation's HTML tags differ")
    return found


def check(root: Path = ROOT, scope: Iterable[str] = SHIPPED) -> list[str]:
    """Every problem of every language for the texts in ``scope``; empty when all is well."""
    found = extract(shipped_files(root, scope), root)
    report = list(found.problems)
    for language in LANGUAGES:
        path = ts_path(language, root)
        report += problems(found.texts, Catalogue.read(path, language), _relative(path, root))
    return report


def update(root: Path = ROOT, prune: bool = False) -> dict[str, dict[str, int]]:
    """Rewrite every language's .ts file from the shipped code (see Catalogue.update)."""
    found = extract(shipped_files(root), root)
    for problem in found.problems:
        print(problem, file=sys.stderr)
    counts = {}
    for language in LANGUAGES:
        path = ts_path(language, root)
        catalogue = Catalogue.read(path, language)
        catalogue.language = language
        counts[language] = catalogue.update(found.texts, prune)
        catalogue.write(path)
    return counts


# Building .qm files -------------------------------------------------------------------------


def find_lrelease() -> str | None:
    """Qt 5's lrelease: on PATH, in Debian's and qtchooser's Qt folders, or QT_LRELEASE."""
    explicit = os.environ.get("QT_LRELEASE")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in ("lrelease", "lrelease-qt5", "lrelease-qt6"):
        found = shutil.which(name)
        if found:
            return found
    candidates = [
        "/usr/lib/qt5/bin/lrelease",
        "/usr/lib/x86_64-linux-gnu/qt5/bin/lrelease",
        "/usr/lib/aarch64-linux-gnu/qt5/bin/lrelease",
        "/usr/lib/qt6/bin/lrelease",
    ]
    chooser = shutil.which("qtchooser")
    if chooser:
        done = subprocess.run([chooser, "-print-env"], capture_output=True, text=True)
        for line in done.stdout.splitlines():
            if line.startswith("QTTOOLDIR="):
                candidates.insert(0, str(Path(line.split("=", 1)[1].strip('"')) / "lrelease"))
    return next((c for c in candidates if Path(c).is_file()), None)


def build(root: Path = ROOT) -> list[Path]:
    """Compile every language's .ts file into the .qm file QGIS loads."""
    lrelease = find_lrelease()
    if lrelease is None:
        raise SystemExit(
            "Qt's lrelease is missing: `make translations` installs it "
            "(Debian package qttools5-dev-tools)"
        )
    built = []
    for language in LANGUAGES:
        source = ts_path(language, root)
        target = source.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


# Lint: user-visible literals that skip tr() ---------------------------------------------------

# Calls whose string arguments the user reads. None: every positional argument; a tuple: those
# positions. Keyword arguments named in TEXT_KEYWORDS count everywhere.
SINKS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        (
            "setText",
            "setToolTip",
            "setPlaceholderText",
            "setWindowTitle",
            "setTitle",
            "setStatusTip",
            "setWhatsThis",
            "setItemText",
            "setHelp",
            "showMessage",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "setHeaderLabels",
            "setHeaderLabel",
            "pushMessage",
            "pushInfo",
            "pushWarning",
            "pushCritical",
            "pushSuccess",
            "pushCommandInfo",
            "pushConsoleInfo",
            "reportError",
            "setProgressText",
            "addAction",
            "setDialogTitle",
            "setFilter",
            "addRow",
            "addTab",
            "setTabText",
            "setSuffix",
            "setPrefix",
            "setSpecialValueText",
            "setLabelText",
            "setButtonText",
            "setFormat",
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QToolButton",
            "QAction",
            "QMenu",
            "QMessageBox",
            "QgsProcessingException",
            "QgsCollapsibleGroupBox",
            "QgsMessageBarItem",
            "FunctionTask",
            "fromFunction",
        )
    ),
    # addItem(text, data) / addItem(icon, text, data): the last of two or more is data.
    "addItem": (-1,),
    "insertItem": (-1,),
    # The plugin's own helpers that put a text in a label (ui/messages.py and the boxes).
    "text_label": (1,),
    "show": (1,),
    "tell": (1,),
    "say": (0,),
    "_say": (0,),
    "say_error": (0,),
    "_note": (0,),
    "set_status": (1,),
    "set_readiness": (1, 2),
    "set_cost": (1, 2),
    "push_button": (0,),  # push_button(text, name, slot)
    "flat_tree": (1,),  # flat_tree(name, headers, min_height, …)
    # ui/aoi.py: selected_polygons(iface, not_polygons, none_selected) raises one of them.
    "selected_polygons": (1, 2),
    # processing_provider/parameters.py: the help texts of parameters.
    "add": (2,),  # p.add(algorithm, definition, help_text)
    "described": (1,),
    "add_dates": (2,),
    "add_date_range": (1, 2),
    "add_output_folder": (1,),
    "add_model": (1,),
}
# Keyword arguments that carry a sink's texts, beyond TEXT_KEYWORDS and HELP_KEYWORDS.
SINK_KEYWORDS: dict[str, set[str]] = {
    "flat_tree": {"headers"},
    "selected_polygons": {"not_polygons", "none_selected"},
}
# TaskRunner.run/ask(description, …): QGIS's task manager shows the description.
TASK_METHODS = {"run", "ask"}
# QMessageBox's static dialogs; a logger's warning() is no sink.
DIALOGS = {"question", "warning", "information", "critical", "about"}
TEXT_KEYWORDS = {"text", "title", "message", "description", "label", "toolTip", "tooltip"}
HELP_KEYWORDS = {"help_text", "start_help", "end_help"}  # a text whatever the call
# Processing algorithms and providers: the strings these methods return are shown.
SHOWN_RETURNS = {"displayName", "group", "shortHelpString", "shortDescription", "helpString"}
# Words a literal may hold without translation: the product, units, codes.
ALLOWED_WORDS = {"ClearSKY", "Vision", "m", "km", "km²", "PU", "EPSG", "GeoTIFF", "NDVI"}
IGNORE = "i18n: ignore"  # a line comment for a text no user ever reads


def shown_words(text: str) -> list[str]:
    """The words of ``text`` that a translator would translate (markup and units left out)."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"&\w+;", " ", text)
    return [w for w in re.findall(r"[^\W\d_]+[²³]?", text) if w not in ALLOWED_WORDS]


class Linter(ast.NodeVisitor):
    """Collects ``file:line: text`` for every user-visible literal that skips tr()."""

    def __init__(self, name: str, source: str) -> None:
        self.name = name
        self.lines = source.splitlines()
        self.constants: dict[str, ast.AST] = {}
        self.offences: list[str] = []
        self.depth = 0  # inside a function: tr() runs when called, not at import
        self.classes: list[ast.ClassDef] = []

    # What a node shows ------------------------------------------------------------------

    def untranslated(self, node: ast.AST | None) -> str:
        """The literal text ``node`` shows without tr(), or ""."""
        if node is None:
            return ""
        if is_text(node):
            return node.value if shown_words(node.value) else ""
        if isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values if is_text(v))
            shown = "".join(v.value if is_text(v) else "{…}" for v in node.values)
            return f"f{shown!r}" if shown_words(literal) else ""
        if isinstance(node, ast.BinOp):
            return self.untranslated(node.left) or self.untranslated(node.right)
        if isinstance(node, ast.IfExp):
            return self.untranslated(node.body) or self.untranslated(node.orelse)
        if isinstance(node, (ast.List, ast.Tuple)):
            return next((t for t in map(self.untranslated, node.elts) if t), "")
        if isinstance(node, ast.Call):
            name = call_name(node)
            if name == "noop":
                return f"noop({self.untranslated(node.args[0]) if node.args else ''})"
            if name == "format" and isinstance(node.func, ast.Attribute):
                return self.untranslated(node.func.value)
            return ""
        if isinstance(node, ast.Name) and node.id in self.constants:
            shown = self.untranslated(self.constants[node.id])
            return f"{node.id} = {shown}" if shown else ""
        return ""

    def report(self, node: ast.AST, text: str, why: str) -> None:
        line = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ""
        if IGNORE in line:
            return
        self.offences.append(f"{self.name}:{node.lineno}: {why}: {text[:70]}")

    # Visitors ---------------------------------------------------------------------------

    def visit_Module(self, node: ast.Module) -> None:
        for statement in node.body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
                if isinstance(target, ast.Name):
                    self.constants[target.id] = statement.value
            elif (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and statement.value is not None
            ):
                self.constants[statement.target.id] = statement.value
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.depth += 1
        if node.name in SHOWN_RETURNS:
            for child in ast.walk(node):
                if isinstance(child, ast.Return):
                    text = self.untranslated(child.value)
                    if text:
                        self.report(child, text, f"{node.name}() returns an untranslated text")
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Raise(self, node: ast.Raise) -> None:
        if isinstance(node.exc, ast.Call) and call_name(node.exc).endswith(
            ("Error", "Exception", "Warning")
        ):
            self._check_args(node.exc, None, "raised with an untranslated message")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = call_name(node)
        for keyword in node.keywords:
            text = self.untranslated(keyword.value) if keyword.arg in HELP_KEYWORDS else ""
            if text:
                self.report(node, text, f"{keyword.arg}= is an untranslated text")
        if name == "tr":
            self._check_tr(node)
        elif name in SINKS:
            self._check_args(
                node, SINKS[name], f"{name}() shows an untranslated text", SINK_KEYWORDS.get(name)
            )
        elif name in DIALOGS and _receiver(node) == "QMessageBox":
            self._check_args(node, None, f"QMessageBox.{name}() shows an untranslated text")
        elif name in TASK_METHODS and _is_runner(_receiver(node)):  # the task manager shows it
            self._check_args(node, (0,), "a task described with an untranslated text")
        elif name.startswith(("QgsProcessingParameter", "QgsProcessingOutput")):
            self._check_processing(node, name)
        elif name == "__init__" and self._in_qt_class() and _is_super(node):
            self._check_args(node, None, "a widget or task named with an untranslated text")
        self.generic_visit(node)

    def _check_tr(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Attribute) and not (
            isinstance(node.func.value, ast.Name) and node.func.value.id == "i18n"
        ):
            self.report(node, "tr", "self.tr()/Qt's tr() translates in the class's context: use "
                        "core.api.i18n.tr")  # fmt: skip
        if self.depth == 0:
            self.report(node, "tr", "tr() at import time runs before the translator is "
                        "installed: mark with noop() and tr() where shown")  # fmt: skip

    def _check_processing(self, node: ast.Call, name: str) -> None:
        why = f"{name}() described with an untranslated text"
        description = node.args[1] if len(node.args) > 1 else _keyword(node, "description")
        text = self.untranslated(description)
        if text:
            self.report(node, text, why)
        if name == "QgsProcessingParameterEnum":
            options = node.args[2] if len(node.args) > 2 else _keyword(node, "options")
            text = self.untranslated(options)
            if text:
                self.report(node, text, f"{name}() offers untranslated options")

    def _check_args(
        self,
        node: ast.Call,
        positions: tuple[int, ...] | None,
        why: str,
        keywords: set[str] | None = None,
    ) -> None:
        args = list(node.args)
        if positions == (-1,):  # all but the data argument that ends a call of two or more
            chosen = args[:-1] if len(args) > 1 else args
        elif positions is None:
            chosen = args
        else:
            chosen = [args[i] for i in positions if i < len(args)]
        named = TEXT_KEYWORDS | (keywords or set())
        chosen += [k.value for k in node.keywords if k.arg in named]
        for arg in chosen:
            text = self.untranslated(arg)
            if text:
                self.report(node, text, why)
                return

    def _in_qt_class(self) -> bool:
        if not self.classes:
            return False
        bases = [call_name(b) for b in self.classes[-1].bases]
        return any(b.startswith("Q") or b.endswith("Task") for b in bases)


def _receiver(node: ast.Call) -> str:
    """``runner`` for ``self.runner.run(…)``: the name of what a method is called on."""
    return call_name(node.func.value) if isinstance(node.func, ast.Attribute) else ""


def _is_runner(receiver: str) -> bool:
    """``runner``, ``self.order_runner``, ``TaskRunner``, ``runner.with_client(f)``."""
    return receiver.lower().endswith("runner") or receiver == "with_client"


def _is_super(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and call_name(func.value) == "super"
    )


def _keyword(node: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in node.keywords if k.arg == name), None)


def lint_source(source: str, name: str) -> list[str]:
    """``name:line: why: text`` for each user-visible literal of ``source`` that skips tr()."""
    linter = Linter(name, source)
    linter.visit(ast.parse(source, name))
    return linter.offences


def lint(files: Iterable[Path], root: Path = ROOT) -> list[str]:
    """The offences of every file in ``files`` (see lint_source)."""
    offences = []
    for path in files:
        offences += lint_source(path.read_text(encoding="utf-8"), _relative(path, root))
    return offences


def scope_from_env(default: Iterable[str] = SHIPPED) -> tuple[str, ...]:
    """CLEARSKY_I18N_SCOPE narrows the checks to some files or folders (space separated)."""
    chosen = os.environ.get("CLEARSKY_I18N_SCOPE", "").split()
    return tuple(chosen) if chosen else tuple(default)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "command", nargs="?", default="update",
        choices=("update", "check", "build", "lint", "lrelease"),
    )  # fmt: skip
    parser.add_argument("paths", nargs="*", help="lint/check: files or folders (default: shipped)")
    parser.add_argument("--check", action="store_true", help="same as the check command")
    parser.add_argument(
        "--prune", action="store_true",
        help="update: drop the translations of gone texts instead of keeping them vanished",
    )  # fmt: skip
    args = parser.parse_args(argv)
    command = "check" if args.check else args.command
    scope = tuple(args.paths) or scope_from_env()
    if command == "update":
        for language, counts in update(prune=args.prune).items():
            print(f"{ts_path(language).relative_to(ROOT)}: " + ", ".join(
                f"{n} {what}" for what, n in counts.items()))  # fmt: skip
        return 0
    if command == "build":
        for path in build():
            print(path.relative_to(ROOT))
        return 0
    if command == "lrelease":
        found = find_lrelease()
        print(found or "lrelease not found")
        return 0 if found else 1
    report = check(ROOT, scope) if command == "check" else lint(shipped_files(ROOT, scope))
    for line in report:
        print(line)
    if report:
        print(f"{len(report)} problem(s)", file=sys.stderr)
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
