#include "toml/toml_writer.h"

#include <toml++/toml.h>

#include <sstream>

namespace almanac {

std::string toml_string(std::string_view text) {
  std::ostringstream out;
  // Always in double quotes, as docs/content.md teaches editors to write text.
  out << toml::toml_formatter{toml::value<std::string>(std::string(text)),
                              toml::format_flags::allow_unicode_strings};
  return out.str();
}

}  // namespace almanac
