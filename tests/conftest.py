"""Shared fixtures.

The shared data sets live outside the project, in ``../shared`` (never copied in). A test that
needs them asks for the ``shared_data`` (or ``shared_contract``) fixture: in a user's clone
without that folder the test is skipped with the reason; in CI (``CI=true``) or with
``SOURCEBIAS_REQUIRE_SHARED=1`` it fails instead, so a broken CI set-up cannot pass by
skipping everything.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SOURCEBIAS_SHARED", ROOT.parent / "shared"))
SHARED_DATA = SHARED / "data"
SHARED_CONTRACT = SHARED / "contract"
REFERENCE = "samples/fr/syrie-2016.txt"  # relative to SHARED_DATA


def shared_required(env: Mapping[str, str] = os.environ) -> bool:
    """Must a missing shared folder fail the run rather than skip?"""
    return (env.get("CI", "").strip().lower() in ("true", "1", "yes")
            or env.get("SOURCEBIAS_REQUIRE_SHARED", "").strip() == "1")


def shared_status(path: Path, env: Mapping[str, str] = os.environ) -> tuple[str, str]:
    """``("ok" | "skip" | "fail", reason)`` for a shared folder or file."""
    if path.exists():
        return "ok", ""
    reason = (f"shared data not found at {path} (the sets live in ../shared next to the "
              f"project; set SOURCEBIAS_SHARED to another location)")
    if shared_required(env):
        return "fail", reason + ": required here (CI=true or SOURCEBIAS_REQUIRE_SHARED=1)"
    return "skip", reason


def need_shared(path: Path) -> Path:
    """Return ``path``, or skip/fail the calling test as ``shared_status`` says."""
    status, reason = shared_status(path)
    if status == "fail":
        pytest.fail(reason, pytrace=False)
    if status == "skip":
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``: skips in a user's clone without it, fails in CI."""
    return need_shared(SHARED_DATA)


@pytest.fixture(scope="session")
def shared_contract() -> Path:
    """``../shared/contract`` (the JSON schema and the reference scorer)."""
    return need_shared(SHARED_CONTRACT)


@pytest.fixture(scope="session")
def reference_path(shared_data: Path) -> Path:
    """The reference article (Putin/Obama call on Syria, 2016)."""
    return need_shared(shared_data / REFERENCE)


@pytest.fixture(scope="session")
def reference_text(reference_path: Path) -> str:
    return reference_path.read_text(encoding="utf-8")


@pytest.fixture
def local_dask(tmp_path: Path):
    """An in-process Dask cluster (threads, no worker processes) writing only to tmp_path."""
    distributed = pytest.importorskip("distributed")
    import dask

    with dask.config.set({"temporary-directory": str(tmp_path)}), \
            distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                     dashboard_address=None) as cluster:
        yield cluster


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # tests that use the shared folders carry the "shared_data" marker (-m "not shared_data")
    for item in items:
        names = getattr(item, "fixturenames", ())
        if {"shared_data", "shared_contract", "reference_path", "reference_text"} & set(names):
            item.add_marker(pytest.mark.shared_data)
