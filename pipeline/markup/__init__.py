"""The inline markup passes, in the order they run. Each is `(div, names) -> div`."""

from .persons import mark_persons
from .places import mark_places

PASSES = (
    mark_persons,
    mark_places,
)
