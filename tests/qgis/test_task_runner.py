"""TaskRunner.ask: the client is made on the caller's thread, the work runs in a QgsTask."""

from __future__ import annotations

import threading

from clearsky_vision.core.api.errors import KeyRefusedError, NoDataError
from clearsky_vision.core.qgs.tasks import TaskRunner

WAIT_MS = 10000


class Client:
    def __init__(self) -> None:
        self.made_on = threading.current_thread()

    def account(self) -> tuple:
        return "answer", threading.current_thread()


def test_the_work_gets_a_client_made_on_the_callers_thread(qtbot):
    done, errors = [], []
    runner = TaskRunner(lambda: True, Client)
    made: list[Client] = []

    def work(client: Client):
        made.append(client)
        return client.account()

    assert runner.ask("account", work, done.append, errors.append) is not None
    qtbot.waitUntil(lambda: bool(done or errors), timeout=WAIT_MS)
    assert errors == []
    answer, worker = done[0]
    assert answer == "answer"
    assert made[0].made_on is threading.main_thread()
    assert worker is not threading.main_thread()
    qtbot.waitUntil(lambda: not runner.tasks, timeout=WAIT_MS)


def test_a_client_that_cannot_be_made_is_reported_at_once_without_a_task():
    refused = KeyRefusedError("Your key was refused (401): check it in Settings > ClearSKY")
    done, errors = [], []

    def factory():
        raise refused

    runner = TaskRunner(lambda: True, factory)
    assert runner.ask("account", Client.account, done.append, errors.append) is None
    assert errors == [refused]
    assert done == []
    assert runner.tasks == set()


def test_with_client_shares_the_owner_and_the_tasks(qtbot):
    alive = [True]
    dock = TaskRunner(lambda: alive[0])
    box = dock.with_client(Client)
    assert dock.with_client(None) is dock
    assert box.client_factory is Client and dock.client_factory is None
    errors: list = []
    started = threading.Event()
    release = threading.Event()

    def work(_client):
        started.set()
        release.wait(5)
        raise NoDataError("never shown")

    box.ask("wait", work, errors.append, errors.append)
    assert len(dock.tasks) == 1  # the dock's cancel_all() reaches the box's task
    started.wait(5)
    alive[0] = False  # the owner closed: the answer is dropped
    release.set()
    qtbot.waitUntil(lambda: not dock.tasks, timeout=WAIT_MS)
    assert errors == []
