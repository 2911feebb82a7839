"""A faster ``__init__`` for the small frozen dataclasses created by the thousand per article."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

__all__ = ["fast_init"]

T = TypeVar("T")


def fast_init(cls: type[T]) -> type[T]:
    """Give a frozen dataclass an ``__init__`` that sets the instance's ``__dict__`` at once.

    The ``__init__`` that dataclasses writes for a frozen class sets each field through
    ``object.__setattr__`` (to get past the frozen ``__setattr__``): one call per field, four
    times slower than assigning the whole dict. This one has the same parameters and defaults
    and leaves the same attributes, in field order; everything else (eq, hash, repr, frozen,
    replace, pickling) is the dataclass's own. Put it above ``@dataclass(frozen=True)``.
    """
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") \
            or hasattr(cls, "__slots__"):
        raise TypeError(f"fast_init: {cls.__name__} is not a plain dataclass")
    fields = dataclasses.fields(cls)
    namespace: dict[str, object] = {"_set": object.__setattr__}
    params = []
    for f in fields:
        if not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"fast_init: field {cls.__name__}.{f.name} is not a plain field")
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    attrs = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    # (source code, as dataclasses writes its own __init__)
    exec(f"def __init__(self, {', '.join(params)}):\n"
         f"    _set(self, '__dict__', {{{attrs}}})\n", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__annotations__ = dict(cls.__init__.__annotations__)  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]
    return cls
