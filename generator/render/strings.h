// The theme's interface strings for one language (i18n/<lang>.toml), with plural phrases.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "model/value.h"
#include "theme/theme.h"
#include "util/diagnostics.h"

namespace almanac {

class Strings {
 public:
  // A string missing in `language` is taken from `fallback` (the default language's strings),
  // with a warning.
  [[nodiscard]] static std::optional<Strings> load(const Theme& theme, const std::string& language,
                                                   const Strings* fallback,
                                                   Diagnostics& diagnostics);

  // The string for a dotted key such as "form.agreement"; the key itself when it is missing,
  // so a gap shows on the page instead of an empty space.
  [[nodiscard]] std::string get(const std::string& key) const;
  // A plural pattern from the strings applied to a number: `3 соглашения`.
  [[nodiscard]] std::string count(const std::string& key, std::int64_t number) const;
  [[nodiscard]] const Value& tree() const { return tree_; }
  [[nodiscard]] const std::string& language() const { return language_; }
  // The ICU locale for dates and numbers (`locale = "en-GB"` in the strings), else the language.
  [[nodiscard]] const std::string& locale() const { return locale_; }

 private:
  std::string language_;
  std::string locale_;
  Value tree_;
  std::map<std::string, std::string> flat_;
};

}  // namespace almanac
