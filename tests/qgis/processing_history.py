"""Processing's history, where each QGIS version keeps it.

QGIS up to 3.30 appends each run's Python command to ``processing.log`` through
``processing.core.ProcessingLog``; from 3.32 on, the Processing dialog stores a record per run
(Python command, algorithm id, parameters, qgis_process command) in the history provider
registry (``QgsGui.historyProviderRegistry()``, provider "processing", an SQLite file in the
profile). Tests write a run the way the dialog of the running QGIS does and read back all of it.
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingContext


def _legacy_log():
    try:
        from processing.core.ProcessingLog import ProcessingLog
    except ImportError:
        return None
    return ProcessingLog


def record(algorithm_id: str, parameters: dict) -> None:
    """Add a run of ``algorithm_id`` to the history as Processing's dialog would."""
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    context = QgsProcessingContext()
    command = algorithm.asPythonCommand(parameters, context)
    legacy = _legacy_log()
    if legacy is not None:
        legacy.addToLog(command)
        return
    from qgis.gui import QgsGui

    details = {
        "python_command": command,
        "algorithm_id": algorithm.id(),
        "parameters": algorithm.asMap(parameters, context),
    }
    process_command, ok = algorithm.asQgisProcessCommand(parameters, context)
    if ok:
        details["process_command"] = process_command
    QgsGui.historyProviderRegistry().addEntry("processing", details)


def text() -> str:
    """Everything the history holds, as text (the log file, or every stored record)."""
    legacy = _legacy_log()
    if legacy is not None:
        return Path(legacy.logFilename()).read_text(encoding="utf-8")
    from qgis.gui import QgsGui
    from qgis.PyQt.QtCore import QDateTime

    registry = QgsGui.historyProviderRegistry()
    entries = registry.queryEntries(QDateTime(), QDateTime(), "processing")
    shown = [json.dumps(entry.entry, default=str) for entry in entries]
    for database in Path(QgsApplication.qgisSettingsDirPath()).glob("*history*.db"):
        shown.append(database.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(shown)
