#include "report/text_width.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace almanac {
namespace {

struct WidthRange {
  char32_t first;
  std::array<std::uint16_t, 96> widths;  // thousandths of an em; a range holds up to 96
};

// Made by scripts/text-widths.py: the larger of DejaVu Sans's and PT Sans's advance widths.
constexpr WidthRange kRanges[] = {
    {0x0020,
     {{
         318,  401, 460, 838, 637, 951, 814, 275, 391, 391, 500, 838, 318, 361, 318, 354,
         637,  637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531,
         1064, 685, 687, 699, 771, 632, 576, 775, 752, 295, 295, 656, 558, 863, 749, 788,
         604,  788, 695, 635, 611, 732, 685, 989, 686, 611, 686, 391, 380, 391, 838, 500,
         500,  613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 292, 975, 634, 612,
         635,  635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
     }}},
    {0x00A0,
     {{
         318, 401, 637, 637, 637, 637, 337, 500, 500, 1000, 472, 612, 838, 361, 1000, 500,
         500, 838, 401, 401, 500, 637, 637, 318, 500, 401,  472, 612, 970, 970, 970,  531,
         685, 685, 685, 685, 685, 685, 975, 699, 632, 632,  632, 632, 295, 295, 295,  295,
         775, 749, 788, 788, 788, 788, 788, 838, 788, 732,  732, 732, 732, 611, 605,  630,
         613, 613, 613, 613, 613, 613, 982, 550, 616, 616,  616, 616, 278, 278, 278,  278,
         612, 634, 612, 612, 612, 612, 612, 838, 612, 634,  634, 634, 634, 592, 635,  592,
     }}},
    {0x0400,
     {{
         632, 632, 787, 610, 699, 635, 295,  295, 295,  1094, 1045, 787, 710, 749, 610,  752,
         685, 687, 687, 610, 782, 632, 1078, 642, 749,  749,  710,  752, 863, 752, 788,  752,
         604, 699, 611, 610, 861, 686, 777,  686, 1070, 1094, 833,  883, 687, 699, 1080, 695,
         613, 617, 590, 526, 692, 616, 901,  532, 650,  650,  605,  640, 755, 654, 612,  654,
         635, 550, 583, 592, 855, 592, 681,  591, 916,  942,  707,  790, 590, 549, 842,  602,
         616, 616, 625, 526, 549, 521, 278,  278, 278,  903,  899,  652, 605, 650, 592,  654,
     }}},
    {0x2010,
     {{
         361,  361,  637, 660, 1000, 1000, 500,  500, 318, 318, 318, 318, 519, 519, 519, 519,
         500,  500,  590, 590, 335,  668,  1000, 318, 0,   0,   0,   0,   0,   0,   0,   200,
         1342, 1736, 228, 374, 521,  228,  374,  521, 339, 400, 400, 838, 486, 531, 500, 804,
     }}},
};

// CJK and other characters outside the table are about an em wide.
constexpr int kOtherWidth = 1000;

// In thousandths of an em, so that widths add up exactly, whatever the order.
int em_thousandths(char32_t code) {
  for (const auto& range : kRanges) {
    if (code >= range.first && code < range.first + range.widths.size() &&
        range.widths[code - range.first] != 0) {
      return range.widths[code - range.first];
    }
  }
  return kOtherWidth;
}

// The length in bytes of the UTF-8 character that starts with `byte`.
std::size_t character_length(unsigned char byte) {
  return byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
}

std::int64_t thousandths(std::string_view text) {
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = character_length(byte);
    char32_t code = length == 1 ? byte : byte & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    sum += em_thousandths(code);
    i += length;
  }
  return sum;
}

}  // namespace

double text_width(std::string_view text, double font_size) {
  return static_cast<double>(thousandths(text)) / 1000.0 * font_size;
}

// Widths are added up as the line grows instead of measured again, so that a label as long as a
// whole file (a topic of a million letters) is wrapped in one pass.
std::vector<std::string> wrap_text(std::string_view text, double width, double font_size) {
  const auto fits = [&](std::int64_t ems) {
    return static_cast<double>(ems) / 1000.0 * font_size <= width;
  };
  const std::int64_t space = thousandths(" ");
  std::vector<std::string> lines;
  std::string line;
  std::int64_t line_ems = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    std::int64_t word_ems = thousandths(word);
    if (!line.empty()) {
      if (fits(line_ems + space + word_ems)) {
        line.append(" ").append(word);
        line_ems += space + word_ems;
        continue;
      }
      lines.push_back(std::move(line));
      line.clear();
    }
    // A word wider than the line is cut between characters.
    while (!fits(word_ems)) {
      std::size_t cut = 0;
      std::int64_t cut_ems = 0;
      while (cut < word.size()) {
        const std::size_t next = cut + character_length(static_cast<unsigned char>(word[cut]));
        const std::int64_t ems = thousandths(word.substr(cut, next - cut));
        if (cut > 0 && !fits(cut_ems + ems)) break;
        cut_ems += ems;
        cut = next;
      }
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(std::min(cut, word.size()));
      word_ems -= cut_ems;
    }
    line = std::string(word);
    line_ems = word_ems;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace almanac
