#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>

namespace almanac {
namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter",
                                       "tasklist"};

void register_extensions_once() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string plain_text(cmark_node* paragraph) {
  std::string text;
  cmark_iter* iter = cmark_iter_new(paragraph);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        text += cmark_node_get_literal(node);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        text += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  return text;
}

}  // namespace

RenderedMarkdown render_markdown(std::string_view markdown, bool unsafe_html, bool mark_lead,
                                 const LinkRewriter& rewrite, bool make_html) {
  register_extensions_once();
  const int options =
      CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | (unsafe_html ? CMARK_OPT_UNSAFE : 0);
  cmark_parser* parser = cmark_parser_new(options);
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser, extension);
    }
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);

  if (rewrite) {
    cmark_iter* iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      const auto type = cmark_node_get_type(node);
      if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE)) {
        continue;
      }
      const char* url = cmark_node_get_url(node);
      const MarkdownLink link{url ? url : "", cmark_node_get_start_line(node),
                              cmark_node_get_start_column(node), type == CMARK_NODE_IMAGE};
      if (const auto replaced = rewrite(link)) cmark_node_set_url(node, replaced->c_str());
    }
    cmark_iter_free(iter);
  }

  RenderedMarkdown result;
  bool opens_with_paragraph = false;
  for (cmark_node* child = cmark_node_first_child(document); child;
       child = cmark_node_next(child)) {
    if (cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH) {
      result.first_paragraph = plain_text(child);
      opens_with_paragraph = child == cmark_node_first_child(document);
      break;
    }
  }
  // The extension list belongs to the parser, so render before freeing it.
  if (make_html) {
    char* html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
    const std::string_view rendered = html;
    constexpr std::string_view kLead = "<p class=\"lead\">";
    if (mark_lead && opens_with_paragraph && rendered.starts_with("<p>")) {
      // Made at its size: a string grown in place may take twice its length.
      result.html.reserve(rendered.size() - 3 + kLead.size());
      result.html.append(kLead).append(rendered.substr(3));
    } else {
      result.html = rendered;
    }
    std::free(html);
  }
  cmark_node_free(document);
  cmark_parser_free(parser);
  return result;
}

}  // namespace almanac
