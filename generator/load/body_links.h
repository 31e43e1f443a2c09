// The links and images of an entry's text that lead into the site, read as the editor means
// them: relative to the entry's page (a photo beside it, "../other/"), from the site's top
// ("/images/map.png"), or to another entry by its file ("@/conferences/mir-pediatrov.md").
// Each is written as a marker (model/body_link.h) and recorded with its position.
#pragma once

#include "markdown/markdown.h"
#include "model/entry.h"

namespace almanac {

// Records into `links` the links of the text of `entry`, whose page is at entry_path(entry) and
// whose text `body` starts on line `body_line` of its file; links that leave the site
// (https://, mailto:) and #anchors stay as they are.
[[nodiscard]] LinkRewriter body_link_rewriter(const Entry& entry, std::vector<BodyLink>& links,
                                              std::string_view body, int body_line);

}  // namespace almanac
