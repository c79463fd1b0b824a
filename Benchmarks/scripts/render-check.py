#!/usr/bin/env python3
"""Measures how exactly a browser's rendering of a shared screen keeps the terminal's cell grid.

usage: render-check.py FRAME.txt SCREENSHOT.png [ROW_HEIGHT]

FRAME.txt is the frame as text (`kotacerdas snapshot --format text`), SCREENSHOT.png the same
frame exported as SVG or HTML and rendered by a browser. For every vertical box-drawing line
in the frame (│ ╭ ╮ ╰ ╯ ├ ┤ on the text row) it finds the line's ink in the middle pixel row
of that text row, fits one grid (x = offset + pitch × column) through all of them by least
squares, and prints how far each line lies from that grid. A glyph from a fallback font that
pushed the rest of its row along would show as lines several pixels off; on an exact grid
every line is within a pixel. Pure Python (zlib), no imaging library needed.
"""
import struct
import sys
import zlib

VERTICALS = set("│┃║")


def read_png(path):
    """The PNG's pixels as rows of (r, g, b) tuples; 8-bit RGB or RGBA, not interlaced."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise SystemExit(f"{path}: expected 8-bit RGB(A), not interlaced")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        previous = line
    return rows


def ink_runs(row, background):
    """Centres of the stretches of a pixel row that differ clearly from the background."""
    runs, start = [], None
    for x, pixel in enumerate(row + [background]):
        ink = sum(abs(a - b) for a, b in zip(pixel, background)) > 90
        if ink and start is None:
            start = x
        elif not ink and start is not None:
            runs.append((start + x - 1) / 2)
            start = None
    return runs


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    pixels = read_png(sys.argv[2])
    row_height = float(sys.argv[3]) if len(sys.argv) > 3 else 17.0
    counts = {}
    for row in pixels:
        for pixel in row:
            counts[pixel] = counts.get(pixel, 0) + 1
    background = max(counts, key=counts.get)
    # Vertical lines by column, counted in display columns of the frame.
    cells = []
    for number, line in enumerate(lines):
        y = int(number * row_height + row_height / 2)
        if y >= len(pixels):
            break
        runs = ink_runs(pixels[y], background)
        for column, character in enumerate(line):
            if character in VERTICALS and runs:
                cells.append((column, runs, number))
    if len(cells) < 2:
        raise SystemExit("no vertical lines to measure in this frame")
    pitch, offset = 9.0, 4.5
    for _ in range(4):
        matched = [(column, min(runs, key=lambda x: abs(x - (offset + pitch * column)))) for column, runs, _ in cells]
        n = len(matched)
        mean_c = sum(c for c, _ in matched) / n
        mean_x = sum(x for _, x in matched) / n
        spread = sum((c - mean_c) ** 2 for c, _ in matched)
        pitch = sum((c - mean_c) * (x - mean_x) for c, x in matched) / spread if spread else pitch
        offset = mean_x - pitch * mean_c
    residuals = [abs(x - (offset + pitch * c)) for c, x in matched]
    worst = max(range(len(residuals)), key=residuals.__getitem__)
    print(f"{sys.argv[2]}: {len(residuals)} vertical lines on {len({r for _, _, r in cells})} rows; "
          f"grid pitch {pitch:.3f} px, offset {offset:.2f} px; off the grid: "
          f"mean {sum(residuals) / len(residuals):.2f} px, max {residuals[worst]:.2f} px "
          f"(row {cells[worst][2] + 1}, column {cells[worst][0] + 1})")
    return 0 if residuals[worst] <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
