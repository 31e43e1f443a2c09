#include "load/front_matter.h"

#include "messages/messages.h"
#include "toml/toml_reader.h"
#include "util/text.h"
#include "util/utf8.h"

namespace almanac {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
    line.remove_suffix(1);
  return line == "+++";
}

}  // namespace

std::optional<std::string> normalized_text(std::string_view raw, const std::string& path,
                                           Diagnostics& diagnostics) {
  if (raw.starts_with(kByteOrderMark)) raw.remove_prefix(kByteOrderMark.size());
  if (const auto problem = find_text_problem(raw)) {
    const auto at = line_column_at(raw, problem->offset);
    if (problem->kind == TextProblem::Kind::invalid_utf8) {
      diagnostics.error({path, at.line, at.column},
                        tr("the file is not valid UTF-8 text; save it as UTF-8 in your editor"));
    } else {
      diagnostics.error(
          {path, at.line, at.column},
          tr("the file holds an invisible control character ({code}); delete it",
             {{"code", code_point_name(static_cast<unsigned char>(raw[problem->offset]))}}));
    }
    return std::nullopt;
  }
  if (raw.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    diagnostics.error({path, 0, 0}, tr("the file is empty; write its fields or delete the file"));
    return std::nullopt;
  }
  std::string text(raw);
  if (text.find('\r') == std::string::npos) return text;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    text[kept++] = text[i];
  }
  text.resize(kept);
  return text;
}

std::optional<SplitEntry> split_front_matter(std::string_view raw, const std::string& path,
                                             Diagnostics& diagnostics) {
  auto text = normalized_text(raw, path, diagnostics);
  if (!text) return std::nullopt;

  const std::string_view all = *text;
  std::size_t line_end = all.find('\n');
  const std::string_view first_line = all.substr(0, line_end);
  if (!is_fence(first_line)) {
    diagnostics.error({path, 1, 1},
                      tr("no front matter: the file must start with a line `+++`, then fields "
                         "such as title = \"...\", then another line `+++`"));
    return std::nullopt;
  }

  const std::size_t front_matter_begin =
      line_end == std::string_view::npos ? all.size() : line_end + 1;
  std::size_t position = front_matter_begin;
  int line_number = 2;
  while (position < all.size()) {
    line_end = all.find('\n', position);
    const std::size_t end = line_end == std::string_view::npos ? all.size() : line_end;
    if (is_fence(all.substr(position, end - position))) {
      SplitEntry split;
      split.front_matter_begin = front_matter_begin;
      split.front_matter_end = position;
      split.body_begin = std::min(end + 1, all.size());
      split.front_matter_line = 2;
      split.body_line = line_number + 1;
      split.text = std::move(*text);
      return split;
    }
    position = end + 1;
    ++line_number;
  }
  diagnostics.error({path, 1, 1},
                    tr("the front matter opened by `+++` on line 1 is never closed: add a line "
                       "`+++` after the last field"));
  return std::nullopt;
}

std::optional<Value> read_toml_file(std::string_view raw, const std::string& path,
                                    Diagnostics& diagnostics) {
  const auto text = normalized_text(raw, path, diagnostics);
  if (!text) return std::nullopt;
  return read_toml(*text, path, 1, diagnostics);
}

}  // namespace almanac
