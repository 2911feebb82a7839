"""The shared-data rule of conftest.py: skip in a user's clone, fail in CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import SHARED_DATA, shared_required, shared_status


@pytest.mark.parametrize(("env", "required"), [
    ({}, False),
    ({"CI": "true"}, True),
    ({"CI": "TRUE"}, True),
    ({"CI": "1"}, True),
    ({"CI": "false"}, False),
    ({"CI": ""}, False),
    ({"SOURCEBIAS_REQUIRE_SHARED": "1"}, True),
    ({"SOURCEBIAS_REQUIRE_SHARED": "0"}, False),
    ({"CI": "false", "SOURCEBIAS_REQUIRE_SHARED": "1"}, True),
])
def test_when_shared_data_is_required(env, required):
    assert shared_required(env) is required


@pytest.mark.parametrize(("env", "status"), [
    ({}, "skip"),
    ({"CI": "true"}, "fail"),
    ({"SOURCEBIAS_REQUIRE_SHARED": "1"}, "fail"),
])
def test_missing_shared_folder(tmp_path, env, status):
    missing = tmp_path / "shared" / "data"
    got, reason = shared_status(missing, env)
    assert got == status
    assert str(missing) in reason and "../shared" in reason


def test_present_shared_folder_is_ok(tmp_path):
    assert shared_status(tmp_path, {"CI": "true"}) == ("ok", "")


@pytest.mark.skipif("SOURCEBIAS_SHARED" in os.environ, reason="location overridden")
def test_default_location_is_beside_the_project():
    project = Path(__file__).resolve().parent.parent
    assert SHARED_DATA == project.parent / "shared" / "data"
