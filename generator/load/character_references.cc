#include "load/character_references.h"

#include <optional>

#include "messages/messages.h"
#include "util/text.h"
#include "util/utf8.h"

namespace almanac {
namespace {

struct Reference {
  std::size_t offset;
  std::size_t length;
  unsigned long code;
};

// The numeric reference ("&#7;", "&#x1F;") that starts at `offset`, if one does.
std::optional<Reference> reference_at(std::string_view text, std::size_t offset) {
  std::size_t i = offset + 2;
  if (!text.substr(offset).starts_with("&#")) return std::nullopt;
  const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
  if (hex) ++i;
  const std::size_t digits_begin = i;
  unsigned long code = 0;
  for (; i < text.size() && i - digits_begin < 8; ++i) {
    const char c = text[i];
    int digit = -1;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (hex && c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (hex && c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      break;
    }
    code = code * (hex ? 16 : 10) + static_cast<unsigned long>(digit);
  }
  if (i == digits_begin || i >= text.size() || text[i] != ';') return std::nullopt;
  return Reference{offset, i + 1 - offset, code};
}

bool is_control(unsigned long code) {
  return (code > 0 && code < 0x20 && code != '\t' && code != '\n' && code != '\r') || code == 0x7f;
}

}  // namespace

bool rendered_without_control_characters(std::string_view html, std::string_view body,
                                         const std::string& path, int body_line,
                                         Diagnostics& diagnostics) {
  const auto problem = find_text_problem(html);
  if (!problem) return true;
  // Literal control characters were refused with the file; this one came from a reference.
  for (std::size_t at = body.find("&#"); at != std::string_view::npos;
       at = body.find("&#", at + 1)) {
    const auto reference = reference_at(body, at);
    if (!reference || !is_control(reference->code)) continue;
    const auto position = line_column_at(body, at);
    diagnostics.error({path, body_line + position.line - 1, position.column},
                      tr("{reference} stands for an invisible control character ({code}); "
                         "delete it",
                         {{"reference", std::string(body.substr(at, reference->length))},
                          {"code", code_point_name(reference->code)}}));
    return false;
  }
  diagnostics.error(
      {path, body_line, 1},
      tr("the text makes an invisible control character ({code}); delete it",
         {{"code", code_point_name(static_cast<unsigned char>(html[problem->offset]))}}));
  return false;
}

}  // namespace almanac
