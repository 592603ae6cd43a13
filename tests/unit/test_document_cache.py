"""The folder of PDFs already drawn: a file is read back whole, the least recently used go first when
the folder is full, and a folder that cannot be written only means drawing again."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

import pytest

from drafting.storage.document_cache import DocumentCache


def key(n: int) -> str:
    return hashlib.sha256(str(n).encode()).hexdigest()


def test_a_kept_file_is_read_back_and_the_least_recently_used_go_when_the_folder_is_full(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / "pdf", max_bytes=25)
    for n in (1, 2):
        cache.put(key(n), bytes([n]) * 10)
        os.utime(cache.folder / f"{key(n)}.pdf", (1_000_000 + n, 1_000_000 + n))
    assert cache.get(key(1)) == b"\x01" * 10  # read: now the most recently used
    cache.put(key(3), b"\x03" * 10)  # 30 bytes: the least recently used (2) goes
    assert cache.get(key(2)) is None
    assert cache.get(key(1)) == b"\x01" * 10 and cache.get(key(3)) == b"\x03" * 10
    assert sorted(p.name.startswith(".part-") for p in cache.folder.iterdir()) == [False, False]


def test_making_a_file_once_then_reading_it(tmp_path: Path) -> None:
    cache, made = DocumentCache(tmp_path), []
    for _ in range(2):
        assert cache.get_or_make(key(7), lambda: made.append(1) or b"%PDF-") == b"%PDF-"
    assert made == [1]


def test_a_folder_that_cannot_be_written_makes_the_file_each_time(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    cache = DocumentCache(tmp_path / "file" / "pdf")
    assert cache.get_or_make(key(1), lambda: b"%PDF-") == b"%PDF-"
    assert cache.get(key(1)) is None


def test_a_key_is_a_sha256_so_no_name_reaches_outside_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="64 lowercase hexadecimal"):
        DocumentCache(tmp_path).get("../../etc/passwd")


def test_two_requests_for_the_same_missing_file_make_it_once(tmp_path: Path) -> None:
    """Officials printing a new stage of a code at once: one drawing, the others wait and read it."""
    cache, made, second_asks = DocumentCache(tmp_path), [], threading.Event()

    def draw() -> bytes:
        made.append(1)
        second_asks.wait(timeout=30)  # the second request is under way while this one draws
        time.sleep(0.2)
        return b"%PDF-"

    first = threading.Thread(target=cache.get_or_make, args=(key(9), draw))
    first.start()
    while not made:
        time.sleep(0.01)
    second_asks.set()
    assert cache.get_or_make(key(9), draw) == b"%PDF-"
    first.join()
    assert made == [1]
