// The views of the annual reports: every figure, date and label formatted, charts drawn.
#pragma once

#include "render/page_views.h"

namespace almanac {

// The list of every year's report.
ViewData reports_view(const PageViews& views, const std::vector<int>& years,
                      const std::string& path);
ViewData report_view(const PageViews& views, const AnnualReport& report, const std::string& path);

}  // namespace almanac
