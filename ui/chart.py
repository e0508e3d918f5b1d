"""The time-series chart: one line per place over the dates, a gap where a date has no value.

matplotlib is imported when a chart is first made, never when QGIS starts; where QGIS's
Python lacks it, ``SeriesChart()`` raises ImportError and ``MISSING_MATPLOTLIB`` says how
to add it. No pyplot: its global figures and backend switching do not belong in QGIS.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ..core.api.i18n import noop

# Ten colours told apart by most colour-blind readers too (matplotlib's "tab10").
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
HIT_PIXELS = 8  # how near (screen pixels) a click or the mouse must be to a point
PNG_DPI = 150
DATE_TICKS = 12  # up to this many dates, each has its own tick
MISSING_MATPLOTLIB = noop(
    "The chart needs matplotlib, which this QGIS's Python lacks. Windows: run the OSGeo4W "
    "installer (Advanced install) and add python3-matplotlib (the standalone QGIS installer "
    "includes it). Debian/Ubuntu: sudo apt install python3-matplotlib. Otherwise: pip install "
    "matplotlib into QGIS's Python. Then restart QGIS. Meanwhile the values are in the table "
    "and Export CSV saves them."
)


@dataclass(frozen=True)
class ChartLine:
    """One place's values by date; None is a gap (no value that date)."""

    label: str
    colour: str
    dates: tuple[dt.date, ...]
    values: tuple[float | None, ...]


def qt_canvas():
    """matplotlib's Figure and Qt canvas classes; ImportError where matplotlib is missing."""
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    except ImportError:  # matplotlib before 3.5
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    return Figure, FigureCanvasQTAgg


def _figure(figure_class):
    try:
        return figure_class(figsize=(5, 3), dpi=100, layout="constrained")
    except TypeError:  # matplotlib before 3.5
        return figure_class(figsize=(5, 3), dpi=100, constrained_layout=True)


class SeriesChart(QWidget):
    """Lines with a marker per value; hover shows a point's date and value, a click picks it."""

    # The date of the point clicked.
    dateClicked = pyqtSignal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        figure_class, canvas_class = qt_canvas()  # ImportError: the caller explains
        super().__init__(parent)
        self.setObjectName("timeseries_chart")
        self.figure = _figure(figure_class)
        self.canvas = canvas_class(self.figure)
        self.canvas.setObjectName("timeseries_canvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(240, 160)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.axes = self.figure.add_subplot(1, 1, 1)
        self.lines: list[ChartLine] = []
        self.artists: list = []  # the Line2D of each entry of ``lines``
        self.y_label = ""
        self._hover = None
        self._time_mark = None
        self._time_range: tuple[dt.datetime, dt.datetime] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.canvas.mpl_connect("button_press_event", self._pressed)
        self.canvas.mpl_connect("motion_notify_event", self._moved)
        self._draw()

    def set_lines(self, lines: Sequence[ChartLine], y_label: str) -> None:
        """Show ``lines`` (replacing what was shown) with ``y_label`` on the value axis."""
        self.lines = list(lines)
        self.y_label = y_label
        self._draw()

    def mark_time(self, begin: dt.datetime | None, end: dt.datetime | None = None) -> None:
        """Shade the map's current time range (None: no mark)."""
        self._time_range = (begin, end or begin) if begin is not None else None
        self._show_time_mark()
        self.canvas.draw_idle()

    def save_png(self, path: str) -> None:
        """Write the chart as shown to a PNG file."""
        self._hide_hover()
        self.figure.savefig(path, dpi=PNG_DPI, format="png")

    def point_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(line, point) of the value nearest display position ``x, y`` (matplotlib pixels)."""
        best, nearest = None, float(HIT_PIXELS)
        for number, artist in enumerate(self.artists):
            positions = self.axes.transData.transform(artist.get_xydata())
            for point, (px, py) in enumerate(positions):
                distance = math.hypot(px - x, py - y)
                if math.isfinite(distance) and distance <= nearest:
                    best, nearest = (number, point), distance
        return best

    # Drawing ---------------------------------------------------------------------------

    def _draw(self) -> None:
        from matplotlib import dates as mdates
        from matplotlib.ticker import FixedLocator

        axes = self.axes
        axes.clear()
        self.artists = []
        for line in self.lines:
            values = [math.nan if value is None else value for value in line.values]
            # NaN breaks the line and draws no marker: a date without a value is a gap.
            (artist,) = axes.plot(
                list(line.dates),
                values,
                color=line.colour,
                marker="o",
                markersize=4,
                linewidth=1.5,
                label=line.label,
            )
            self.artists.append(artist)
        axes.set_ylabel(self.y_label)
        axes.grid(True, alpha=0.3)
        if self.lines:
            days = sorted({day for line in self.lines for day in line.dates})
            if len(days) <= DATE_TICKS:
                # Few dates: a tick under each point names its date.
                locator = FixedLocator(mdates.date2num(days))
            else:
                locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
            axes.xaxis.set_major_locator(locator)
            axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
            axes.legend(loc="best", fontsize="small")
        self._hover = axes.annotate(
            "",
            xy=(0, 0),
            xytext=(10, 10),
            textcoords="offset points",
            fontsize="small",
            bbox={"boxstyle": "round", "fc": "white", "alpha": 0.9},
            visible=False,
        )
        self._time_mark = None
        self._show_time_mark()
        self.canvas.draw_idle()

    def _show_time_mark(self) -> None:
        if self._time_mark is not None:
            self._time_mark.remove()
            self._time_mark = None
        if self._time_range is None or not self.lines:
            return
        begin, end = self._time_range
        if end <= begin:
            self._time_mark = self.axes.axvline(begin, color="#555555", linewidth=1, alpha=0.6)
        else:
            self._time_mark = self.axes.axvspan(begin, end, color="#555555", alpha=0.15)

    # Mouse -----------------------------------------------------------------------------

    def _pressed(self, event) -> None:
        if event.button != 1 or event.inaxes is not self.axes:
            return
        found = self.point_at(event.x, event.y)
        if found is not None:
            line, point = found
            self.dateClicked.emit(self.lines[line].dates[point])

    def _moved(self, event) -> None:
        found = self.point_at(event.x, event.y) if event.inaxes is self.axes else None
        if found is None:
            if self._hide_hover():
                self.canvas.draw_idle()
            return
        line, point = found
        entry = self.lines[line]
        day, value = entry.dates[point], entry.values[point]
        self._hover.xy = (self.artists[line].get_xydata()[point][0], value)
        self._hover.set_text(f"{entry.label}\n{day.isoformat()}: {value:.4g}")
        self._hover.set_visible(True)
        self.canvas.draw_idle()

    def _hide_hover(self) -> bool:
        if self._hover is not None and self._hover.get_visible():
            self._hover.set_visible(False)
            return True
        return False
