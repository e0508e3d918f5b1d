"""The resilience and security matrix: each case, what the user sees, what is left on disk,
what it costs in processing units (PU), and the tests that prove it (issue 6).

The fault tests parametrise over ``FAULTS`` and assert these very expectations; every other
row names the tests that prove it. ``python tests/resilience_matrix.py`` writes
docs/reliability.md from this module, and a test checks that the file is up to date and that
every test named here exists.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"

CLIENT, DOCK, PROCESSING, HEADLESS = "client", "dock", "clearsky:download", "qgis_process"
ATTEMPTS = 5  # RetryPolicy().attempts: what the dock and Processing use
TIMEOUT = 2.0  # seconds: QGIS's network timeout in the dock and Processing tests
DOWNLOAD_TIMEOUT = TIMEOUT * 5  # core.api.config.DOWNLOAD_TIMEOUT_FACTOR
FAULTY, CLEAN = dt.date(2024, 6, 3), dt.date(2024, 6, 4)  # one batch: the fault hits FAULTY

UNIT = "tests/unit/test_resilience_client.py"
OLD_FAULTS = "tests/unit/test_client_faults.py"
QGIS_FAULTS = "tests/qgis/test_resilience_faults.py"
QGIS_STOPS = "tests/qgis/test_resilience_interruption.py"
QGIS_INPUT = "tests/qgis/test_resilience_input.py"
QGIS_SECRETS = "tests/qgis/test_resilience_secrets.py"

CLIENT_TEST = f"{UNIT}::test_fault_through_the_client"
RETRY_HINT = "nothing wrong: the date is added"
NOTHING = "nothing for that date; the other date's file and sidecar"
BOTH = "both files, each with its `.clearsky.json` sidecar; no `.part`"


MAYBE = (
    " This download may have been charged: the server had the request when it failed. "
    "Downloading it again costs about "
)
COST_TAIL = "… processing units more: check your balance first."
MAYBE_WHY = "the server may have acted on it (and charged); re-running is the user's choice"
BUSY = (
    "The server is busy or limiting requests: wait a minute and try again, or download fewer "
    "dates at once."
)


@dataclass(frozen=True)
class Fault:
    """A fault injected into the download of one date of a two-date batch."""

    id: str
    case: str
    fault: str
    times: int = 1  # -1: every request for that date
    delay: float | None = None
    value: str | None = None
    error: str = ""  # the ClearSkyError subclass the user gets; "" when the date completes
    message: str = ""  # the start of what the user reads (what the tests check)
    tail: str = ""  # the rest of it, for the document
    requests: int = 1  # composite requests for the faulty date
    charged: bool = False  # the faulty date's PU are charged (once)
    client: str = CLIENT_TEST  # the test for the client path
    on_disk: str = NOTHING
    why: str = ""  # why it is not retried
    after_charge: bool = False  # the emulator charges on request, before the fault hits
    maybe_charged: bool = False  # the error says it may have been charged and what re-running costs

    @property
    def retried(self) -> str:
        if self.requests == 1:
            return f"no: {self.why}" if self.why else "no"
        tries = "tries" if self.error else "tries, then the file arrives"
        return f"yes: {self.requests} {tries}"


def _old(name: str) -> str:
    return f"{OLD_FAULTS}::{name}"


def _paid(id_, case, fault, error, message, tail="", **extra) -> tuple[Fault, Fault]:
    """A fault after which a paid download may have been charged: once with the emulator
    charging on delivery (the fault comes first, nothing is charged), once charging on
    request (the charge comes first: the user pays once, never twice)."""
    common = dict(error=error, message=message, why=MAYBE_WHY, maybe_charged=True, **extra)
    text = (tail or "") + MAYBE.rstrip() + " " + COST_TAIL
    return (
        Fault(f"{id_}-before-charge", f"{case}, before any charge", fault, tail=text, **common),
        Fault(
            f"{id_}-after-charge",
            f"{case}, after the server charged",
            fault,
            tail=text,
            charged=True,
            after_charge=True,
            **common,
        ),
    )


SERVER_500 = (
    "The ClearSKY server had an internal error (HTTP 500): Internal server error (code 500). "
)
TIMEOUT_TEXT = (
    f"The server did not answer within {DOWNLOAD_TIMEOUT:g} s. Try again later, or raise the "
    "timeout in Settings > Options > Network."
)
BROKE_MID_BODY = "The connection broke during the download; the incomplete file was removed."
CONCURRENCY = (
    "Too many requests at once for your key (Maximum number of concurrent requests reached for "
    "this key. (code 1003), tried several times with fewer connections): wait a minute and try "
    "again, or download fewer dates at once."
)

FAULTS = (
    *_paid("500", "500 (server error)", "http_500", "ServerError", SERVER_500 + "Try again later."),
    *_paid("503", "503 (unavailable)", "http_503", "RateLimitedError", BUSY),
    *_paid(
        "slow-first-byte",
        "timeout waiting for the first byte",
        "slow_first_byte",
        "RequestTimeoutError",
        TIMEOUT_TEXT,
        delay=DOWNLOAD_TIMEOUT + 0.5,
    ),
    *_paid(
        "reset",
        "connection reset before any answer",
        "connection_reset",
        "NetworkError",
        "The connection to ",
        tail="http://127.0.0.1:… broke before an answer arrived: check your connection or try "
        "again later.",
    ),
    *_paid(
        "reset-mid-body",
        "connection reset mid-body",
        "reset_mid_body",
        "NetworkError",
        BROKE_MID_BODY,
    ),
    *_paid(
        "stall",
        "stall mid-body beyond the timeout",
        "stall_mid_body",
        "NetworkError",
        BROKE_MID_BODY,
        delay=DOWNLOAD_TIMEOUT + 0.5,
    ),
    *_paid(
        "truncated",
        "truncated body",
        "truncated_body",
        "DownloadError",
        "The download ended early (",
        tail="… of … bytes); the incomplete file was removed.",
    ),
    Fault(
        "429-retry-after",
        "429 with Retry-After, once",
        "http_429",
        delay=1,
        requests=2,
        charged=True,
        client=f"{UNIT}::test_retry_after_is_honoured_up_to_the_cap",
        on_disk=BOTH,
    ),
    Fault(
        "429-no-retry-after",
        "429 without Retry-After, once",
        "http_429_no_retry_after",
        requests=2,
        charged=True,
        on_disk=BOTH,
    ),
    Fault(
        "429-always",
        "429 always",
        "http_429",
        times=-1,
        delay=1,
        error="RateLimitedError",
        message=BUSY,
        requests=ATTEMPTS,
        client=_old("test_persistent_faults_give_a_clear_error_no_file_no_charge"),
    ),
    Fault(
        "1003-once",
        "1003 (too many requests in flight), once",
        "concurrency_limit",
        requests=2,
        charged=True,
        on_disk=BOTH,
    ),
    Fault(
        "1003-always",
        "1003 always",
        "concurrency_limit",
        times=-1,
        error="ConcurrencyLimitError",
        message=CONCURRENCY,
        requests=ATTEMPTS,
    ),
    Fault(
        "garbage-json",
        "garbage JSON (status 200)",
        "garbage_json",
        error="ResponseFormatError",
        why="something in between answered, and the server may have acted (and charged)",
        message="The server sent unreadable data (application/json) instead of an API answer "
        "(HTTP 200). A proxy, firewall or captive portal may be in the way, or the base URL "
        "in Raster > ClearSKY Vision > Settings is wrong.",
        tail=MAYBE + COST_TAIL,
        maybe_charged=True,
    ),
    Fault(
        "html-200",
        "HTML error page with status 200",
        "html_error_200",
        error="ResponseFormatError",
        why="something in between answered, and the server may have acted (and charged)",
        message="The server sent a web page instead of an API answer (HTTP 200). A proxy, "
        "firewall or captive portal may be in the way, or the base URL in Raster > ClearSKY "
        "Vision > Settings is wrong.",
        tail=MAYBE + COST_TAIL,
        maybe_charged=True,
    ),
    Fault(
        "corrupt-geotiff",
        "corrupt GeoTIFF",
        "corrupt_geotiff",
        error="CorruptFileError",
        message="The server delivered a file that is not a readable raster; it was not kept. "
        "It may have been charged: contact info@clearsky.vision with the date and area.",
        tail=" Downloading it again costs about " + COST_TAIL,
        charged=True,
        client=_old("test_corrupt_geotiff_is_not_kept_and_the_user_is_told_honestly"),
        why="the server has delivered (and charged); buying again is the user's call",
        on_disk="nothing for that date (the unreadable body is deleted); the other date's file",
        maybe_charged=True,
    ),
    Fault(
        "succeeded-false",
        "valid envelope, Succeeded false, field issues",
        "validation_error",
        error="ValidationError",
        why="the request itself is refused (a 4xx is not charged)",
        message="The server rejected the request: Resolution: Resolution must be one of 10, "
        "20, 40, 80, 160, 320, 640, 1280.; Bandnames: Unknown band 'B99'",
    ),
    Fault(
        "file-name-bashrc",
        "server file name ../../.bashrc",
        "evil_filename",
        value="../../.bashrc",
        charged=True,
        on_disk="`bashrc.tif` and its sidecar inside the folder, nothing outside; the other "
        "date's file",
    ),
)


@dataclass(frozen=True)
class Row:
    """One case of the matrix that is not a per-date fault."""

    case: str
    tests: dict[str, str]  # path -> test (file::function[id])
    sees: str
    retried: str = "no"
    on_disk: str = "nothing"
    units: str = "none"  # the processing units (PU) charged
    notes: list[str] = field(default_factory=list)


SESSION_FAULTS = (
    Row(
        "stall mid-body always",
        {CLIENT: f"{UNIT}::test_stall_always_gives_up_within_bounds"},
        "`The connection broke during the download; the incomplete file was removed. This "
        "download may have been charged: …` after one read timeout (the dock and Processing "
        "share this code)",
        retried=f"no: {MAYBE_WHY}",
        units="none: an incomplete delivery is not charged by the emulator",
    ),
    Row(
        "a failed or cancelled delivery of a date's included download (its first download "
        "under an order, 0 PU)",
        {
            f"{CLIENT}, 500 or truncated body always": f"{UNIT}::"
            "test_a_failed_delivery_keeps_the_included_download",
            f"{CLIENT}, cancel before the first byte": f"{UNIT}::"
            "test_a_failed_delivery_keeps_the_included_download[cancel-before-the-first-byte]",
        },
        "the fault's own message, as in the rows above; the date still estimates 0 PU, and "
        "the next download of it is the included one",
        retried="as in the rows above",
        units="none, and the included download stays unused: the date's next download is "
        "still 0 PU, and only the one delivered uses it up",
    ),
    Row(
        "401 mid-session (key revoked)",
        {
            CLIENT: _old("test_key_revoked_mid_session"),
            DOCK: f"{QGIS_FAULTS}::test_key_revoked_mid_session_in_the_dock",
            PROCESSING: f"{QGIS_FAULTS}::test_key_revoked_mid_session_in_processing",
        },
        "`Your API key was refused (401): check it in Raster > ClearSKY Vision > Settings (it "
        "may be wrong, revoked or expired, or lack the right for this call).` (the dock says "
        "it once and stops the dates still queued; Processing reports it per date)",
        on_disk="nothing",
    ),
    Row(
        "processing units run out between estimate and download (dates whose included "
        "download is used up, so they cost PU)",
        {
            CLIENT: f"{UNIT}::test_units_run_out_between_estimate_and_download",
            DOCK: f"{QGIS_FAULTS}::test_units_run_out_after_the_estimate_in_the_dock",
            PROCESSING: f"{QGIS_FAULTS}::test_units_run_out_after_the_estimate_in_processing",
        },
        "dock and Processing check again before paying: `Not enough processing units: 2 "
        "date(s) cost … PU, you have 1. Choose fewer dates, a smaller area, fewer bands or a "
        "coarser resolution, or top up processing units.` (the dock: `Download refused: …`); "
        "a direct client call gets the server's 994: `Not enough processing units for this "
        "request (…): top up processing units in the dashboard, …` (not retried)",
        units="none; the balance stays as the other spending left it",
    ),
    Row(
        "the emulator killed (SIGKILL) during a download, then restarted",
        {
            CLIENT: f"{QGIS_STOPS}::test_server_killed_during_a_download_then_restarted[client]",
            DOCK: f"{QGIS_STOPS}::test_server_killed_during_a_download_then_restarted[dock]",
            PROCESSING: f"{QGIS_STOPS}::test_server_killed_during_a_download_then_restarted"
            "[processing]",
        },
        "`The connection to http://127.0.0.1:PORT broke before an answer arrived: check your "
        "connection or try again later. This download may have been charged: …` (the dock: "
        "`network error` for the date, and the question whether to download it again); "
        "after the restart the same request completes",
        retried=f"no: {MAYBE_WHY}",
        on_disk="nothing while the server is down; the file and its sidecar after the rerun",
        units="none for the killed delivery; the restarted emulator starts afresh (keys, "
        "balances and orders live in memory), so the rerun is the date's included download "
        "there: 0 PU, delivered once, after which that date costs PU",
    ),
)

ORDERS_TEST = f"{UNIT}::test_an_order_create_is_never_placed_twice"
PAID = (
    Row(
        "a 500 on each free request (account, models, tile search and optimize, order list, "
        "date search, availability, estimate) and on a tile or minitile download",
        {
            f"{CLIENT}, free": f"{UNIT}::test_free_requests_are_tried_again_after_a_500",
            f"{CLIENT}, tile/minitile": f"{UNIT}::test_tile_downloads_are_paid_once",
        },
        "free requests: nothing wrong, the answer arrives; a tile or minitile download: the "
        "fault's message and `This download may have been charged: …`, as for composites",
        retried="free requests: yes, 2 tries; tile and minitile downloads: no",
        units="none",
    ),
    Row(
        "a paid download before any connection is made (nothing listens)",
        {CLIENT: f"{UNIT}::test_a_paid_download_is_repeated_when_no_connection_was_made"},
        "`Could not connect to http://127.0.0.1:PORT: check your internet connection, …` (no "
        "word of a charge: the server never had the request)",
        retried=f"yes: {ATTEMPTS} tries (4 in the client test): nothing can have been charged",
        units="none",
    ),
    Row(
        "a paid download the user chose to repeat (Processing's RETRY_PAID; the dock's "
        "`Download again`)",
        {
            f"{CLIENT}, retry_paid": f"{UNIT}::test_retry_paid_repeats_once_and_may_pay_twice",
            DOCK: f"{QGIS_FAULTS}::test_the_dock_asks_before_downloading_a_charged_date_again",
            PROCESSING: f"{QGIS_FAULTS}::test_retry_paid_in_processing",
        },
        "RETRY_PAID off (the default): the date fails with the rows' message. On: the date is "
        "downloaded once more at once. The dock asks after the batch: `1 date(s) may have "
        "been charged although the download failed (2024-06-03). Download again? That costs "
        "about … processing units more.` with a `Download again (… PU)` button",
        retried="once, and only on the user's word",
        on_disk="the file and its sidecar when the repeat succeeds",
        units="the repeat costs the date's PU again when the failed try was charged (the "
        "test's server charges on request: the date is paid twice, as the question said)",
    ),
    Row(
        "an order create whose answer is lost (connection reset) after the server placed it",
        {CLIENT: f"{ORDERS_TEST}[reset-after-placing]"},
        "nothing wrong: the client lists the key's orders, finds the new one that matches what "
        "it sent (model, area, From/To, cadence) and returns it",
        retried="no: the order is looked up, not sent again",
        on_disk="nothing",
        units="euros: the order's price once",
    ),
    Row(
        "an order create whose answer is lost before the server placed it",
        {
            f"{CLIENT}, reset": f"{ORDERS_TEST}[reset-before-placing]",
            f"{CLIENT}, 500": f"{ORDERS_TEST}[500-before-placing]",
        },
        "`The answer to the order was lost (…). No new matching order is among your orders, "
        "so it was most likely not placed: check the Orders list, then order again if it is "
        "missing.` (OrderUncertainError)",
        retried="no: the order is looked up, not sent again",
        on_disk="nothing",
        units="euros: none",
    ),
    Row(
        "an order create answered 500 after the server placed it",
        {CLIENT: f"{ORDERS_TEST}[500-after-placing]"},
        "nothing wrong: the order is found among the key's orders and returned",
        retried="no: the order is looked up, not sent again",
        on_disk="nothing",
        units="euros: the order's price once",
    ),
    Row(
        "an order create refused with 429 or 1003, once",
        {
            f"{CLIENT}, 429": f"{ORDERS_TEST}[429-once]",
            f"{CLIENT}, 1003": f"{ORDERS_TEST}[1003-once]",
        },
        "nothing wrong: the order is placed",
        retried="yes: 2 tries (a refusal proves the server did not act)",
        on_disk="nothing",
        units="euros: the order's price once",
    ),
)

INTERRUPTION = (
    Row(
        "cancel while the server is still processing (before the first byte)",
        {
            CLIENT: f"{UNIT}::test_cancel_before_the_first_byte_closes_the_connection",
            DOCK: f"{QGIS_STOPS}::test_cancel_before_the_first_byte_in_the_dock",
            PROCESSING: f"{QGIS_STOPS}::test_cancel_before_the_first_byte_in_processing",
        },
        "`cancelled` at once (the connection is shut down, the server's answer is not "
        "awaited); the dock: `0 dates added, 2 cancelled.`; Processing: `Cancelled: finished "
        "files were kept, partial ones removed.`; the client: `Cancelled: nothing was saved "
        "for this item.`",
        on_disk="nothing (no `.part`)",
        units="none: the server could not deliver (and an included download stays unused: "
        "see the included-download row under Faults)",
    ),
    Row(
        "cancel mid-body",
        {
            CLIENT: "tests/unit/test_client.py::test_cancel_removes_the_partial_file",
            DOCK: "tests/qgis/test_dock_download.py::test_cancel_stops_running_and_queued_dates",
            PROCESSING: f"{QGIS_STOPS}::test_cancel_mid_body_in_processing",
        },
        "`cancelled` for the running and the queued dates; the dock: `0 dates added, 3 cancelled.`",
        on_disk="nothing (no `.part`)",
        units="none: an incomplete delivery is not charged",
    ),
    Row(
        "QGIS (qgis_process) killed with SIGKILL mid-download, then the same request again",
        {HEADLESS: f"{QGIS_STOPS}::test_sigkill_mid_download_then_the_same_request_again"},
        "the rerun succeeds; the dates finished before the kill are `already downloaded, free`",
        retried="the rerun asks only for the unfinished date",
        on_disk="after the kill: the finished files with sidecars and one stale `.part`; after "
        "the rerun: every file with its sidecar, the stale `.part` removed",
        units="each date's PU charged once: finished dates are not bought again, the killed "
        "delivery was not charged",
    ),
)

FOLDER_ROOT = "output folder"
BAD_INPUT = (
    Row(
        "empty AOI",
        {
            CLIENT: "tests/unit/test_geometry.py::test_bad_areas_are_refused_with_a_reason",
            DOCK: f"{QGIS_INPUT}::test_bad_areas_in_the_dock[empty]",
            PROCESSING: f"{QGIS_INPUT}::test_bad_areas_in_processing[empty]",
        },
        "the dock: `The selection of Areas holds no polygons: choose polygon features.` (and "
        "`Choose an area first: …` when searching without one); Processing and the client: "
        "`The area of interest is empty: choose or draw a polygon.`; an empty extent: `The "
        "extent is empty: draw or choose a larger area.`",
    ),
    Row(
        "a line or point layer",
        {
            CLIENT: "tests/unit/test_geometry.py::test_bad_areas_are_refused_with_a_reason",
            DOCK: f"{QGIS_INPUT}::test_bad_areas_in_the_dock[line]",
            PROCESSING: f"{QGIS_INPUT}::test_bad_areas_in_processing[line]",
        },
        "the dock: `Make a polygon layer active in the Layers panel and select the features "
        "that make up the area.`; Processing and the client: `The area of interest is a line "
        "string: the imagery is cut to polygons, so choose a polygon layer, draw a rectangle "
        "or polygon, or use the map extent.`",
    ),
    Row(
        "a self-intersecting polygon",
        {
            CLIENT: "tests/unit/test_geometry.py::"
            "test_self_intersecting_polygon_is_repaired_with_a_note",
            DOCK: f"{QGIS_INPUT}::test_a_self_intersecting_polygon_is_repaired_and_said_so[dock]",
            PROCESSING: f"{QGIS_INPUT}::test_a_self_intersecting_polygon_is_repaired_and_said_"
            "so[processing]",
        },
        "not an error: repaired, and the user is told `The area of interest was not a valid "
        "polygon and has been repaired.` (dock: under the area; Processing: a warning)",
        on_disk="nothing until a download is asked for",
    ),
    Row(
        "an AOI in a projected CRS far outside EPSG:4326 bounds",
        {
            CLIENT: f"{UNIT}::test_coordinates_beyond_their_crs_are_refused_not_moved",
            DOCK: f"{QGIS_INPUT}::test_bad_areas_in_the_dock[far-outside]",
            PROCESSING: f"{QGIS_INPUT}::test_bad_areas_in_processing[far-outside]",
        },
        "`The area of interest could not be placed on the globe from its coordinate reference "
        "system: check that the layer's CRS is the right one.` (coordinates just past the "
        "edge of EPSG:3857 used to be wrapped silently to another continent)",
    ),
    Row(
        "an AOI crossing the antimeridian",
        {
            CLIENT: "tests/unit/test_geometry.py::test_bad_areas_are_refused_with_a_reason",
            DOCK: f"{QGIS_INPUT}::test_bad_areas_in_the_dock[antimeridian]",
            PROCESSING: f"{QGIS_INPUT}::test_bad_areas_in_processing[antimeridian]",
        },
        "`The area of interest crosses the antimeridian (180 degrees): split it into an "
        "eastern and a western part and request each one.`",
    ),
    Row(
        "an AOI over the key's max area",
        {
            CLIENT: "tests/unit/test_client.py::test_planning_refuses_before_any_paid_call",
            DOCK: "tests/qgis/test_dock_aoi.py::"
            "test_area_over_the_keys_limit_is_warned_before_any_request",
            PROCESSING: f"{QGIS_INPUT}::test_limits_in_processing[area]",
        },
        "the dock, from the account before asking: `Larger than your key allows (5 km² per "
        "request): …` under the area, and Download refused with `The area (12.6 km2) is "
        "larger than your key allows (5 km2 per request): draw a smaller area or split it.`; "
        "Processing and the client's plan give the same sentence, checked against the account "
        "before the estimate is asked for.",
    ),
    Row(
        "over MaxTotalBands bands",
        {
            CLIENT: "tests/unit/test_client.py::test_planning_refuses_before_any_paid_call",
            DOCK: "tests/qgis/test_dock_dates.py::test_more_bands_than_the_key_allows_are_refused",
            PROCESSING: f"{QGIS_INPUT}::test_limits_in_processing[bands]",
        },
        "`10 bands requested, your key allows 4: choose fewer bands or index terms.` (the "
        "dock; Processing and the client's plan say the same, checked against the account "
        "before the estimate is asked for)",
    ),
    Row(
        "an unknown band name / a malformed `[B8_B4` term",
        {
            CLIENT: "tests/unit/test_bands.py::test_bad_lists_say_what_to_fix",
            DOCK: f"{QGIS_INPUT}::test_bad_band_lists_in_the_dock",
            PROCESSING: f"{QGIS_INPUT}::test_bad_band_lists_in_processing",
        },
        "`Unknown band 'B99'. Use B2, B3, …, index terms like [B8_B4], or the keywords all / "
        "rgb.` / `'[B8_B4' is not a valid index term: write it like [B8_B4].` (the dock: "
        "under the bands as they are typed; no estimate, Download stays off)",
    ),
    Row(
        "start date after end date",
        {
            CLIENT: "tests/unit/test_models.py::test_date_range_checks",
            DOCK: "tests/qgis/test_dock_dates.py::test_search_needs_an_area_and_a_sane_range",
            PROCESSING: f"{QGIS_INPUT}::test_bad_dates_in_processing[reversed]",
        },
        "`The start date 2024-06-30 is after the end date 2024-06-01: swap them.`",
    ),
    Row(
        "dates in the future",
        {
            CLIENT: f"{UNIT}::test_a_future_date_is_refused_before_any_call",
            DOCK: f"{QGIS_INPUT}::test_future_dates_in_the_dock",
            PROCESSING: f"{QGIS_INPUT}::test_bad_dates_in_processing[future]",
        },
        "the dock's date fields stop at today (a future date cannot be entered); a search: "
        "`The date range starts in the future (2030-01-01): imagery exists up to "
        "yesterday.`; a download: `2030-01-01 is in the future: imagery exists up to "
        "yesterday. Choose a date from the search results.` (Processing: before it asks the "
        "server anything, so also offline)",
    ),
    Row(
        f"{FOLDER_ROOT} that does not exist",
        {
            CLIENT: "tests/unit/test_client.py::test_planning_refuses_before_any_paid_call",
            DOCK: "tests/qgis/test_dock_dates.py::test_a_missing_download_folder_is_explained",
            PROCESSING: f"{QGIS_INPUT}::test_output_folders_in_processing[missing]",
        },
        "the dock: `The download folder … does not exist: create it or choose another in "
        "Raster > ClearSKY Vision > Settings.`; Processing creates it (a folder destination); "
        "the client: `The output folder … does not exist: create it or choose another.`",
        on_disk="Processing: the new folder with the files",
        units="none (Processing: the files are bought as usual)",
    ),
    Row(
        f"{FOLDER_ROOT} not writable (read-only file system)",
        {
            CLIENT: f"{UNIT}::test_output_folder_on_a_read_only_file_system",
            DOCK: f"{QGIS_INPUT}::test_output_folders_in_the_dock[read-only]",
            PROCESSING: f"{QGIS_INPUT}::test_output_folders_in_processing[read-only]",
        },
        "`Cannot write to the output folder … (Read-only file system): choose another "
        "folder.` (Processing, for a folder it must create: `The output folder … cannot be "
        "created (Read-only file system): choose another.`)",
    ),
    Row(
        f"{FOLDER_ROOT} on a full disk (a 64 KiB tmpfs)",
        {
            CLIENT: f"{UNIT}::test_output_folder_on_a_full_disk",
            DOCK: f"{QGIS_INPUT}::test_output_folders_in_the_dock[full]",
            PROCESSING: f"{QGIS_INPUT}::test_output_folders_in_processing[full]",
        },
        "`Not enough free disk space in …: about … MB needed, 0 MB free. Free some space or "
        "choose another folder.` (the dock: `Download refused: …`); a direct client call, "
        "once the server announces the size: `Not enough free disk space in … for the … MB "
        "file (0.0 MB free): free some space or choose another folder. Nothing was "
        "written. This download may have been charged: …` (the server had answered)",
        units="none where checked before the call (dock, Processing); a direct client call "
        "has made the request but reads none of the body (the emulator charges nothing; a "
        "server charging on request would have, hence the sentence)",
    ),
)

SECRETS = (
    Row(
        "the API key in logs, messages, project, history, metadata, sidecars, URLs",
        {
            f"{CLIENT}, every fault": f"{UNIT}::test_no_error_of_the_matrix_shows_the_key",
            f"{CLIENT}, echoing server": f"{UNIT}::"
            "test_a_server_echoing_the_key_never_gets_it_shown",
            f"{DOCK}, {PROCESSING}, {HEADLESS}": f"{QGIS_SECRETS}::"
            "test_the_key_appears_in_no_artefact",
        },
        "never the key: Python logging (DEBUG), QGIS's message log, every error text of the "
        "matrix, the .qgs and .qgz, Processing's history (processing.log, from QGIS 3.32 its "
        "history database) and log, layer metadata (the dates' and the dock's orders layer), "
        "sidecars, request URLs, qgis_process output and its profile; the auth database "
        "holds it encrypted",
        on_disk="no file anywhere holds the key in clear",
    ),
    Row(
        "server file names ../../.bashrc, /etc/passwd, C:\\x.tif",
        {
            CLIENT: _old("test_server_file_names_stay_in_the_folder"),
            DOCK: f"{QGIS_FAULTS}::test_one_faulty_date_in_the_dock[file-name-bashrc]",
            PROCESSING: f"{QGIS_FAULTS}::test_one_faulty_date_in_processing[file-name-bashrc]",
        },
        "nothing special: the file is saved as `bashrc.tif`, `passwd.tif`, `x.tif`",
        on_disk="only inside the output folder",
        units="charged once, as a normal download",
    ),
    Row(
        "TLS verification never off; odd CA environment values",
        {
            CLIENT: f"{UNIT}::test_tls_is_verified_whatever_the_environment",
            f"{DOCK}, {PROCESSING} (QGIS's network settings)": f"{QGIS_SECRETS}::"
            "test_network_options_keep_tls_verification",
        },
        "a self-signed server: `The server's TLS certificate could not be verified: check the "
        "base URL and QGIS's certificate settings …`; a CA bundle path that does not exist: "
        "`The secure connection could not be set up (…): check REQUESTS_CA_BUNDLE, …`",
        on_disk="nothing",
    ),
    Row(
        "an http:// base URL other than this machine",
        {
            DOCK: f"{QGIS_SECRETS}::test_plain_http_is_warned_about_visibly[dock]",
            PROCESSING: f"{QGIS_SECRETS}::test_plain_http_is_warned_about_visibly[processing]",
            "settings dialog": f"{QGIS_SECRETS}::test_plain_http_is_warned_about_visibly[settings]",
        },
        "a warning (dock: message bar, once per address; Processing: in the log; Settings: "
        "under the server): `The base URL http://… is not encrypted (http://): your API key "
        "would be sent in clear text. Use https:// unless you trust every network in between.`",
        on_disk="nothing",
    ),
)


def fault_tests(fault: Fault) -> dict[str, str]:
    return {
        CLIENT: fault.client,
        DOCK: f"{QGIS_FAULTS}::test_one_faulty_date_in_the_dock[{fault.id}]",
        PROCESSING: f"{QGIS_FAULTS}::test_one_faulty_date_in_processing[{fault.id}]",
    }


def fault_rows() -> list[Row]:
    rows = []
    for fault in FAULTS:
        sees = f"`{fault.message}{fault.tail}`" if fault.error else RETRY_HINT
        if fault.error:
            sees += f" ({fault.error})"
        if fault.maybe_charged:
            sees += "; the dock then asks whether to download the date again"
        units = "both dates charged" if fault.charged else "only the other date is charged"
        if fault.fault == "corrupt_geotiff":
            units = "both dates charged: the server believes it delivered (the message says so)"
        elif fault.after_charge:
            units = (
                "both dates charged, the faulty one once and without a file (the server "
                "charged before the fault): never twice, as it is not repeated"
            )
        elif fault.maybe_charged:
            units = (
                "only the other date is charged (the emulator charges on delivery; a server "
                "that charged first is the next row)"
            )
        if fault.charged and fault.requests > 1:
            units = "each date charged once (the refused tries are not charged)"
        rows.append(Row(fault.case, fault_tests(fault), sees, fault.retried, fault.on_disk, units))
    return rows


def every_test() -> set[str]:
    """Each ``file::function`` the matrix names (parameters dropped)."""
    rows = [*fault_rows(), *SESSION_FAULTS, *PAID, *INTERRUPTION, *BAD_INPUT, *SECRETS]
    return {re.sub(r"\[.*\]$", "", test) for row in rows for test in row.tests.values()}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _links(tests: dict[str, str]) -> str:
    return "<br>".join(f"{path}: `{test.split('::', 1)[1]}`" for path, test in tests.items())


def _table(rows) -> list[str]:
    lines = [
        "| case | path(s) and test | what the user sees | retried? | on disk afterwards "
        "| processing units |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = (row.case, _links(row.tests), row.sees, row.retried, row.on_disk, row.units)
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def render() -> str:
    """docs/reliability.md."""
    out = [
        "# Reliability: faults, interruptions, bad input and secrets",
        "",
        "<!-- Generated by `python tests/resilience_matrix.py` from the expectations the tests",
        "     assert; edit tests/resilience_matrix.py, not this file. -->",
        "",
        "Users pay for every download: a crash, a half-written file or a leaked key costs "
        "them real money. Each row below is a case of the test matrix (`make test` runs it) "
        "against the API emulator and small purpose-built servers on 127.0.0.1 "
        "(`tests/fault_servers.py`). Paths: the core **client** (`ClearSkyClient`), the "
        "**dock**, the Processing algorithm **clearsky:download**, and **qgis_process**. "
        "Test names are in `tests/unit/` and `tests/qgis/`.",
        "",
        "## How the plugin behaves",
        "",
        "- **Requests by what repeating them costs**: *free* (account, models, searches, "
        "availability, estimates, order lists and details, cancel), *paid once* (composite, "
        "tile and minitile downloads: processing units) and *order-creating* (`POST "
        "/api/tasking/orders`: euros). A free request is retried after 429, 500, 502, 503, "
        "504, 1003 and a reset or broken connection. A paid or order-creating request is "
        "repeated automatically only when the failure proves the server did not act on it: "
        "no connection was made, 429, or 1003 (too many requests in flight for the key; the "
        "client then uses fewer connections). "
        f"Retries make {ATTEMPTS} tries in all, with exponential backoff and full jitter (0.5 "
        "s base, at most 30 s a wait), honouring `Retry-After`; `CLEARSKY_RETRY_MAX_WAIT` "
        "(seconds) caps each wait for runs that must fail fast (the tests use it).",
        "- **A paid request that may have been charged** (a 5xx, a reset, a timeout, a broken, "
        "unreadable or corrupt body, a full disk after the answer) is not repeated: the error "
        "keeps its kind and says `This download may have been charged: the server had the "
        "request when it failed. Downloading it again costs about N processing units more: "
        "check your balance first.` (N from the date's estimate). Re-running is the user's "
        "choice: the dock asks after the batch (`Download again (N PU)`), and Processing's "
        "RETRY_PAID (advanced, off by default) repeats such a date once. A 4xx refusal (992, "
        "994, 1002, 1004-1006, 401, 404) is not charged and says nothing of a charge.",
        "- **Order creates** are never sent twice: after a lost answer (reset, timeout, 5xx, "
        "an unreadable answer) the client lists the key's orders and returns the new one that "
        "matches what it sent; when none matches it says the order was most likely not placed, "
        "and when the list cannot be read that an order MAY have been placed.",
        "- **Money counted both ways**: the emulator charges a download just before its last "
        "chunk by default (a fault then costs nothing); with `charge_on_request` it acts and "
        "charges first, as a server that charges before it delivers, and the fault hits the "
        "answer afterwards. The `after the server charged` rows and the order-create rows use "
        "it: the user pays once, never twice.",
        "- **Timeouts** follow QGIS's network timeout (Settings > Options > Network, 60 s by "
        "default); a download may wait five times as long for its next byte (300 s by "
        "default), and the message names the timeout that ran out.",
        "- **Files**: a download streams into a hidden `.clearsky-<fingerprint>-<pid>-<thread>"
        ".part` beside the target, refused before any byte is written when the announced "
        "size exceeds the free space, checked with GDAL, then renamed; its sidecar "
        "`<file>.clearsky.json` records the request's fingerprint (never the key). A file "
        "that is incomplete, unreadable, or whose download failed or was cancelled is "
        "deleted. A `.part` left by a killed process is removed at the next download of the "
        "same request.",
        "- **Money**: downloads are paid in processing units (PU). Only dates under one of "
        "the key's orders can be downloaded (bought in euros: only the order-create rows "
        "place orders, and count the euros); the first download of each date per order is "
        "included (0 PU), a later download or another variant of it costs about area / 10 "
        "km2 PU, charged by the emulator on delivery unless `charge_on_request` is on.",
        "- **Nothing bought twice**: a request whose fingerprint is in the folder reuses the "
        "file for free; the dock and Processing check each date's readiness (ordered, "
        "produced, stored), the processing units, the key's limits, the folder and free "
        "disk space before any paid call.",
        "- **Cancel** shuts the connection down at once, also while the server is still "
        "processing: the task ends, and the emulator (which charges on delivery) charges "
        "no PU. Whether the real service charges a composite that was processed but not "
        "delivered is not documented.",
        "- **Answers that are not files** (JSON, an HTML page, text) on a download are read "
        "as API answers, never saved as imagery.",
        "- **Secrets**: the key travels only in the `X-API-KEY` header. It is kept encrypted "
        "in QGIS's authentication database (or read from `CLEARSKY_API_KEY`), replaced by "
        "`***` in anything a server sends back in an error, and never logged. TLS is always "
        "verified; a plain http:// server other than this machine is warned about.",
        "",
        f"In the fault rows the fault hits one date ({FAULTY}) of a batch of two; the other "
        f"({CLEAN}) completes on every path. In the `test_resilience_*` fault and "
        "interruption tests a key has used up the included download of its dates "
        "beforehand (it downloaded another variant), so every delivery costs PU and a "
        "charge for a failed try, or a second charge, shows in its balance; the rows about "
        "included downloads (and the restarted emulator's) start with them unused. The dock "
        "and Processing tests use QGIS's "
        f"timeout set to {TIMEOUT:g} s (so a download waits {DOWNLOAD_TIMEOUT:g} s for a "
        "byte) and `CLEARSKY_RETRY_MAX_WAIT`; the client tests build the client with short "
        "timeouts and a fast retry policy (4 tries).",
        "",
        "## Faults",
        "",
        *_table(fault_rows() + list(SESSION_FAULTS)),
        "",
        "## Paid requests and order creates",
        "",
        "What a paid download does when the user chooses to repeat it, before any connection, "
        "and what an order create does at each point it can fail, with euros counted "
        "(`Emulator.charge_on_request` decides whether the server acted before the fault).",
        "",
        *_table(PAID),
        "",
        "## Interruption",
        "",
        *_table(INTERRUPTION),
        "",
        "## Bad input",
        "",
        "Each is refused before any paid call (the tests check that no composite was "
        "requested); the text is what the dock shows under the field or in the message bar, "
        "and what Processing raises.",
        "",
        *_table(BAD_INPUT),
        "",
        "## Secrets and the file system",
        "",
        *_table(SECRETS),
        "",
        *FLAKE_CHECK,
    ]
    return "\n".join(out)


# The flake check (issue 13), kept by the "flake" helper: how the QGIS files were checked under
# load. Numbers are from runs on the 2-core development machine, 2026-11-28.
FLAKE_CHECK = [
    "## Flake check",
    "",
    "How the QGIS resilience and dock files were checked on a loaded 2-core machine. Load: two "
    "busy processes (`timeout 600 python3 -c 'while True: pass'`, twice) beside the other "
    "work of the machine (load average 5 to 8).",
    "",
    "- As filed, `pytest tests/qgis/test_resilience_faults.py -k faulty_date_in_the_dock` "
    "failed 3 runs of 3 while another QGIS test session ran. Every failure was a dock that "
    "said `2 dates added` with its own folder empty: both sessions used pytest-qgis's one "
    "profile (`.qgis-settings/`), QSettings re-reads a file another process wrote, so one "
    "session downloaded into the other's folder. `tests/qgis/private_profile.py` gives each "
    "session its own settings file.",
    "- With a settings file per session: the same 15 cases, 18 runs under load (2 busy "
    "processes: 16, 3 busy: 2); 17 green, 1 where `downloadsFinished` did not come within "
    "60 s (`file-name-bashrc`, no request or retry logged during the wait). A batch now ends "
    "even when what it reports to (the dock) raises on a date "
    "(`test_a_batch_ends_even_when_what_it_reports_to_fails`), and a cancel skips tasks QGIS "
    "has already deleted.",
    "- The cause of that hang, found later by the analysis benchmark (a download batch hung in "
    "3 of about 50 runs, once with no index task at all: a download task left Queued, "
    "progress 0, no worker thread): on QGIS 3.22 a task added to the task manager from inside "
    "another task's completion can stay queued forever (qgis/QGIS#53806: the manager's "
    "clean-up of the finished task takes the new task's runnable out of the pool queue when "
    "it reuses the freed address). The order session starts the next date from a date's "
    "completion, so a batch could wait forever for a date that never ran. "
    "`core.qgs.tasks.start` now hands every task to QGIS on the next turn of the event loop "
    "(a task cancelled before QGIS has it ends as QGIS would end it).",
    "- Cancel tests wait on events, not the clock: the cancel comes once the server holds the "
    "requests (the emulator's log shows them unanswered), and the proof that the cancel did "
    "not wait for the server is that they are still unanswered when the batch has ended.",
    "- The resilience and dock files (`tests/qgis/test_resilience_*.py`, "
    "`tests/qgis/test_dock_*.py`, `tests/qgis/test_small_leaks.py`: 151 tests) 3 times in a "
    "row under 2 busy processes: 151 passed each time (6:00, 4:31, 4:23).",
    "- `make test` five times in a row while `make bench` ran (on commit 8a75889; "
    "`make bench` started with the first run, and a second benchmark run "
    "(`bench/run.py --only ndvi,merge,download,gui`) loaded the fifth after `make bench` had "
    "ended during the fourth): 5 of 5 green, each 618 unit tests and 313 QGIS and desktop "
    "tests, in 6:37, 6:18, 6:28, 5:44 and 6:07 (1-minute load average 2.5 to 3.2 at the end "
    "of the loaded runs, on 2 cores).",
    "- No case hides behind a skip on an ordinary machine. The full-disk cases need a small "
    "tmpfs: as root they mount one; as anyone else, tests marked `mounts` run again in a user "
    "and mount namespace of their own (`unshare -Urm`, see `tests/tiny_disks.py`), where they "
    "may mount it, and the outer test reports that run. "
    "`test_the_full_disk_case_runs_without_root_too` proves that route in every `make test` "
    "(as root it runs the client's full-disk case as the user nobody: it must pass, not skip). "
    "Only a machine that allows neither root nor user namespaces still skips them, and says "
    "why; in a chroot (the QGIS matrix's root file systems) the kernel refuses user "
    "namespaces, so there the same test checks that the skip says so (the matrix runs as "
    "root, so its full-disk cases mount and run).",
    "- No wall-clock window under 2 s is left in the tests: a late answer after the plugin is "
    "unloaded is checked once the emulator has settled the request and the events it could "
    "set off have been delivered; a 1003 'at once' is checked while the other request still "
    "waits; Retry-After is checked in the wait the client logs; the orders that follow wall "
    "time are polled with a deadline. What remains are polls with deadlines and lower "
    "bounds (a retry waited at least 1 s), which a slow machine cannot break.",
    "",
]


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {DOC.relative_to(ROOT)}\n")
