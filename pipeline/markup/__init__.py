"""The inline markup passes, in the order they run. Each is `(div, names) -> div`."""

from .persons import mark_persons

PASSES = (
    mark_persons,
)
