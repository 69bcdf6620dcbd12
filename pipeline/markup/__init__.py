"""The inline markup passes, in the order they run. Each is `(div, names) -> div`."""

from .persons import mark_persons
from .dates import mark_dates
from .places import mark_places
from .quantities import mark_quantities

PASSES = (
    mark_persons,
    mark_places,
    mark_quantities,
    mark_dates,
)
