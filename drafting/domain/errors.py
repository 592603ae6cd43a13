"""Errors the domain raises; `web/` maps each class to one HTTP status.

Messages are for people: say what was expected and what came.
"""


class DraftingError(Exception):
    code = "error"

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class InvalidInput(DraftingError):
    code = "invalid_input"


class NotFound(DraftingError):
    code = "not_found"


class Conflict(DraftingError):
    code = "conflict"


class StaleEdit(Conflict):
    """An edit sent from a copy that someone changed since it was read (optimistic concurrency): the
    edit is refused, never written over the newer state."""

    code = "stale_edit"


class Forbidden(DraftingError):
    code = "forbidden"


class Unauthenticated(DraftingError):
    code = "unauthenticated"


class TooManyRequests(DraftingError):
    code = "too_many_requests"


class PayloadTooLarge(DraftingError):
    code = "payload_too_large"


class Unavailable(DraftingError):
    """What this installation cannot do (a system library is missing), not what the caller did wrong."""

    code = "unavailable"


class Busy(Unavailable):
    """Too much heavy work in progress (large documents being drawn): the same request later succeeds."""

    code = "busy"
