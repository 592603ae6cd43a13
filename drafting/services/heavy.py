"""Heavy documents: PDFs a single request can make cost tens of seconds of CPU (a liasse holding one
amendment of 200,000 characters is 256 pages for WeasyPrint; docs/performance.md, "Heavy documents").

Each is kept once drawn, in the `DocumentCache` of version PDFs, under the SHA-256 of the HTML it is
drawn from: that HTML says everything the file depends on (the bill, the versions, every amendment's
text, status and decision, the language) and costs a fraction of a second to build, so a change of
any of them makes a new key and a hit is exactly the file the request would have made.

Two requests for the same missing file make it once (the cache's per-key lock: the second waits for
the first's result). At most `RENDER_SLOTS` different files are drawn at once in a process; a request
that would draw one more gets a 503 with Retry-After instead of queueing CPU work behind the others.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from drafting.domain.errors import Busy
from drafting.storage.document_cache import DocumentCache

RENDER_SLOTS = 2  # WeasyPrint holds the GIL most of the time: more at once only makes each slower
RETRY_AFTER = 30  # seconds: about what one heavy PDF takes


class RenderSlots:
    def __init__(self, slots: int = RENDER_SLOTS) -> None:
        self._slots = threading.BoundedSemaphore(slots)

    def run(self, make: Callable[[], bytes]) -> bytes:
        if not self._slots.acquire(blocking=False):
            raise Busy(
                "the server is drawing other large documents; try again shortly", retry_after=RETRY_AFTER
            )
        try:
            return make()
        finally:
            self._slots.release()


SLOTS = RenderSlots()  # one per process: what it bounds is this process's CPU


def cached_pdf(cache: DocumentCache | None, html: str) -> bytes:
    """The PDF of a print page's HTML: read from `cache` when drawn before, else drawn in a slot."""
    from drafting.formats import pdf

    if cache is None:
        return SLOTS.run(lambda: pdf.render(html))
    return cache.get_or_make(pdf.fingerprint(html), lambda: SLOTS.run(lambda: pdf.render(html)))
