"""`sourcebias lexicon list|show NAME|check FILE`: the loaded-language lexicons."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lexicon", help="list, show or check loaded-language lexicons",
        description="The versioned loaded-language lexicons: the shipped ones and your own "
                    "(--lexicon FILE adds or overrides entries on every command).")
    cmds = p.add_subparsers(dest="lexicon_command", required=True, metavar="ACTION")

    ls = cmds.add_parser("list", help="the lexicons, with version, language and size")
    _user_option(ls)
    ls.set_defaults(func=_list)

    show = cmds.add_parser("show", help="a lexicon's metadata, categories and entries")
    show.add_argument("name", metavar="NAME", help="lexicon name (or name@version)")
    show.add_argument("--category", action="append", default=[],
                      help="only entries of this category (repeatable)")
    show.add_argument("--entries", action="store_true",
                      help="print the entries as a table (default: a summary)")
    _user_option(show)
    show.set_defaults(func=_show)

    check = cmds.add_parser("check", help="validate lexicon files (exit 2 on a problem)")
    check.add_argument("files", nargs="+", metavar="FILE", type=Path)
    check.set_defaults(func=_check)


def _user_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="a user lexicon file that adds or overrides entries (repeatable)")


def _user_error(message: str) -> Exception:
    from ._errors import UserError

    return UserError(message)


def _user_lexicons(paths: list[str]):
    from ..lexicon import LexiconError, load_lexicon

    out = []
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise _user_error(f"lexicon file {path} not found: give the path of a .tsv lexicon")
        try:
            out.append(load_lexicon(p))
        except LexiconError as exc:
            raise _user_error(f"{exc} (run 'sourcebias lexicon check {path}')") from None
    return out


def _list(args: argparse.Namespace) -> int:
    from ..lexicon import shipped_lexicons

    rows = [(lex, "shipped") for lex in shipped_lexicons()]
    rows += [(lex, "user") for lex in _user_lexicons(args.lexicon)]
    out = sys.stdout
    out.write(f"{'name':28s} {'version':8s} {'lang':4s} {'entries':>7s}  {'origin':7s} path\n")
    for lex, origin in rows:
        out.write(f"{lex.name:28s} {lex.version:8s} {lex.language:4s} {len(lex.entries):7d}  "
                  f"{origin:7s} {lex.path}\n")
    return 0


def _show(args: argparse.Namespace) -> int:
    from ..lexicon import CATEGORIES, get_lexicon

    users = _user_lexicons(args.lexicon)
    try:
        lex = get_lexicon(args.name, [u.path for u in users])
    except LookupError as exc:
        raise _user_error(f"{exc.args[0]} (see 'sourcebias lexicon list')") from None
    unknown = [c for c in args.category if c not in CATEGORIES]
    if unknown:
        raise _user_error(f"unknown category {unknown[0]!r}: use one of {', '.join(CATEGORIES)}")
    out = sys.stdout
    if not args.entries:
        out.write(f"{lex.tag}  ({lex.language}, {len(lex.entries)} entries)\n")
        out.write(f"path: {lex.path}\nlicence: {lex.licence}\ndescription: {lex.description}\n")
        for tag, what in lex.sources.items():
            out.write(f"source {tag}: {what}\n")
        out.write("categories:\n")
        for cat, n in sorted(lex.categories().items(), key=lambda kv: -kv[1]):
            if not args.category or cat in args.category:
                out.write(f"  {cat:12s} {n:6d}  {CATEGORIES[cat]}\n")
        return 0
    out.write("entry\tcategory\tpos\tneutral\tweight\tnote\n")
    for e in lex.entries:
        if args.category and e.category not in args.category:
            continue
        out.write(f"{e.entry}\t{e.category}\t{e.pos}\t{'|'.join(e.neutral)}\t{e.weight:g}\t"
                  f"{e.note}\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    from ..lexicon import Matcher, validate_lexicon

    failed: list[tuple[Path, list[str]]] = []
    for path in args.files:
        if not path.is_file():
            failed.append((path, [f"{path}: file not found"]))
            continue
        lex, errors = validate_lexicon(path)
        if errors or lex is None:
            for msg in errors:
                print(msg, file=sys.stderr)
            failed.append((path, errors))
            continue
        matcher = Matcher([lex], lex.language)
        cats = ", ".join(f"{c} {n}" for c, n in sorted(lex.categories().items()))
        print(f"{path}: OK {lex.tag} ({lex.language}), {len(lex.entries)} entries, "
              f"{matcher.n_forms} surface forms; {cats}")
        for c in matcher.collisions:
            print(f"  note: the form {c.form!r} of {c.dropped.entry!r} ({c.dropped.category}, "
                  f"line {c.dropped.line}) is matched as {c.kept.entry!r} ({c.kept.category}, "
                  f"line {c.kept.line})")
    if failed:
        path, errors = failed[0]
        more = f" and {len(errors) - 1} more" if len(errors) > 1 else ""
        others = f"; {len(failed) - 1} other file(s) also failed" if len(failed) > 1 else ""
        raise _user_error(f"{errors[0]}{more} - fix the file and check it again{others}")
    return 0
