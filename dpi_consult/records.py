"""Classes compared, shown and copied by their fields: what dataclasses give, without their start-up cost.

Creating a dataclass costs 0.4–0.7 ms and importing the module 2 ms; the classes the window needs for its
first frame (form, draft, settings) are written on these bases instead (benchmarks/startup.py).
"""

from __future__ import annotations

from typing import Any, Self


class Fields:
    """Equality, repr and replace() over `_fields`, which are also the keyword arguments of __init__."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable: like a dataclass with eq and no frozen

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self._fields)})"

    def replace(self, **changes: Any) -> Self:
        """A copy with some fields changed (shallow, like dataclasses.replace)."""
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        return type(self)(**{name: changes.get(name, getattr(self, name)) for name in self._fields})

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), {name: getattr(self, name) for name in self._fields}))


class Record(Fields):
    """An immutable Fields: assignment after __init__ fails, and it can be hashed."""

    __slots__ = ()

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable (cannot delete {name!r})")

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._values())


def _rebuild(cls: type[Fields], values: dict[str, Any]) -> Fields:
    return cls(**values)
