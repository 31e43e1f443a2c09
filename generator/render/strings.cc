#include "render/strings.h"

#include "locale/locale_text.h"
#include "toml/toml_reader.h"

namespace almanac {
namespace {

void flatten(const Value& table, const std::string& prefix,
             std::map<std::string, std::string>& out) {
  for (const auto& [key, value] : *table.table) {
    if (value.type == Value::Type::table) {
      flatten(value, prefix + key + ".", out);
    } else if (value.type == Value::Type::string) {
      out[prefix + key] = value.string;
    }
  }
}

}  // namespace

std::optional<Strings> Strings::load(const Theme& theme, const std::string& language,
                                     Diagnostics& diagnostics) {
  const std::string path = "i18n/" + language + ".toml";
  const ThemeFile* file = theme.find(path);
  if (!file) {
    diagnostics.error({"themes/default/" + path, 0, 0},
                      "the theme has no strings for the language \"" + language + "\"");
    return std::nullopt;
  }
  auto tree = read_toml(file->data, file->origin, 1, diagnostics);
  if (!tree) return std::nullopt;
  Strings strings;
  strings.language_ = language;
  strings.tree_ = std::move(*tree);
  flatten(strings.tree_, "", strings.flat_);
  return strings;
}

std::string Strings::get(const std::string& key) const {
  const auto it = flat_.find(key);
  return it == flat_.end() ? key : it->second;
}

std::string Strings::count(const std::string& key, std::int64_t number) const {
  const auto it = flat_.find(key);
  if (it == flat_.end()) return format_number(number, language_) + " " + key;
  std::string text = format_count(it->second, number, language_);
  return text.empty() ? key : text;
}

}  // namespace almanac
