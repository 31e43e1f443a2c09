#include "load/entry_fields.h"

#include "load/body_limits.h"
#include "load/body_links.h"
#include "load/character_references.h"
#include "markdown/markdown.h"
#include "messages/messages.h"
#include "util/content_hash.h"

namespace almanac {

std::vector<Person> read_people(FieldReader& reader) {
  std::vector<Person> people;
  for (const Value* table :
       reader.tables("people", "people = [{ name = \"...\", role = \"...\" }]")) {
    FieldReader person(*table, reader.path(), tr("in a person of people"),
                       reader.position_of(*table), reader.diagnostics());
    auto name = person.string("name", true, "name = \"...\"");
    auto role = person.string("role", false, "role = \"...\"");
    person.report_unknown_keys();
    if (name) people.push_back({*name, role.value_or("")});
  }
  return people;
}

std::vector<SourceLink> read_sources(FieldReader& reader) {
  std::vector<SourceLink> sources;
  for (const Value* table :
       reader.tables("sources", "sources = [{ title = \"...\", url = \"https://...\" }]")) {
    FieldReader source(*table, reader.path(), tr("in a source"), reader.position_of(*table),
                       reader.diagnostics());
    auto title = source.string("title", true, "title = \"...\"");
    auto url = source.string("url", false, "url = \"https://...\"");
    auto date = source.date("date", false, "date = 2025-11-12");
    source.report_unknown_keys();
    if (title) sources.push_back({*title, url.value_or(""), date});
  }
  return sources;
}

bool set_body(Entry& entry, std::string_view markdown, int body_line,
              const std::optional<std::string>& summary, bool unsafe_html, bool keep_html,
              Diagnostics& diagnostics) {
  if (!body_within_limits(markdown, entry.source_path, body_line, diagnostics)) return false;
  entry.links.clear();
  // Only a character reference ("&#7;") can put a control character into the HTML: without
  // one, a text whose HTML is not kept is read, not rendered.
  const bool make_html = keep_html || markdown.find('&') != std::string_view::npos;
  auto rendered =
      render_markdown(markdown, unsafe_html, !summary,
                      body_link_rewriter(entry, entry.links, markdown, body_line), make_html);
  if (make_html && !rendered_without_control_characters(rendered.html, markdown, entry.source_path,
                                                        body_line, diagnostics)) {
    return false;
  }
  if (keep_html) entry.body_html = std::move(rendered.html);
  entry.body_version = content_hash(markdown);
  entry.summary_from_body = !summary;
  entry.summary = summary ? *summary : std::move(rendered.first_paragraph);
  return true;
}

}  // namespace almanac
