"""Index and merge as QgsTasks in QGIS's task manager, and a download chained to an index."""

from __future__ import annotations

import datetime as dt

import pytest
from osgeo import gdal
from qgis.core import QgsSingleBandPseudoColorRenderer
from rasters import reflectances, write_raster

from clearsky_vision.core.api.errors import CancelledError, InputError
from clearsky_vision.core.qgs import tasks
from clearsky_vision.core.qgs.index_style import load_index
from clearsky_vision.core.qgs.raster_tasks import IndexTask, MergeTask
from clearsky_vision.core.raster.indices import IndexResult
from clearsky_vision.core.raster.merge import MergeResult

WAIT_MS = 20000


class Outcome:
    """What a task hands to its main-thread callbacks."""

    def __init__(self) -> None:
        self.done: list = []
        self.errors: list = []

    def callbacks(self) -> dict:
        return {"on_done": self.done.append, "on_error": self.errors.append}

    @property
    def ended(self) -> bool:
        return bool(self.done or self.errors)


def run_task(qtbot, task) -> None:
    tasks.start(task)
    qtbot.waitUntil(lambda: task not in tasks.running(), timeout=WAIT_MS)


@pytest.fixture
def source(tmp_path):
    bands = reflectances((600, 700), seed=3)
    return write_raster(tmp_path / "image.tif", bands, tags={"IMAGE_DATE": "20240615"})


def test_index_task_gives_the_result_on_the_main_thread(qtbot, source, tmp_path):
    outcome = Outcome()
    task = IndexTask(source, "NDVI", **outcome.callbacks())
    progress = []
    task.progressChanged.connect(progress.append)
    run_task(qtbot, task)
    (result,) = outcome.done
    assert isinstance(result, IndexResult) and outcome.errors == []
    assert result.path == tmp_path / "image_NDVI.tif" and result.path.exists()
    assert progress and max(progress) == pytest.approx(100)
    layer = load_index(result)  # what the dock does with the result
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    assert layer.renderer().classificationMax() == 1 and layer.name() == "image_NDVI"
    span = layer.temporalProperties().fixedTemporalRange()
    assert span.begin().date().toPyDate() == dt.date(2024, 6, 15)


def test_a_bad_index_fails_before_the_task_is_queued(source):
    with pytest.raises(InputError, match="Unknown index 'NVDI'"):
        IndexTask(source, "NVDI")


def test_missing_bands_reach_on_error(qtbot, tmp_path):
    rgb = write_raster(
        tmp_path / "rgb.tif",
        {k: v for k, v in reflectances((20, 20)).items() if k in ("B2", "B3", "B4")},
    )
    outcome = Outcome()
    run_task(qtbot, IndexTask(rgb, "NDVI", tmp_path / "ndvi.tif", **outcome.callbacks()))
    (error,) = outcome.errors
    assert isinstance(error, InputError) and "NDVI needs band B8" in str(error)
    assert not (tmp_path / "ndvi.tif").exists()


class CancelledAtFirstProgress(IndexTask):
    """Stands for a user pressing cancel while the first window is being written."""

    def report_fraction(self, fraction: float) -> None:
        super().report_fraction(fraction)
        self.cancel()


def test_cancel_removes_the_partial_output(qtbot, source, tmp_path):
    outcome = Outcome()
    target = tmp_path / "out" / "ndvi.tif"
    target.parent.mkdir()
    run_task(qtbot, CancelledAtFirstProgress(source, "NDVI", target, **outcome.callbacks()))
    (error,) = outcome.errors
    assert isinstance(error, CancelledError) and outcome.done == []
    assert list(target.parent.iterdir()) == []


class CancelledOnceWritten(IndexTask):
    """Stands for a user pressing cancel just after the last window, before the task ends."""

    def work(self):
        result = super().work()
        assert result.path.exists()
        self.cancel()
        return result


def test_cancel_after_the_file_is_complete_still_leaves_nothing(qtbot, source, tmp_path):
    outcome = Outcome()
    target = tmp_path / "out" / "ndvi.tif"
    target.parent.mkdir()
    run_task(qtbot, CancelledOnceWritten(source, "NDVI", target, **outcome.callbacks()))
    (error,) = outcome.errors
    assert isinstance(error, CancelledError) and outcome.done == []
    assert list(target.parent.iterdir()) == []


def test_the_task_manager_names_the_index_and_its_date(source):
    task = IndexTask(source, "NDWI", label="2024-06-15")
    assert task.description() == "ClearSKY Vision: NDWI of 2024-06-15"
    assert IndexTask(source, "NDWI").description() == "ClearSKY Vision: NDWI"


def test_merge_task(qtbot, source, tmp_path):
    other = write_raster(
        tmp_path / "east.tif", reflectances((600, 700), seed=4), origin=(507000.0, 6160000.0)
    )
    outcome = Outcome()
    run_task(qtbot, MergeTask([source, other], tmp_path / "merged.tif", **outcome.callbacks()))
    (result,) = outcome.done
    assert isinstance(result, MergeResult) and (result.width, result.height) == (1400, 600)
    assert gdal.Open(str(result.path)).GetMetadata("IMAGE_STRUCTURE").get("LAYOUT") == "COG"


def test_merge_task_plain_geotiff(qtbot, source, tmp_path):
    other = write_raster(
        tmp_path / "east.tif", reflectances((600, 700), seed=4), origin=(507000.0, 6160000.0)
    )
    outcome = Outcome()
    target = tmp_path / "merged.tif"
    run_task(
        qtbot, MergeTask([source, other], target, cloud_optimized=False, **outcome.callbacks())
    )
    (result,) = outcome.done
    assert gdal.Open(str(result.path)).GetMetadata("IMAGE_STRUCTURE").get("LAYOUT") != "COG"
