#include "render/strings.h"

#include "locale/locale_text.h"
#include "messages/messages.h"
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

// Puts `text` at a dotted `key` in a table, making the tables on the way.
void set_path(Value& table, const std::string& key, const std::string& text) {
  const auto dot = key.find('.');
  const std::string head = key.substr(0, dot);
  for (auto& [name, value] : *table.table) {
    if (name != head) continue;
    if (dot == std::string::npos) return;
    if (value.type == Value::Type::table) set_path(value, key.substr(dot + 1), text);
    return;
  }
  Value child;
  if (dot == std::string::npos) {
    child.type = Value::Type::string;
    child.string = text;
  } else {
    child.table = std::make_shared<ValueTable>();
    set_path(child, key.substr(dot + 1), text);
  }
  table.table->emplace_back(head, std::move(child));
}

}  // namespace

std::optional<Strings> Strings::load(const Theme& theme, const std::string& language,
                                     const Strings* fallback, Diagnostics& diagnostics) {
  const std::string path = "i18n/" + language + ".toml";
  const ThemeFile* file = theme.find(path);
  if (!file) {
    diagnostics.error(
        {"themes/default/" + path, 0, 0},
        tr("the theme has no strings for the language \"{language}\"", {{"language", language}}));
    return std::nullopt;
  }
  auto tree = read_toml(file->data, file->origin, 1, diagnostics);
  if (!tree) return std::nullopt;
  Strings strings;
  strings.language_ = language;
  strings.tree_ = std::move(*tree);
  flatten(strings.tree_, "", strings.flat_);
  if (fallback) {
    for (const auto& [key, text] : fallback->flat_) {
      if (strings.flat_.contains(key)) continue;
      diagnostics.warning(
          {file->origin, 0, 0},
          tr("no string \"{key}\" in \"{language}\"; the \"{fallback}\" text is used",
             {{"key", key}, {"language", language}, {"fallback", fallback->language_}}));
      strings.flat_[key] = text;
      set_path(strings.tree_, key, text);
    }
  }
  const auto locale = strings.flat_.find("locale");
  strings.locale_ = locale == strings.flat_.end() ? language : locale->second;
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
