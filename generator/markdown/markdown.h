// Renders an entry's Markdown body to HTML; the only module that includes cmark-gfm.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace almanac {

// A link or an image in the text, where it is written (line and column in the Markdown).
struct MarkdownLink {
  std::string url;
  int line = 0;
  int column = 0;
  bool image = false;
};
// Given each link and image, returns the address to write instead, or nullopt to keep it.
using LinkRewriter = std::function<std::optional<std::string>(const MarkdownLink&)>;

struct RenderedMarkdown {
  std::string html;
  std::string first_paragraph;  // as plain text, the default summary
};

// GitHub-flavoured Markdown (tables, strikethrough, autolinks, task lists, footnotes). Raw HTML
// is omitted unless `unsafe_html`; the tag filter is always on. With `mark_lead`, a first
// paragraph that opens the text is written <p class="lead">: it is the page's lead, printed
// once. Without `make_html`, the text is only read: its links go to `rewrite` and the first
// paragraph is found, and `html` stays empty. Safe to call from many threads.
[[nodiscard]] RenderedMarkdown render_markdown(std::string_view markdown, bool unsafe_html,
                                               bool mark_lead = false,
                                               const LinkRewriter& rewrite = {},
                                               bool make_html = true);

}  // namespace almanac
