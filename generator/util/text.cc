#include "util/text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace almanac {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// Nonzero when one of the eight bytes of `chunk` is `c` (the classic has-zero-byte trick).
std::uint64_t has_byte(std::uint64_t chunk, unsigned char c) {
  const std::uint64_t v = chunk ^ (kOnes * c);
  return (v - kOnes) & ~v & kHighs;
}

// Whether any of the eight bytes is one that HTML escaping replaces.
bool has_special_byte(std::uint64_t chunk) {
  return (has_byte(chunk, '&') | has_byte(chunk, '<') | has_byte(chunk, '>') |
          has_byte(chunk, '"') | has_byte(chunk, '\'')) != 0;
}

// Nonzero when one of the eight bytes of `chunk` is below `limit` (at most 0x80).
std::uint64_t has_byte_below(std::uint64_t chunk, unsigned char limit) {
  return (chunk - kOnes * limit) & ~chunk & kHighs;
}

// Whether any of the eight bytes is a control character, a quote or a backslash.
bool has_json_special_byte(std::uint64_t chunk) {
  return (has_byte_below(chunk, 0x20) | has_byte(chunk, '"') | has_byte(chunk, '\\')) != 0;
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
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size()) {
      std::uint64_t chunk;
      std::memcpy(&chunk, text.data() + i, 8);
      if (!has_json_special_byte(chunk)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(text, start, i - start);
    start = ++i;
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
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : {'&', '<', '>', '"', '\''})
      table[c] = true;
    return table;
  }();
  std::size_t i = 0;
  // Most values need no escaping: find out eight bytes at a time.
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, text.data() + i, 8);
    if (has_special_byte(chunk)) break;
  }
  for (; i < text.size() && !kSpecial[static_cast<unsigned char>(text[i])]; ++i) {
  }
  if (i == text.size()) return text;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t start = 0;
  for (; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!kSpecial[c]) continue;
    out.append(text, start, i - start);
    switch (c) {
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
  }
  out.append(text, start, std::string::npos);
  return out;
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
