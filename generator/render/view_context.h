// The stack of view data a template is rendered against. kainjow's own context splits a dotted
// name ({{t.menu.years}}) through a std::stringstream on every lookup, which made a tenth of a
// build's work; this one splits each name once per thread and keeps the parts.
#pragma once

#include <string>
#include <vector>

#include "render/templates.h"

namespace almanac {

class ViewContext : public kainjow::mustache::basic_context<std::string> {
 public:
  ViewContext(const ViewData* shared, const ViewData* page);

  void push(const ViewData* data) override;
  void pop() override;
  // Like kainjow's: the innermost data that has the whole dotted path wins.
  [[nodiscard]] const ViewData* get(const std::string& name) const override;
  [[nodiscard]] const ViewData* get_partial(const std::string& name) const override;

 private:
  std::vector<const ViewData*> stack_;  // innermost last
};

}  // namespace almanac
