"""Translations: every text the user reads goes through tr() and has a German and a Danish
translation that keeps its {fields} and HTML tags.

CLEARSKY_I18N_SCOPE="ui/aoi.py ui/options.py" narrows the two checks of the shipped code to
some files or folders (default: everything QGIS loads).
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from scripts import i18n as tool

ROOT = Path(__file__).resolve().parents[2]
SCOPE = tool.scope_from_env()

# Each line marked "# bad" must be refused by the lint; the others must pass.
SAMPLE = textwrap.dedent(
    """
    from qgis.core import QgsProcessingException, QgsProcessingParameterNumber
    from qgis.PyQt.QtWidgets import QLabel, QMessageBox, QPushButton
    from core.api.i18n import noop, tr

    NO_AREA = "No area chosen yet."
    MARKED = noop("Marked for later")
    TITLE = tr("Too early")  # bad


    class Box(QgsCollapsibleGroupBox):
        def __init__(self, bar, feedback, name):
            super().__init__("Area of interest")  # bad
            self.button = QPushButton("Search")  # bad
            self.button.setToolTip(f"Search {name} for dates")  # bad
            self.label = QLabel(NO_AREA)  # bad
            self.label.setText(MARKED)  # bad
            self.label.setText(tr(MARKED))
            self.label.setText(tr("Dates of {name}").format(name=name))
            self.label.setText(self.tr("Dates"))  # bad
            self.label.setText("Area: " + name)  # bad
            self.label.setText("")
            self.label.setText("…")
            self.label.setText(f"{name}: {name}")
            self.label.setText(f"{name} km²")
            self.combo.addItem("Project CRS", "PROJECT")  # bad
            self.combo.addItem(tr("Project CRS"), "PROJECT")
            bar.pushMessage("ClearSKY Vision", "Downloaded", level=0)  # bad
            feedback.pushInfo("{count} dates".format(count=2))  # bad
            QMessageBox.question(self, "Place this order?", tr("Sure?"))  # bad
            LOG.warning("Not for the user: %s", name)
            self.runner.run("search dates", print, print, print)  # bad
            self.runner.ask("account", print, print, print)  # bad
            self.runner.ask(tr("account"), print, print, print)
            self.pick = push_button("Pick pixels", "pick", print)  # bad
            self.pick = push_button(tr("Pick pixels"), "pick", print)
            self.tree = flat_tree("dates", [tr("Date"), "Coverage"], 80)  # bad
            self.tree = flat_tree("dates", headers=["Date"], min_height=80)  # bad
            self.tree = flat_tree("dates", [tr("Date"), tr("Coverage")], 80)
            layer = selected_polygons(bar, tr("No polygons"), "Select in {layer}")  # bad
            layer = selected_polygons(bar, not_polygons="No polygons", none_selected=name)  # bad
            layer = selected_polygons(bar, tr("No polygons"), tr("Select in {layer}"))
            if not name:
                raise InputError(f"No area called {name}")  # bad
            raise QgsProcessingException(tr("Cancelled"))

        def displayName(self):
            return "Download dates"  # bad

        def parameters(self):
            p.add_dates(self, help_text="Comma-separated dates")  # bad
            p.described(QgsProcessingParameterNumber("N", tr("N")), "How many")  # bad
            p.add(self, QgsProcessingParameterNumber("N", tr("N")), "How many")  # bad
            p.add(self, QgsProcessingParameterNumber("N", tr("N")), tr("How many"))
            self.words.add(name)
            return QgsProcessingParameterNumber("MAX_UNITS", "Maximum units")  # bad

        def quiet(self):
            raise RuntimeError("unreachable")  # i18n: ignore
    """
)


def bad_lines(source: str) -> list[int]:
    return [n for n, line in enumerate(source.splitlines(), 1) if line.endswith("# bad")]


def test_every_text_in_the_code_has_a_finished_translation():
    report = tool.check(ROOT, SCOPE)
    assert report == [], "\n" + "\n".join(report)


def test_no_user_visible_text_skips_tr():
    offences = tool.lint(tool.shipped_files(ROOT, SCOPE), ROOT)
    assert offences == [], "\n" + "\n".join(offences)


def test_the_lint_refuses_every_untranslated_text_of_its_sample():
    offences = tool.lint_source(SAMPLE, "sample.py")
    lines = sorted({int(o.split(":")[1]) for o in offences})
    assert lines == bad_lines(SAMPLE), "\n".join(offences)
    assert all(o.startswith("sample.py:") for o in offences)


def test_the_extractor_reads_literals_of_tr_and_noop_only(tmp_path):
    code = tmp_path / "ui"
    code.mkdir()
    (code / "box.py").write_text(
        textwrap.dedent(
            """
            from ..core.api import i18n
            from ..core.api.i18n import noop, tr

            WORDS = noop("Marked")
            a = tr("Joined " "text {count}")
            b = i18n.tr("By attribute")
            c = tr(WORDS)
            d = tr(f"Built {a}")
            """
        )
    )
    found = tool.extract(tool.shipped_files(tmp_path, ["ui"]), tmp_path)
    assert list(found.texts) == ["Marked", "Joined text {count}", "By attribute"]
    assert found.texts["Marked"] == ["ui/box.py"]
    assert len(found.problems) == 1 and found.problems[0].startswith("ui/box.py:9: tr() of a built")


def test_update_keeps_translations_adds_new_texts_and_retires_gone_ones(tmp_path):
    (tmp_path / "core").mkdir()
    source = tmp_path / "core" / "words.py"
    source.write_text('tr("Kept {n}")\ntr("Dropped")\ntr("Untranslated")\n')
    tool.update(tmp_path)
    german = tool.ts_path("de", tmp_path)
    catalogue = tool.Catalogue.read(german)
    catalogue.messages["Kept {n}"].translation = "Behalten {n}"
    catalogue.messages["Kept {n}"].kind = ""
    catalogue.messages["Dropped"].translation = "Entfallen"
    catalogue.messages["Dropped"].kind = ""
    catalogue.write(german)

    source.write_text('tr("Kept {n}")\ntr("New <b>one</b> & more")\n')
    tool.update(tmp_path)
    messages = tool.Catalogue.read(german).messages
    assert (messages["Kept {n}"].translation, messages["Kept {n}"].kind) == ("Behalten {n}", "")
    assert (messages["Dropped"].translation, messages["Dropped"].kind) == ("Entfallen", "vanished")
    assert "Untranslated" not in messages  # nothing worth keeping
    assert messages["New <b>one</b> & more"].kind == "unfinished"
    assert messages["Kept {n}"].files == ["core/words.py"]

    source.write_text('tr("Kept {n}")\ntr("Dropped")\n')
    tool.update(tmp_path)
    assert tool.Catalogue.read(german).messages["Dropped"].kind == ""  # back, translated

    source.write_text('tr("Kept {n}")\n')
    assert tool.update(tmp_path, prune=True)["de"]["pruned"] == 1
    assert list(tool.Catalogue.read(german).messages) == ["Kept {n}"]


def test_check_names_missing_unfinished_and_unfaithful_translations(tmp_path):
    texts = {
        "Missing": ["ui/a.py"],
        "Unfinished": ["ui/a.py"],
        "{count} dates": ["ui/a.py"],
        '<a href="x">Link</a>': ["ui/a.py"],
        "Fine {name}": ["ui/a.py"],
    }
    catalogue = tool.Catalogue("de")
    for source, translation, kind in (
        ("Unfinished", "Unfertig", "unfinished"),
        ("{count} dates", "{anzahl} Daten", ""),
        ('<a href="x">Link</a>', "Verweis", ""),
        ("Fine {name}", "Gut {name}", ""),
    ):
        catalogue.messages[source] = tool.Message(source, translation, kind)
    report = tool.problems(texts, catalogue, "de.ts")
    assert len(report) == 4
    assert "'Missing' is missing" in report[0]
    assert "no finished translation" in report[1]
    assert "fields ['{anzahl}'] differ" in report[2]
    assert "HTML tags differ" in report[3]


def test_the_translation_files_compile(tmp_path):
    if tool.find_lrelease() is None:
        pytest.fail("Qt's lrelease is missing: `make translations` installs it")
    (tmp_path / "i18n").mkdir()
    for language in tool.LANGUAGES:
        shutil.copy(tool.ts_path(language), tool.ts_path(language, tmp_path))
    for qm in tool.build(tmp_path):
        assert qm.stat().st_size > 10_000, qm  # hundreds of texts, not an empty file
