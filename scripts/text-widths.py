#!/usr/bin/python3
"""Prints the table of generator/report/text_width.cc: for each character of the ranges below,
the larger advance width of DejaVu Sans and PT Sans (the fonts the charts name), in thousandths
of an em, rounded up. Needs fontTools (Debian's python3-fonttools) and both fonts."""
import math
from fontTools.ttLib import TTFont

FONTS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/paratype/PTS55F.ttf"]
RANGES = [(0x20, 0x7F), (0xA0, 0x100), (0x400, 0x460), (0x2010, 0x2040)]

fonts = []
for path in FONTS:
    font = TTFont(path)
    fonts.append((font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm))

for first, end in RANGES:
    widths = []
    for code in range(first, end):
        known = [hmtx[cmap[code]][0] / em for cmap, hmtx, em in fonts if code in cmap]
        widths.append(math.ceil(max(known) * 1000) if known else 1000)
    print(f"    {{0x{first:04X}, {{")
    for i in range(0, len(widths), 16):
        print("        " + ", ".join(str(w) for w in widths[i:i + 16]) + ",")
    print("    }},")
