"""The dates section: a date range, Search, and the dates found with coverage, cost and progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..core.api.errors import ClearSkyError, InputError
from ..core.api.i18n import noop, tr
from ..core.api.models import Coverage, ImageDate, Readiness, check_date_range
from .messages import ERROR_STYLE, INFO_STYLE, WARNING_STYLE, flat_tree, show, text_label, user_text

DATE, COVERAGE, READY, COST, STATUS = range(5)
HEADERS = (noop("Date"), noop("Coverage"), noop("Ready"), "PU", noop("Status"))
ORDER_LINK = noop('<a href="order">Order this area</a>')
READY_COLOUR = QColor("#2e7d32")
DEFAULT_DAYS = 30
PARTIAL_COLOUR = QColor("#b35900")
FAILED_COLOUR = QColor("#c62828")


READINESS_TEXT = {
    Readiness.READY: noop("ready"),
    Readiness.PARTIAL: noop("partial"),
    Readiness.NOT_ORDERED: noop("not ordered"),
    Readiness.EXPIRED: noop("storage expired"),
    Readiness.RESTRICTED: noop("no access"),
    Readiness.NOT_PRODUCED: noop("not produced yet"),
    Readiness.OUTSIDE_DATA_AREA: noop("outside data area"),
    Readiness.UNKNOWN: "?",
}
FREE = noop("free")
FREE_TIP = noop(
    "Already downloaded with these options into the download folder: no processing units."
)
INCLUDED = noop("0 (included)")
INCLUDED_TIP = noop("The download included in your order: no processing units.")


def coverage_text(image_date: ImageDate) -> str:
    if image_date.coverage is Coverage.FULL:
        return tr("full")
    return tr("partial: {missing} of {total} zones lack it").format(
        missing=image_date.zones_missing, total=image_date.zones_total
    )


class DatesBox(QgsCollapsibleGroupBox):
    """Search a date range; tick the dates to estimate and download."""

    searching_started = pyqtSignal()  # the listed dates are gone
    found = pyqtSignal()  # the search answered: new dates are listed
    checked_changed = pyqtSignal()
    # The user followed the "Order this area" link of an area without orders.
    order_requested = pyqtSignal()

    def __init__(self, runner=None, client_factory=None, area=None, parent=None) -> None:
        super().__init__(tr("Dates"), parent)
        self.setObjectName("dates_box")
        self.runner = runner.with_client(client_factory) if runner is not None else None
        self.area = area  # () -> the Aoi or None
        self._generation = 0  # an answer for an area or range left behind is dropped
        self.image_dates: dict[dt.date, ImageDate] = {}
        self.items: dict[dt.date, QTreeWidgetItem] = {}
        self.searched: tuple[dt.date, dt.date] | None = None

        today = QDate.currentDate()
        self.start = self._date_edit("date_from", today.addDays(-DEFAULT_DAYS))
        self.end = self._date_edit("date_to", today)
        self.search_button = QPushButton(tr("Search"))
        self.search_button.setObjectName("search")
        self.search_button.setToolTip(tr("List the dates with imagery over the area (free)"))
        self.search_button.clicked.connect(lambda _checked=False: self.search())
        self.status = text_label("dates_status", tr("Choose an area, then search for dates."))
        self.status.linkActivated.connect(lambda _link: self.order_requested.emit())

        self.tree = flat_tree(
            "date_list",
            [tr(h) for h in HEADERS],
            160,
            fitted=(DATE, COVERAGE, READY, COST),
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemChanged.connect(self._item_changed)

        self.all_button = QPushButton(tr("All"))
        self.all_button.setObjectName("select_all")
        self.all_button.clicked.connect(lambda _checked=False: self.set_all_checked(True))
        self.none_button = QPushButton(tr("None"))
        self.none_button.setObjectName("select_none")
        self.none_button.clicked.connect(lambda _checked=False: self.set_all_checked(False))
        self.count_label = QLabel()
        self.count_label.setObjectName("dates_checked")

        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(tr("From")))
        range_row.addWidget(self.start, 1)
        range_row.addWidget(QLabel(tr("to")))
        range_row.addWidget(self.end, 1)
        pick_row = QHBoxLayout()
        pick_row.addWidget(QLabel(tr("Tick")))
        pick_row.addWidget(self.all_button)
        pick_row.addWidget(self.none_button)
        pick_row.addStretch(1)
        pick_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(range_row)
        layout.addWidget(self.search_button)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addLayout(pick_row)
        self._update_count()

    @staticmethod
    def _date_edit(name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(QDate.currentDate())
        return edit

    # Range ---------------------------------------------------------------------------

    def date_range(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPyDate(), self.end.date().toPyDate()

    def set_date_range(self, first: dt.date, last: dt.date) -> None:
        self.start.setDate(QDate(first))
        self.end.setDate(QDate(last))

    # Rows ----------------------------------------------------------------------------

    def set_dates(self, image_dates: Iterable[ImageDate], searched: tuple[dt.date, dt.date]):
        """List the dates found (one row per date, newest last), none ticked."""
        self.clear()
        self.searched = searched
        self.tree.blockSignals(True)
        for image_date in image_dates:
            if image_date.date in self.items:
                continue  # one row per day; a second model's copy of the day adds nothing
            item = QTreeWidgetItem(
                [image_date.date.isoformat(), coverage_text(image_date), "", "", ""]
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(DATE, Qt.CheckState.Unchecked)
            if image_date.coverage is Coverage.PARTIAL:
                item.setForeground(COVERAGE, QBrush(PARTIAL_COLOUR))
                item.setToolTip(
                    COVERAGE,
                    tr(
                        "Some zones under the area have no image for this day: their pixels "
                        "will be nodata."
                    ),
                )
            self.tree.addTopLevelItem(item)
            self.items[image_date.date] = item
            self.image_dates[image_date.date] = image_date
        self.tree.blockSignals(False)
        self._update_count()
        self.say_found()
        self.checked_changed.emit()

    def clear(self) -> None:
        self.tree.clear()
        self.items.clear()
        self.image_dates.clear()
        self.searched = None
        self._update_count()

    def dates(self) -> list[dt.date]:
        return sorted(self.items)

    def checked_dates(self) -> list[dt.date]:
        return sorted(
            d for d, item in self.items.items() if item.checkState(DATE) == Qt.CheckState.Checked
        )

    def checked_partial_dates(self) -> list[dt.date]:
        """Ticked dates that some zones under the area lack."""
        found = self.image_dates
        return [d for d in self.checked_dates() if found[d].coverage is Coverage.PARTIAL]

    def set_checked(self, dates: Iterable[dt.date], checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.tree.blockSignals(True)
        for date in dates:
            if date in self.items:
                self.items[date].setCheckState(DATE, state)
        self.tree.blockSignals(False)
        self._item_changed()

    def set_all_checked(self, checked: bool) -> None:
        self.set_checked(self.items, checked)

    def set_readiness(self, date: dt.date, text: str, reason: str, ok: bool) -> None:
        """Whether ``date`` can be downloaded now (green) or why not (orange, reason as tip)."""
        if date in self.items:
            item = self.items[date]
            item.setText(READY, text)
            item.setToolTip(READY, reason)
            item.setForeground(READY, QBrush(READY_COLOUR if ok else PARTIAL_COLOUR))

    def show_checks(self, plan) -> None:
        """Each date's readiness and its cost in processing units (a PurchasePlan)."""
        not_ordered = 0
        for request in plan.requests:
            date = request.date
            if date in plan.reused:
                self.set_readiness(date, tr("on disk"), tr(FREE_TIP), True)
                self.set_cost(date, tr(FREE), tr(FREE_TIP))
                continue
            flags = plan.availability.get(date)
            readiness = flags.readiness if flags is not None else Readiness.UNKNOWN
            reason = flags.reason if flags is not None else ""
            not_ordered += readiness is Readiness.NOT_ORDERED
            ok = readiness is Readiness.READY
            self.set_readiness(date, tr(READINESS_TEXT[readiness]), reason, ok)
            units = plan.units_of(date)
            if units is None:
                self.set_cost(date, "–", reason)
            elif units == 0:
                self.set_cost(date, tr(INCLUDED), tr(INCLUDED_TIP))
            else:
                self.set_cost(date, f"{units:,.2f}", tr("Processing units this date costs"))
        if not_ordered:
            text = tr("{count} date(s) are outside your orders and cannot be downloaded.").format(
                count=not_ordered
            )
            self.say(f"{text} {tr(ORDER_LINK)}", WARNING_STYLE)

    def set_cost(self, date: dt.date, text: str, tooltip: str = "") -> None:
        if date in self.items:
            self.items[date].setText(COST, text)
            self.items[date].setToolTip(COST, tooltip)

    def set_status(self, date: dt.date, text: str, failed: bool = False) -> None:
        """Replace a date's progress bar with ``text`` (red when it failed)."""
        item = self.items.get(date)
        if item is None:
            return
        self.tree.removeItemWidget(item, STATUS)
        item.setText(STATUS, text)
        item.setToolTip(STATUS, text)
        item.setForeground(STATUS, QBrush(FAILED_COLOUR) if failed else QBrush())

    def set_progress(self, date: dt.date, percent: float) -> None:
        item = self.items.get(date)
        if item is None:
            return
        bar = self.tree.itemWidget(item, STATUS)
        if not isinstance(bar, QProgressBar):
            item.setText(STATUS, "")
            bar = QProgressBar()
            bar.setObjectName(f"progress_{date.isoformat()}")
            bar.setRange(0, 100)
            bar.setMaximumHeight(self.tree.sizeHintForRow(0) or 18)
            self.tree.setItemWidget(item, STATUS, bar)
        bar.setValue(int(percent))

    def progress_bar(self, date: dt.date) -> QProgressBar | None:
        item = self.items.get(date)
        widget = self.tree.itemWidget(item, STATUS) if item else None
        return widget if isinstance(widget, QProgressBar) else None

    def row_texts(self) -> list[tuple[str, ...]]:
        """What each row shows, column by column (the status of a bar is its percent)."""
        rows = []
        for date in self.dates():
            item = self.items[date]
            bar = self.progress_bar(date)
            status = f"{bar.value()}%" if bar else item.text(STATUS)
            rows.append((*(item.text(c) for c in (DATE, COVERAGE, READY, COST)), status))
        return rows

    # Feedback ------------------------------------------------------------------------

    def say(self, text: str, style: str = INFO_STYLE) -> None:
        show(self.status, text, style)

    def say_error(self, text: str) -> None:
        self.say(text, ERROR_STYLE)

    def area_changed(self, has_area: bool) -> None:
        """A new area (or none): the listed dates belong to the old one."""
        self._generation += 1
        self.search_button.setEnabled(True)
        self.clear()
        self.say(tr("Search for the dates over the area.") if has_area else tr("Choose an area."))

    def search(self) -> None:
        """List the dates with imagery over the area in the chosen range (free)."""
        aoi = self.area()
        try:
            if aoi is None:
                raise InputError(
                    tr(
                        "Choose an area first: the map extent, a drawn rectangle or polygon, "
                        "selected features or a file."
                    )
                )
            first, last = check_date_range(*self.date_range())
        except ClearSkyError as exc:
            self.say_error(str(exc))
            return
        self._generation += 1
        generation = self._generation
        self.clear()
        self.searching_started.emit()
        self.say(tr("Searching {first} to {last}…").format(first=first, last=last))
        self.search_button.setEnabled(False)
        self.runner.ask(
            tr("search dates"),
            lambda client: client.search_dates(aoi, first, last),
            lambda found: self._answered(generation, (first, last), found),
            lambda error: self._answered(generation, (first, last), error),
        )

    def _answered(self, generation: int, searched, answer) -> None:
        if generation != self._generation:
            return
        self.search_button.setEnabled(True)
        if isinstance(answer, Exception):
            self.say_error(user_text(answer))
            return
        self.set_dates(answer, searched)
        self.found.emit()

    def say_found(self) -> None:
        """How many dates the search found, how many partial; or that none is ordered."""
        self.search_button.setEnabled(True)
        first, last = self.searched
        count = len(self.items)
        if not count:  # search/available lists only dates under the key's orders
            self.say_not_ordered(first, last)
            return
        partial = sum(1 for d in self.image_dates.values() if d.coverage is Coverage.PARTIAL)
        if partial:
            detail = tr("{full} full, {partial} partial").format(
                full=count - partial, partial=partial
            )
        else:
            detail = tr("all full")
        if count == 1:
            text = tr("1 date from {first} to {last} ({detail}). Tick it to download it.")
        else:
            text = tr("{count} dates from {first} to {last} ({detail}). Tick the ones to download.")
        self.say(text.format(count=count, first=first, last=last, detail=detail))

    def say_not_ordered(self, first: dt.date, last: dt.date) -> None:
        """No dates at all: the area lies outside every order of the key."""
        text = tr(
            "No dates over this area from {first} to {last}: it is not covered by any of your "
            "orders. Downloads work only inside orders."
        ).format(first=first, last=last)
        self.say(f"{text} {tr(ORDER_LINK)}", WARNING_STYLE)

    def set_busy(self, busy: bool) -> None:
        """While downloading, the list stays as it is: no new search, no ticking."""
        for widget in (self.start, self.end, self.search_button, self.all_button, self.none_button):
            widget.setEnabled(not busy)
        self.tree.blockSignals(True)
        for item in self.items.values():
            flags = item.flags()
            if busy:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
        self.tree.blockSignals(False)

    def _item_changed(self, _item=None, column: int = DATE) -> None:
        if column != DATE:  # cost and status texts change too: only ticks matter here
            return
        self._update_count()
        self.checked_changed.emit()

    def _update_count(self) -> None:
        self.count_label.setText(
            tr("{checked} of {count} ticked").format(
                checked=len(self.checked_dates()), count=len(self.items)
            )
        )
