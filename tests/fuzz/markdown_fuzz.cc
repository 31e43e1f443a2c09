// An entry's Markdown text rendered as a build renders it: bounds checked first, links and
// images rewritten, the lead paragraph marked. A site's loading, which keeps no HTML and
// renders only texts with a character reference, accepts exactly the same texts.
#include "fuzz/fuzz_target.h"
#include "load/entry_fields.h"
#include "util/utf8.h"

using namespace almanac;

ALMANAC_FUZZ_TARGET(markdown) {
  if (find_text_problem(input)) return;  // the loader refuses such a file before this
  Entry entry;
  entry.kind = EntryKind::conference;
  entry.source_path = "content/conferences/fuzz.md";
  Entry loaded = entry;
  Diagnostics diagnostics, loading;
  const bool kept = set_body(entry, input, 4, std::nullopt, false, true, diagnostics);
  fuzzing::expect(set_body(loaded, input, 4, std::nullopt, false, false, loading) == kept);
  fuzzing::expect(loaded.body_html.empty() && loaded.summary == entry.summary &&
                  loaded.links.size() == entry.links.size());
  if (!kept) return fuzzing::expect(diagnostics.has_errors());
  // Raw HTML is left out: a text cannot put a script on the page.
  fuzzing::expect(entry.body_html.find("<script") == std::string::npos);
  // Valid UTF-8 without control characters, which feeds and calendars could not carry.
  for (const std::string_view text : {entry.body_html, entry.summary})
    fuzzing::expect(!find_text_problem(text));
}
