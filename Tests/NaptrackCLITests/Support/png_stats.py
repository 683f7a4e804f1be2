"""Print a PNG's width, height, number of distinct colours and share of non-white pixels.

Used by the browser tests to tell a rendered page from a blank one. Handles 8-bit greyscale,
RGB and RGBA images without interlacing, which is what headless Chromium writes.
"""
import struct
import sys
import zlib


def main(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("not a PNG")
    position, chunks = 8, []
    width = height = depth = colour_type = interlace = None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace != 0:
        sys.exit("unsupported PNG: depth %s, colour type %s, interlace %s" % (depth, colour_type, interlace))
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    colours, non_white = set(), 0
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - up_left
                a, b, c = abs(estimate - left), abs(estimate - up), abs(estimate - up_left)
                predictor = left if a <= b and a <= c else (up if b <= c else up_left)
                line[i] = (line[i] + predictor) & 0xFF
        previous = line
        for x in range(0, stride, channels):
            pixel = bytes(line[x:x + min(channels, 3)])
            colours.add(pixel)
            if pixel not in (b"\xff\xff\xff", b"\xff"):
                non_white += 1
    print(width, height, len(colours), round(non_white / float(width * height), 4))


if __name__ == "__main__":
    main(sys.argv[1])
