#include "model/written_date.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace almanac {
namespace {

// Month names an editor writes, in Russian (genitive, nominative, short) and English, lower
// case; the index is the month.
const std::array<std::vector<std::string_view>, 12>& month_names() {
  static const std::array<std::vector<std::string_view>, 12> names = {{
      {"января", "январь", "янв", "january", "jan"},
      {"февраля", "февраль", "фев", "февр", "february", "feb"},
      {"марта", "март", "мар", "march", "mar"},
      {"апреля", "апрель", "апр", "april", "apr"},
      {"мая", "май", "may"},
      {"июня", "июнь", "июн", "june", "jun"},
      {"июля", "июль", "июл", "july", "jul"},
      {"августа", "август", "авг", "august", "aug"},
      {"сентября", "сентябрь", "сен", "сент", "september", "sep", "sept"},
      {"октября", "октябрь", "окт", "october", "oct"},
      {"ноября", "ноябрь", "ноя", "нояб", "november", "nov"},
      {"декабря", "декабрь", "дек", "december", "dec"},
  }};
  return names;
}

// Lower case for ASCII and the Russian alphabet, the letters month names use.
std::string lower(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(std::tolower(c));
    } else if (c == 0xD0 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[++i]);
      if (next >= 0x90 && next <= 0x9F) {  // А..П → а..п
        out += '\xD0';
        out += static_cast<char>(next + 0x20);
      } else if (next >= 0xA0 && next <= 0xAF) {  // Р..Я → р..я
        out += '\xD1';
        out += static_cast<char>(next - 0x20);
      } else if (next == 0x81) {  // Ё → ё
        out += "\xD1\x91";
      } else {
        out += '\xD0';
        out += static_cast<char>(next);
      }
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

// Splits at any run of the characters in `separators`.
std::vector<std::string_view> parts(std::string_view text, std::string_view separators) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find_first_of(separators, start), text.size());
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::optional<int> number(std::string_view text, std::size_t min_digits, std::size_t max_digits) {
  if (text.size() < min_digits || text.size() > max_digits) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<Date> checked(std::optional<int> year, std::optional<int> month,
                            std::optional<int> day) {
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1) return std::nullopt;
  constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
  const int last = *month == 2 && !leap ? 28 : kDays[*month - 1];
  if (*day > last || *year < 1000) return std::nullopt;
  return Date{*year, *month, *day};
}

std::optional<int> month_named(std::string_view word) {
  std::string name = lower(word);
  while (!name.empty() && name.back() == '.')
    name.pop_back();
  for (std::size_t m = 0; m < 12; ++m) {
    for (const auto candidate : month_names()[m]) {
      if (name == candidate) return static_cast<int>(m + 1);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Date> read_written_date(std::string_view text) {
  text = trim(text);
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') &&
      text.back() == text.front()) {
    text = trim(text.substr(1, text.size() - 2));
  }
  if (text.empty()) return std::nullopt;
  // 08.10.2025, 8.10.2025, 2025/10/08, 2025-10-08, 2025.10.08
  if (text.find(' ') == std::string_view::npos) {
    const auto numbers = parts(text, "./-");
    if (numbers.size() != 3) return std::nullopt;
    if (numbers[0].size() == 4) {
      return checked(number(numbers[0], 4, 4), number(numbers[1], 1, 2), number(numbers[2], 1, 2));
    }
    return checked(number(numbers[2], 4, 4), number(numbers[1], 1, 2), number(numbers[0], 1, 2));
  }
  // 8 октября 2025, 8 октября 2025 г., 8 October 2025, October 8, 2025
  auto words = parts(text, " ,\t");
  if (!words.empty() && (lower(words.back()) == "г." || lower(words.back()) == "г" ||
                         lower(words.back()) == "года")) {
    words.pop_back();
  }
  if (words.size() != 3) return std::nullopt;
  if (const auto month = month_named(words[1])) {
    return checked(number(words[2], 4, 4), month, number(words[0], 1, 2));
  }
  if (const auto month = month_named(words[0])) {
    return checked(number(words[2], 4, 4), month, number(words[1], 1, 2));
  }
  return std::nullopt;
}

}  // namespace almanac
