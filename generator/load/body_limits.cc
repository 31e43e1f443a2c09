#include "load/body_limits.h"

#include <optional>

#include "messages/messages.h"
#include "util/text.h"

namespace almanac {

bool body_within_limits(std::string_view body, const std::string& path, int body_line,
                        Diagnostics& diagnostics) {
  int line = body_line;
  int brackets = 0;
  std::size_t start = 0;
  while (start < body.size()) {
    const std::size_t end = std::min(body.find('\n', start), body.size());
    const std::string_view text = body.substr(start, end - start);
    int bars = 0;
    int word = 0;  // characters since the last space
    std::size_t word_start = 0;
    std::optional<std::size_t> long_word;     // where the first word too long starts
    std::optional<std::size_t> last_bracket;  // the first "[" beyond the bound
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == ' ' || c == '\t') {
        word = 0;
        word_start = i + 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++word > kMaxWordCharacters &&
                 !long_word) {
        long_word = word_start;
      }
      if (c == '\\') {
        ++i;
      } else if (c == '|') {
        ++bars;
      } else if (c == '[' && ++brackets > kMaxBrackets && !last_bracket) {
        last_bracket = i;
      }
    }
    if (bars > kMaxTableColumns) {
      diagnostics.error({path, line, 1},
                        tr("a table row of more than {limit} columns; almanac reads at most "
                           "{limit}: split the table",
                           {{"limit", std::to_string(kMaxTableColumns)}}));
      return false;
    }
    // Block quotes (">") and list items indented under each other, at the start of a line.
    int depth = 0;
    int spaces = 0;
    for (const char c : text) {
      if (c == '>') {
        ++depth;
        spaces = 0;
      } else if (c == ' ') {
        ++spaces;
      } else if (c == '\t') {
        spaces += 4;
      } else {
        break;
      }
    }
    if (depth + spaces / 2 > kMaxBodyNesting) {
      diagnostics.error({path, line, 1},
                        tr("quotes and lists nest more than {limit} levels deep here; almanac "
                           "reads at most {limit}",
                           {{"limit", std::to_string(kMaxBodyNesting)}}));
      return false;
    }
    if (long_word) {
      diagnostics.error({path, line, line_column_at(text, *long_word).column},
                        tr("more than {limit} characters without a space here; almanac reads at "
                           "most {limit}: put spaces in the text, or shorten the address",
                           {{"limit", std::to_string(kMaxWordCharacters)}}));
      return false;
    }
    if (last_bracket) {
      diagnostics.error({path, line, line_column_at(text, *last_bracket).column},
                        tr("more than {limit} links, images and footnotes in one text (counted "
                           "as \"[\"); almanac reads at most {limit}: split the text into "
                           "several entries",
                           {{"limit", std::to_string(kMaxBrackets)}}));
      return false;
    }
    start = end + 1;
    ++line;
  }
  return true;
}

}  // namespace almanac
