#include "util/text.h"

#include <algorithm>
#include <bit>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace almanac {

namespace {

// The two kinds of byte the escapers below look for.
enum class Special { markup, json };

bool is_special(unsigned char c, Special kind) {
  if (kind == Special::json) return c < 0x20 || c == '"' || c == '\\';
  return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
}

// The offset of the first special byte at or after `from`, or text.size(). Escaping is much of
// the work of rendering a page and most text has nothing to escape, so on x86-64 the bytes are
// checked sixteen at a time.
std::size_t find_special(std::string_view text, std::size_t from, Special kind) {
  std::size_t i = from;
#ifdef __SSE2__
  const auto equal = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i found =
        _mm_or_si128(equal(v, '"'), kind == Special::json ? equal(v, '\\') : equal(v, '\''));
    if (kind == Special::json) {
      // Bytes up to 0x1F, compared unsigned: the larger of a byte and 0x1F is 0x1F only then.
      found = _mm_or_si128(found, equal(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), 0x1F));
    } else {
      found = _mm_or_si128(found,
                           _mm_or_si128(equal(v, '&'), _mm_or_si128(equal(v, '<'), equal(v, '>'))));
    }
    if (const int mask = _mm_movemask_epi8(found); mask != 0)
      return i + std::countr_zero(static_cast<unsigned>(mask));
  }
#endif
  for (; i < text.size(); ++i) {
    if (is_special(static_cast<unsigned char>(text[i]), kind)) return i;
  }
  return text.size();
}

}  // namespace

LineColumn line_column_at(std::string_view text, std::size_t offset) {
  LineColumn position;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

namespace {

// Whether every "-"-separated part of `word` (two or more) occurs in `candidate`.
bool contains_every_part(std::string_view candidate, std::string_view word) {
  std::size_t parts = 0;
  std::size_t start = 0;
  while (start < word.size()) {
    const std::size_t end = std::min(word.find('-', start), word.size());
    const std::string_view part = word.substr(start, end - start);
    if (part.size() < 3 || candidate.find(part) == std::string_view::npos) return false;
    ++parts;
    start = end + 1;
  }
  return parts >= 2;
}

}  // namespace

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  // More than about a third of the word changed is not a typo but a different word.
  if (best && best_distance <= std::max<std::size_t>(2, word.size() / 3)) return best;
  // An id typed short, such as jiangxi-hospital for jiangxi-childrens-hospital.
  for (const auto& candidate : candidates) {
    if (contains_every_part(candidate, word)) return candidate;
  }
  return std::nullopt;
}

std::string quoted_alternatives(const std::vector<std::string>& values,
                                std::string_view last_joiner) {
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) text += (i + 1 == values.size()) ? std::string(last_joiner) : std::string(", ");
    text += "\"" + values[i] + "\"";
  }
  return text;
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t start = 0;
  for (std::size_t i = find_special(text, 0, Special::json); i < text.size();
       i = find_special(text, start, Special::json)) {
    out.append(text, start, i - start);
    start = i + 1;
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default: {
        constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xf];
      }
    }
  }
  out.append(text, start, std::string_view::npos);
  out += '"';
}

std::string escape_markup(const std::string& text) {
  std::size_t i = find_special(text, 0, Special::markup);
  if (i == text.size()) return text;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t start = 0;
  while (i < text.size()) {
    out.append(text, start, i - start);
    switch (text[i]) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += "&apos;";
        break;
    }
    start = i + 1;
    i = find_special(text, start, Special::markup);
  }
  out.append(text, start, std::string::npos);
  return out;
}

bool has_control_character(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

bool is_slug(std::string_view text) {
  if (text.empty()) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace almanac
