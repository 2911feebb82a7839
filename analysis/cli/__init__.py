"""The ``sourcebias`` command: argument parsing and user-facing errors only.

Each sub-command lives in its own module with ``register(subparsers)``; nothing below the CLI
imports it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import _analyze, _evaluate, _lexicon, _report
from ._errors import UserError

__all__ = ["main"]

_COMMANDS = (_analyze, _evaluate, _report, _lexicon)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sourcebias",
        description="Who speaks in a news article, and whose words the outlet adopts.",
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"sourcebias {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"sourcebias: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sourcebias: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
