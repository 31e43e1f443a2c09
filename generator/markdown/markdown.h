// Renders an entry's Markdown body to HTML; the only module that includes cmark-gfm.
#pragma once

#include <string>
#include <string_view>

namespace almanac {

struct RenderedMarkdown {
  std::string html;
  std::string first_paragraph;  // as plain text, the default summary
};

// GitHub-flavoured Markdown (tables, strikethrough, autolinks, task lists, footnotes). Raw HTML
// is omitted unless `unsafe_html`; the tag filter is always on. With `mark_lead`, a first
// paragraph that opens the text is written <p class="lead">: it is the page's lead, printed
// once. Safe to call from many threads.
[[nodiscard]] RenderedMarkdown render_markdown(std::string_view markdown, bool unsafe_html,
                                               bool mark_lead = false);

}  // namespace almanac
