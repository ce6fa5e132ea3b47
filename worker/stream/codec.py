"""Message bytes on the wire: compact JSON of the pydantic models, UTF-8 keys."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def encode(message: BaseModel) -> bytes:
    return message.model_dump_json().encode("utf-8")


def decode(model: type[M], value: bytes) -> M:
    return model.model_validate_json(value)


def key(text: str) -> bytes:
    return text.encode("utf-8")
