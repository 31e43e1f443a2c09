// An entry file loaded as a conference and published: the site's iCalendar file, and the
// annual reports' JSON and CSV of the years it falls in.
#include <nlohmann/json.hpp>

#include "fuzz/fuzz_site.h"
#include "fuzz/fuzz_target.h"
#include "index/site_index.h"
#include "load/entry_loader.h"
#include "render/calendar.h"
#include "render/page_views.h"
#include "render/strings.h"
#include "render/templates.h"
#include "report/report_data.h"
#include "theme/theme.h"

using namespace almanac;

namespace {

struct BuiltInTheme {
  Theme theme = Theme::built_in();
  Diagnostics diagnostics;
  Templates templates = *Templates::load(theme, diagnostics);
  Strings strings = *Strings::load(theme, "ru", nullptr, diagnostics);
};

// Each line ends with CRLF and is at most 75 octets (RFC 5545, 3.1).
bool is_folded(std::string_view calendar) {
  while (!calendar.empty()) {
    const std::size_t end = calendar.find("\r\n");
    if (end == std::string_view::npos || end > 75) return false;
    calendar.remove_prefix(end + 2);
  }
  return true;
}

}  // namespace

ALMANAC_FUZZ_TARGET(calendar_report) {
  static const BuiltInTheme theme;
  Diagnostics diagnostics;
  auto entry = load_entry(EntryKind::conference, "content/conferences/fuzz.md", input,
                          fuzzing::fuzz_entry_context(), diagnostics);
  if (!entry) return;
  Site site;
  site.config.title = "Международное сотрудничество";
  site.config.base_url = "https://example.org/international/";
  site.entries.push_back(std::move(*entry));
  site.organizations = fuzzing::fuzz_organizations();
  const SiteIndex index = build_site_index(site, "ru", 1, diagnostics);
  const PageViews views(index, theme.strings, theme.templates, Date{2025, 11, 12});
  const std::string calendar = conference_calendar(views, index.conferences, "Конференции");
  fuzzing::expect(is_folded(calendar));
  for (const int year : report_years(index)) {
    const AnnualReport& report = views.annual_report(year);
    fuzzing::expect(nlohmann::json::accept(report_json(report, index)));
    (void)report_csv(report, index);
  }
}
