"""The one exception the CLI turns into a sentence: a mistake the user can fix."""

from __future__ import annotations

__all__ = ["PARTIAL_FAILURE", "UserError"]

#: exit code when some records failed (the others are in the output)
PARTIAL_FAILURE = 3


class UserError(Exception):
    """A mistake the user can fix: printed as one sentence, exit code 2, no traceback."""
