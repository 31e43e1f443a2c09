#include "toml/toml_mistakes.h"

#include <map>
#include <optional>
#include <set>

#include "messages/messages.h"
#include "model/written_date.h"

namespace almanac {
namespace {

constexpr const char* kStraightQuotes = to_translate(
    "write text in straight quotes \"…\", not the « » or “ ” a word processor puts: {line}");

// Quote marks a word processor types instead of '"'.
constexpr std::string_view kTypographicQuotes[] = {"«", "»", "“", "”", "„", "‘", "’", "‚"};

std::string_view starts_with_typographic_quote(std::string_view text) {
  for (const auto quote : kTypographicQuotes) {
    if (text.starts_with(quote)) return quote;
  }
  return {};
}

// Columns count characters, as an editor sees them.
int column_of(std::string_view line, std::size_t byte) {
  int column = 1;
  for (std::size_t i = 0; i < byte && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  }
  return column -
         ((byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ? 1 : 0);
}

bool is_bare_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

// Lower-case Russian and English words that mean yes or no.
std::optional<bool> yes_or_no(std::string_view word) {
  static const std::map<std::string_view, bool> kWords = {
      {"да", true},     {"Да", true},    {"ДА", true},   {"истина", true}, {"yes", true},
      {"Yes", true},    {"True", true},  {"TRUE", true}, {"нет", false},   {"Нет", false},
      {"НЕТ", false},   {"ложь", false}, {"no", false},  {"No", false},    {"False", false},
      {"FALSE", false}, {"вкл", true},   {"выкл", false}};
  const auto it = kWords.find(word);
  return it == kWords.end() ? std::nullopt : std::optional(it->second);
}

// Text that begins with a letter, of any alphabet: what an editor meant as text.
bool starts_with_letter(std::string_view text) {
  if (text.empty()) return false;
  const auto c = static_cast<unsigned char>(text.front());
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

bool is_number(std::string_view text) {
  if (text.empty()) return false;
  std::size_t i = text[0] == '-' || text[0] == '+' ? 1 : 0;
  if (i == text.size()) return false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (!((c >= '0' && c <= '9') || c == '_' || c == '.' || c == 'e' || c == 'E')) return false;
  }
  return true;
}

// A value TOML accepts without quotes: a number, a boolean, a date or time.
bool is_bare_value(std::string_view text) {
  if (text == "true" || text == "false" || text == "inf" || text == "nan" || is_number(text)) {
    return true;
  }
  // 2025-10-08, 2025-10-08T16:40:00, 16:40:00
  return text.size() >= 8 && text[0] >= '0' && text[0] <= '9' &&
         text.find_first_not_of("0123456789-:T.Z+ ") == std::string_view::npos;
}

// The position just past a quoted string that starts at text[start] ('"' or '\''), or npos
// when it is not closed on this line.
std::size_t string_end(std::string_view text, std::size_t start) {
  const char quote = text[start];
  for (std::size_t i = start + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
      continue;
    }
    if (text[i] == quote) return i + 1;
  }
  return std::string_view::npos;
}

// `text` from `from` on, without a comment that starts outside quotes.
std::size_t content_end(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] == '"' || text[i] == '\'') {
      const std::size_t end = string_end(text, i);
      if (end == std::string_view::npos) return text.size();
      i = end - 1;
    } else if (text[i] == '#') {
      return i;
    }
  }
  return text.size();
}

class Finder {
 public:
  Finder(std::string_view text, int first_line) : first_line_(first_line) {
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      lines_.push_back(text.substr(start, end - start));
      if (end == text.size()) break;
      start = end + 1;
    }
  }

  std::vector<TomlMistake> find() {
    for (std::size_t i = 0; i < lines_.size(); ++i)
      i = look_at_line(i);
    return std::move(mistakes_);
  }

 private:
  void report(std::size_t line, std::size_t byte, std::string message) {
    mistakes_.push_back(
        {first_line_ + static_cast<int>(line), column_of(lines_[line], byte), std::move(message)});
  }

  // Returns the last line the entry took (a list may take several).
  std::size_t look_at_line(std::size_t index) {
    const std::string_view line = lines_[index];
    const std::string_view trimmed = trim(line);
    if (trimmed.empty() || trimmed.front() == '#') return index;
    if (trimmed.front() == '[') {
      table_ = std::string(trimmed);
      return index;
    }
    const std::size_t key_start = line.find_first_not_of(" \t");
    std::size_t key_end = key_start;
    while (key_end < line.size() && is_bare_key_char(line[key_end]))
      ++key_end;
    if (key_end == key_start) return index;
    const std::string key(line.substr(key_start, key_end - key_start));
    const std::size_t separator = line.find_first_not_of(" \t", key_end);
    if (separator == std::string_view::npos) return index;
    if (line[separator] == ':') {
      const std::string_view value = trim(line.substr(separator + 1));
      report(index, separator,
             tr("write \"=\" between the key and its value, not \":\": {line}",
                {{"line", key + " = " + std::string(value)}}));
      return index;
    }
    if (line[separator] != '=') return index;
    const auto [seen, first_time] = keys_[table_].emplace(key, index);
    if (!first_time) {
      report(index, key_start,
             tr("\"{key}\" is written twice, on line {line} and on this one; keep one of them",
                {{"key", key},
                 {"line", std::to_string(first_line_ + static_cast<int>(seen->second))}}));
    }
    const std::size_t value_start = line.find_first_not_of(" \t\r", separator + 1);
    if (value_start == std::string_view::npos || line[value_start] == '#') {
      report(
          index, separator,
          tr("\"{key}\" has no value after \"=\": write one, or delete the line", {{"key", key}}));
      return index;
    }
    return look_at_value(index, key, value_start);
  }

  std::size_t look_at_value(std::size_t index, const std::string& key, std::size_t start) {
    const std::string_view line = lines_[index];
    const std::string_view value = trim(line.substr(start, content_end(line, start) - start));
    if (const auto quote = starts_with_typographic_quote(value); !quote.empty()) {
      report(index, start, straight_quotes_message(key, value));
      return index;
    }
    if (value.front() == '"' && !value.starts_with("\"\"\"")) {
      if (string_end(line, start) == std::string_view::npos) {
        report(index, line.size(),
               tr("the text in quotes is not closed: end it with \" on the same line: {line}",
                  {{"line", key + " = " + std::string(trim(line.substr(start))) + "\""}}));
      }
      return index;
    }
    if (value.front() == '[') return look_at_list(index, key, start);
    if (value.front() == '{' || value.front() == '\'') return index;
    if (const auto date = read_written_date(value); date && date->iso() != value) {
      report(index, start,
             tr("write a date as year-month-day, without quotes: {line}",
                {{"line", key + " = " + date->iso()}}));
      return index;
    }
    if (const auto yes = yes_or_no(value)) {
      report(index, start,
             tr("write true (yes) or false (no) in English, without quotes: {line}",
                {{"line", key + " = " + (*yes ? "true" : "false")}}));
      return index;
    }
    if (starts_with_letter(value) && !is_bare_value(value)) {
      report(index, start,
             tr("write text in quotes: {line}",
                {{"line", key + " = \"" + std::string(value) + "\""}}));
    }
    return index;
  }

  // A list, which may go on over several lines until its "]". One message for the first
  // problem, with the whole list as it should be written.
  std::size_t look_at_list(std::size_t index, const std::string& key, std::size_t start) {
    struct Problem {
      std::size_t line = 0, byte = 0;
      const char* what = nullptr;  // the message, with the list as it should be as {line}
    } problem;
    const auto note = [&](std::size_t line, std::size_t byte, const char* what) {
      if (!problem.what) problem = {line, byte, what};
    };
    std::vector<std::string> items;  // as they should be written
    int depth = 0;
    bool after_item = false;  // an item since the last comma
    std::size_t line_index = index;
    std::size_t i = start;
    for (; line_index < lines_.size(); ++line_index, i = 0) {
      const std::string_view line = lines_[line_index];
      const std::size_t end = content_end(line, i);
      while (i < end && depth >= 0) {
        const char c = line[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '[' || c == ']' || c == ',') {
          depth += c == '[' ? 1 : c == ']' ? -1 : 0;
          if (c == ',' || c == '[') after_item = false;
          ++i;
          if (depth == 0) break;
          continue;
        }
        std::size_t item_end = i;
        std::string written;
        if (c == '"' || c == '\'' || c == '{') {
          item_end = c == '{' ? line.find('}', i) : string_end(line, i);
          if (item_end == std::string_view::npos) {
            report(line_index, line.size(),
                   tr("the text in quotes is not closed: end it with \" on the same line"));
            return line_index;
          }
          if (c == '{') ++item_end;
          written = std::string(line.substr(i, item_end - i));
        } else {
          while (item_end < end && line[item_end] != ',' && line[item_end] != ']' &&
                 line[item_end] != '"')
            ++item_end;
          const std::string_view item = trim(line.substr(i, item_end - i));
          if (!starts_with_typographic_quote(item).empty()) {
            note(line_index, i, kStraightQuotes);
            written = straightened(item);
          } else if (starts_with_letter(item) && !is_bare_value(item)) {
            note(line_index, i, to_translate("write each item of a list in quotes: {line}"));
            written.append("\"").append(item).append("\"");
          } else {
            written = std::string(item);
          }
        }
        if (after_item) {
          note(line_index, i, to_translate("put a comma between the items of a list: {line}"));
        }
        items.push_back(std::move(written));
        after_item = true;
        i = item_end;
      }
      if (depth <= 0 && line_index >= index && i > 0) break;
    }
    if (problem.what) {
      std::string list;
      for (const auto& item : items)
        list += (list.empty() ? "" : ", ") + item;
      report(problem.line, problem.byte, tr(problem.what, {{"line", key + " = [" + list + "]"}}));
    }
    return std::min(line_index, lines_.size() - 1);
  }

  // `value` with every typographic quote made straight.
  static std::string straightened(std::string_view value) {
    std::string straight;
    while (!value.empty()) {
      const auto quote = starts_with_typographic_quote(value);
      straight += quote.empty() ? value.front() : '"';
      value.remove_prefix(quote.empty() ? 1 : quote.size());
    }
    return straight;
  }

  static std::string straight_quotes_message(const std::string& key, std::string_view value) {
    const std::string straight = straightened(value);
    std::string line = key;
    line.append(" = ").append(straight);
    return tr(kStraightQuotes, {{"line", line}});
  }

  int first_line_;
  std::vector<std::string_view> lines_;
  std::string table_;                                               // the current [table] header
  std::map<std::string, std::map<std::string, std::size_t>> keys_;  // by table: key → line
  std::vector<TomlMistake> mistakes_;
};

}  // namespace

std::vector<TomlMistake> find_toml_mistakes(std::string_view text, int first_line) {
  return Finder(text, first_line).find();
}

}  // namespace almanac
