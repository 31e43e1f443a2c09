#include "load/entry_body.h"

#include "load/body_links.h"
#include "load/front_matter.h"
#include "load/site_loader.h"
#include "markdown/markdown.h"
#include "messages/messages.h"
#include "util/content_hash.h"

namespace almanac {

std::optional<std::string> read_entry_body(const std::filesystem::path& source, const Entry& entry,
                                           bool unsafe_html, std::string* error) {
  Diagnostics problems;
  const auto raw = read_content_file(source, entry.source_path, problems);
  const auto split = raw ? split_front_matter(*raw, entry.source_path, problems) : std::nullopt;
  if (!split) {
    const auto found = problems.sorted();
    *error = found.empty() ? entry.source_path : found.front().to_string();
    return std::nullopt;
  }
  if (content_hash(split->body()) != entry.body_version) {
    *error = tr("{path} changed while the site was being built: build it again",
                {{"path", entry.source_path}});
    return std::nullopt;
  }
  // The same links are found again: the loaded entry, which pages share, has them already.
  std::vector<BodyLink> links;
  return render_markdown(split->body(), unsafe_html, entry.summary_from_body,
                         body_link_rewriter(entry, links, split->body(), split->body_line))
      .html;
}

}  // namespace almanac
