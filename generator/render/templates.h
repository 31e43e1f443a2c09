// The theme's Mustache templates, checked once and rendered from many threads.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "theme/theme.h"
#include "util/diagnostics.h"

namespace almanac {

using ViewData = kainjow::mustache::data;

class Templates {
 public:
  // Loads templates/*.mustache with their {{> partials}} from templates/partials/, reporting
  // any syntax error at its file, line and column.
  [[nodiscard]] static std::optional<Templates> load(const Theme& theme, Diagnostics& diagnostics);

  // Renders a template ("entry") or partial ("partials/entry_row") with the page's data over the
  // data shared by every page. Safe from many threads.
  [[nodiscard]] std::string render(const std::string& name, const ViewData& shared,
                                   const ViewData& page) const;
  [[nodiscard]] bool has(const std::string& name) const { return sources_.contains(name); }
  // The partials under templates/partials/cached/ ("partials/cached/nav"): included with
  // {{> cached/nav}}, they are rendered once per build with only the shared data and {{root}},
  // like Hugo's partialCached, and each page prints the result as {{{cached.nav}}}.
  [[nodiscard]] std::vector<std::string> cached_partials() const;

 private:
  std::map<std::string, std::string> sources_;  // name → text with partials pasted in
  int generation_ = 0;  // tells apart the per-thread parsed copies of different loads
};

}  // namespace almanac
