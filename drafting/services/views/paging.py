"""A page of a listing, as every paginated API route answers it."""

from __future__ import annotations

from typing import Generic, TypedDict, TypeVar

Item = TypeVar("Item")


class Page(TypedDict, Generic[Item]):
    """`GET /api/bills`, the listings of comments, arguments, annotations, reports and the moderation
    log: one page of items; `next_page` is None on the last."""

    items: list[Item]
    page: int
    next_page: int | None
