// The views of the list of organizations and of an organization's page, with its entries by
// kind.
#pragma once

#include "render/page_views.h"

namespace almanac {

ViewData organizations_view(const PageViews& views, const std::string& path);
PageView organization_view(const PageViews& views, const Organization& organization,
                           const std::string& path);

}  // namespace almanac
