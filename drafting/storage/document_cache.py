"""Files that are costly to make and never change once made, kept in a folder under their content key.

The PDF of a 2,000-article code takes over a minute of CPU (docs/performance.md); the same version
asked again is read from here. A key is the SHA-256 of everything the file is made from (for a PDF:
the HTML it is drawn from and the WeasyPrint version), so a hit gives back exactly the file the
request would have made: nothing a requester could not see is ever served, and a change of template,
label or language makes a new key instead of serving a stale file.

The folder is a cache: losing it costs time only. Files are written whole under a temporary name then
renamed, so a reader never sees half a file; the least recently used go once the folder holds more
than `max_bytes`. A folder that cannot be written leaves every request to make its file. Two requests
for the same missing file in one process make it once: the second waits for the first, then reads it.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

_KEY = re.compile(r"[0-9a-f]{64}")


class DocumentCache:
    def __init__(self, folder: Path, max_bytes: int = 512 * 1024 * 1024, suffix: str = ".pdf") -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.suffix = suffix
        self._guard = threading.Lock()
        self._making: dict[str, tuple[threading.Lock, int]] = {}  # key -> (its lock, requests holding it)

    def _path(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"a cache key is 64 lowercase hexadecimal digits (a SHA-256), not {key!r}")
        return self.folder / f"{key}{self.suffix}"

    def get(self, key: str) -> bytes | None:
        path = self._path(key)
        try:
            body = path.read_bytes()
            os.utime(path)  # recently used: pruned last
        except OSError:
            return None
        return body

    def put(self, key: str, body: bytes) -> None:
        path = self._path(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.folder, prefix=".part-", delete=False) as part:
                part.write(body)
            os.replace(part.name, path)
        except OSError as exc:
            log.warning("document cache: cannot write %s (%s); the file will be made again next time", path, exc)
            return
        self._prune()

    def get_or_make(self, key: str, make: Callable[[], bytes]) -> bytes:
        body = self.get(key)
        if body is not None:
            return body
        with self._guard:
            lock, holders = self._making.get(key, (threading.Lock(), 0))
            self._making[key] = (lock, holders + 1)
        try:
            with lock:
                body = self.get(key)  # made meanwhile by the request this one waited for
                if body is None:
                    body = make()
                    self.put(key, body)
        finally:
            with self._guard:
                lock, holders = self._making[key]
                if holders == 1:
                    del self._making[key]
                else:
                    self._making[key] = (lock, holders - 1)
        return body

    def _prune(self) -> None:
        """Remove the least recently used files until the folder holds at most `max_bytes`."""
        try:
            entries = [(p.stat(), p) for p in self.folder.glob(f"*{self.suffix}")]
        except OSError:
            return
        total = sum(stat.st_size for stat, _p in entries)
        for stat, path in sorted(entries, key=lambda entry: entry[0].st_mtime):
            if total <= self.max_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= stat.st_size
