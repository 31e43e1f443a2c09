#include "content/body_limits.h"

#include "messages/messages.h"

namespace almanac {

bool body_within_limits(std::string_view body, const std::string& path, int body_line,
                        Diagnostics& diagnostics) {
  int line = body_line;
  std::size_t start = 0;
  while (start < body.size()) {
    const std::size_t end = std::min(body.find('\n', start), body.size());
    const std::string_view text = body.substr(start, end - start);
    int bars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\\') {
        ++i;
      } else if (text[i] == '|') {
        ++bars;
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
    start = end + 1;
    ++line;
  }
  return true;
}

}  // namespace almanac
