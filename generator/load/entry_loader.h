// Loads one entry file (front matter and Markdown) into a validated Entry.
#pragma once

#include <map>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/entry.h"
#include "util/diagnostics.h"

namespace almanac {

struct EntryContext {
  const std::vector<std::string>* organization_ids = nullptr;  // sorted; what ids may name
  // Sorted ids of organization files that did not load: naming them is not a second error.
  const std::vector<std::string>* failed_organization_ids = nullptr;
  // Every name of every organization (name, short_name, name_en) → its id, to suggest the id
  // where an editor wrote the name.
  const std::map<std::string, std::string, std::less<>>* organization_names = nullptr;
  bool unsafe_html = false;
  Date today;  // dates after it get a warning
  // Whether the entry keeps its text as HTML; a site does not (load/entry_body.h).
  bool keep_body_html = true;
};

// `path` is relative to the site folder and is used in messages. Returns nullopt when the file
// has errors, which are all reported.
[[nodiscard]] std::optional<Entry> load_entry(EntryKind kind, const std::string& path,
                                              std::string_view raw, const EntryContext& context,
                                              Diagnostics& diagnostics);

// The slug a file name gives: `content/conferences/mir-pediatrov.md` → `mir-pediatrov`.
[[nodiscard]] std::string file_stem(const std::string& path);

// The slug an entry file gives: its name, or its folder's for content/conferences/x/index.md.
[[nodiscard]] std::string default_slug(const std::string& path);

}  // namespace almanac
