"""The site's icon, drawn here: a page of text lines, one of them highlighted (an annotation), on the
accent blue. Built once at import as a 32×32 PNG inside an ICO container; static/favicon.svg is the
same drawing for browsers that take SVG."""

from __future__ import annotations

import struct
import zlib

SIZE = 32
BLUE, WHITE, YELLOW = (11, 92, 173, 255), (255, 255, 255, 255), (255, 214, 10, 255)
CLEAR = (0, 0, 0, 0)
# (row from, row to, column from, column to, colour): the lines of the page, the highlighted one.
LINES = [(8, 10, 7, 25, WHITE), (14, 16, 7, 25, WHITE), (13, 17, 6, 18, YELLOW), (20, 22, 7, 21, WHITE)]


def _pixel(x: int, y: int) -> tuple[int, int, int, int]:
    inside = 1 <= x < SIZE - 1 and 1 <= y < SIZE - 1
    corner = min(x, SIZE - 1 - x) + min(y, SIZE - 1 - y) < 4  # rounded corners, roughly
    if not inside or corner:
        return CLEAR
    colour = BLUE
    for top, bottom, left, right, paint in LINES:
        if top <= y <= bottom and left <= x <= right:
            colour = paint
    return colour


def _png() -> bytes:
    rows = b"".join(b"\x00" + b"".join(bytes(_pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _ico(png: bytes) -> bytes:
    directory = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(png), 6 + 16)
    return directory + entry + png


ICO = _ico(_png())
