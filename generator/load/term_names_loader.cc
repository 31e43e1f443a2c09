#include "load/term_names_loader.h"

#include "load/front_matter.h"
#include "messages/messages.h"
#include "util/file_system.h"

namespace almanac {

std::map<std::string, std::map<std::string, std::string>> load_term_names(
    const std::filesystem::path& source, const SiteConfig& config, Diagnostics& diagnostics) {
  std::map<std::string, std::map<std::string, std::string>> names;
  const std::string path = "content/terms.toml";
  if (!std::filesystem::exists(source / path)) return names;
  std::string error;
  const auto raw = read_file(source / path, &error);
  if (!raw) {
    diagnostics.error({path, 0, 0}, tr("cannot read the file: {reason}", {{"reason", error}}));
    return names;
  }
  const auto table = read_toml_file(*raw, path, diagnostics);
  if (!table || !table->table) return names;
  for (const auto& [term, value] : *table->table) {
    if (value.type != Value::Type::table || !value.table) {
      diagnostics.error({path, value.line, value.column},
                        tr("write each term as \"{term}\" = { en = \"...\" }", {{"term", term}}));
      continue;
    }
    for (const auto& [language, name] : *value.table) {
      if (!config.has_language(language) || language == config.default_language()) {
        diagnostics.error(
            {path, name.line, name.column},
            tr("\"{language}\" is not one of the site's other languages in almanac.toml",
               {{"language", language}}));
        continue;
      }
      if (name.type != Value::Type::string || name.string.empty()) {
        diagnostics.error({path, name.line, name.column},
                          tr("the name of \"{term}\" in \"{language}\" must be a text in quotes",
                             {{"term", term}, {"language", language}}));
        continue;
      }
      names[term][language] = name.string;
    }
  }
  return names;
}

}  // namespace almanac
