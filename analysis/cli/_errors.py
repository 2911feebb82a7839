"""The one exception the CLI turns into a sentence: a mistake the user can fix."""

from __future__ import annotations

__all__ = ["UserError"]


class UserError(Exception):
    """A mistake the user can fix: printed as one sentence, exit code 2, no traceback."""
