// A theme's template and its partials loaded (syntax, loops, expanded size) and rendered. The
// input holds up to four files, split at lines "=====": the template, then partials a, b and c.
#include "fuzz/fuzz_target.h"
#include "render/templates.h"
#include "theme/theme.h"

using namespace almanac;

namespace {

// A theme of the input's files alone: loading the built-in templates too would slow each run
// a hundredfold.
Theme theme_with(std::string_view input) {
  Theme theme;
  const char* const names[] = {"templates/fuzz.mustache", "templates/partials/a.mustache",
                               "templates/partials/b.mustache", "templates/partials/c.mustache"};
  for (const char* name : names) {
    const std::size_t end = input.find("\n=====\n");
    theme.place(name, {std::string(input.substr(0, end)), name});
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + 7);
  }
  return theme;
}

ViewData page_data() {
  ViewData page(ViewData::type::object);
  page.set("title", std::string("Конференция <b>«Мир педиатрии»</b>"));
  page.set("count", std::string("7000"));
  page.set("shown", true);
  ViewData list(ViewData::type::list);
  for (const char* name : {"Китай", "Узбекистан", "Израиль"}) {
    ViewData item(ViewData::type::object);
    item.set("name", std::string(name));
    list.push_back(item);
  }
  page.set("countries", list);
  return page;
}

}  // namespace

ALMANAC_FUZZ_TARGET(templates) {
  Diagnostics diagnostics;
  const auto templates = Templates::load(theme_with(input), diagnostics);
  if (!templates) return fuzzing::expect(diagnostics.has_errors());
  static const ViewData shared(ViewData::type::object);
  static const ViewData page = page_data();
  (void)templates->render("fuzz", shared, page);
}
