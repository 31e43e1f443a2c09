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
  [[nodiscard]] static std::optional<Strings> load(const Theme& theme, const std::string& language,
                                                   Diagnostics& diagnostics);

  // The string for a dotted key such as "form.agreement"; the key itself when it is missing,
  // so a gap shows on the page instead of an empty space.
  [[nodiscard]] std::string get(const std::string& key) const;
  // A plural pattern from the strings applied to a number: `3 соглашения`.
  [[nodiscard]] std::string count(const std::string& key, std::int64_t number) const;
  [[nodiscard]] const Value& tree() const { return tree_; }
  [[nodiscard]] const std::string& language() const { return language_; }

 private:
  std::string language_;
  Value tree_;
  std::map<std::string, std::string> flat_;
};

}  // namespace almanac
