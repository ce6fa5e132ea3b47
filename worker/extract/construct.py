"""Builds output models from trusted values the way pydantic's `model_construct` does, at a fraction of its cost.

`model_construct` walks every field and its aliases on each call; an article builds about 80 parts (evidence,
actors, counts, places, events), so that walk was a tenth of the extraction. `Builder` works out once per model
class and per set of given names which fields come from the values and which from defaults, then fills the
instance exactly as `model_construct` would: same `__dict__` (same key order, which the serializer follows), same
`model_fields_set`, no extra and no private values.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_set = object.__setattr__


class Builder(Generic[M]):
    """`Builder(Model)(**values)` == `Model.model_construct(**values)` for models without aliases, private
    attributes, post-init hooks or extra values (checked here, once)."""

    def __init__(self, cls: type[M]):
        if cls.__pydantic_post_init__ or cls.__private_attributes__ or cls.model_config.get("extra") == "allow" \
                or cls.__pydantic_root_model__ \
                or any(f.alias or f.validation_alias for f in cls.__pydantic_fields__.values()):
            raise TypeError(f"{cls.__name__} needs pydantic's own model_construct")
        self._cls = cls
        self._fields = tuple(cls.__pydantic_fields__.items())
        self._plans: dict[tuple[str, ...], Any] = {}

    def __call__(self, **values: Any) -> M:
        names = tuple(values)
        plan = self._plans.get(names)
        if plan is None:
            plan = self._plans[names] = self._plan(names)
        m = object.__new__(self._cls)
        if plan is True:  # every field given, in field order: the values are the instance's dict
            _set(m, "__dict__", values)
        else:
            _set(m, "__dict__", {name: values[name] if given else field.get_default(call_default_factory=True)
                                 for name, given, field in plan})
        _set(m, "__pydantic_fields_set__", set(names))
        _set(m, "__pydantic_extra__", None)
        _set(m, "__pydantic_private__", None)
        return m

    def _plan(self, names: tuple[str, ...]) -> Any:
        known = {name for name, _ in self._fields}
        if not known.issuperset(names):
            raise TypeError(f"{self._cls.__name__} has no field {sorted(set(names) - known)}")
        if names == tuple(known_name for known_name, _ in self._fields):
            return True
        for name, field in self._fields:
            if name not in names and field.is_required():
                raise TypeError(f"{self._cls.__name__}: {name} is required")
        return tuple((name, name in names, field) for name, field in self._fields)
