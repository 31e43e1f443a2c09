#include "toml/toml_limits.h"

#include <string>

#include "messages/messages.h"

namespace almanac {
namespace {

bool is_key_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '"' || c == '\'';
}

}  // namespace

std::optional<TomlMistake> toml_beyond_limits(std::string_view text, int first_line) {
  int line = first_line;
  std::size_t line_start = 0;
  int depth = 0;
  int dotted = 1;  // parts of the dotted name being read
  const auto at = [&](std::size_t i, std::string message) {
    int column = 1;
    for (std::size_t k = line_start; k < i; ++k) {
      if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) ++column;
    }
    return TomlMistake{line, column, std::move(message)};
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      line_start = i + 1;
      dotted = 1;
      continue;
    }
    if (c == '#') {  // a comment, to the end of the line
      while (i + 1 < text.size() && text[i + 1] != '\n')
        ++i;
      continue;
    }
    if (c == '"' || c == '\'') {  // a string, skipped whole; a key in quotes is one part
      const bool multiline = text.substr(i, 3) == std::string(3, c);
      const std::string_view closing = multiline ? text.substr(i, 3) : text.substr(i, 1);
      std::size_t end = i + closing.size();
      while (end < text.size() && text.substr(end, closing.size()) != closing) {
        if (c == '"' && text[end] == '\\') ++end;
        if (text[end] == '\n') {
          if (!multiline) break;
          ++line;
          line_start = end + 1;
        }
        ++end;
      }
      i = std::min(end + closing.size(), text.size()) - 1;
      continue;
    }
    if (c == '[' || c == '{') {
      if (++depth > kMaxTomlDepth) {
        return at(i, tr("lists and tables go more than {limit} levels inside each other here; "
                        "almanac reads at most {limit}",
                        {{"limit", std::to_string(kMaxTomlDepth)}}));
      }
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (c == '.' && i > 0 && is_key_character(text[i - 1]) && i + 1 < text.size() &&
               is_key_character(text[i + 1])) {
      if (++dotted > kMaxTomlDepth) {
        return at(i, tr("a name of more than {limit} parts joined by dots; almanac reads at "
                        "most {limit}",
                        {{"limit", std::to_string(kMaxTomlDepth)}}));
      }
      continue;
    }
    if (!is_key_character(c) && c != ' ' && c != '\t') dotted = 1;
  }
  return std::nullopt;
}

}  // namespace almanac
