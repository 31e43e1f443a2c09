#include "load/translation_loader.h"

#include <algorithm>

#include "load/entry_fields.h"
#include "load/field_reader.h"
#include "load/front_matter.h"
#include "messages/messages.h"
#include "toml/toml_reader.h"

namespace almanac {
namespace {

// Fields a translation takes from its original; the rest of an entry's fields are its text.
std::vector<std::string_view> kept_fields(EntryKind kind) {
  std::vector<std::string_view> keys = {"date", "slug"};
  if (kind == EntryKind::page) return keys;
  keys.insert(keys.end(), {"regions", "countries", "partners", "topics"});
  switch (kind) {
    case EntryKind::conference:
      keys.insert(keys.end(), {"starts", "ends", "format", "organizers", "participants",
                               "participant_countries", "participant_regions"});
      break;
    case EntryKind::collaboration:
      keys.insert(keys.end(), {"form", "status", "signed"});
      break;
    case EntryKind::internship:
      keys.insert(keys.end(), {"hosts", "starts", "ends", "planned", "completed"});
      break;
    case EntryKind::page:
      break;
  }
  return keys;
}

std::optional<Value> front_matter_of(std::string_view raw, const std::string& path,
                                     Diagnostics& diagnostics) {
  const auto split = split_front_matter(raw, path, diagnostics);
  if (!split) return std::nullopt;
  return read_toml(split->front_matter(), path, split->front_matter_line, diagnostics);
}

void read_text_fields(FieldReader& reader, Entry& entry) {
  if (auto title = reader.string("title", true, "title = \"...\"")) entry.title = *title;
  if (auto draft = reader.boolean("draft", "draft = true")) entry.draft = *draft;
  if (Value extra = reader.free_table("extra"); extra.table) entry.extra = std::move(extra);
  if (entry.kind == EntryKind::page) return;
  if (auto people = read_people(reader); !people.empty()) entry.people = std::move(people);
  if (auto sources = read_sources(reader); !sources.empty()) entry.sources = std::move(sources);
  if (auto* c = std::get_if<ConferenceDetails>(&entry.details)) {
    if (auto city = reader.string("city", false, "city = \"...\"")) c->city = *city;
    if (auto venue = reader.string("venue", false, "venue = \"...\"")) c->venue = *venue;
  }
  if (auto* c = std::get_if<CollaborationDetails>(&entry.details)) {
    if (auto d = reader.strings("directions", "directions = [\"...\"]"); !d.empty())
      c->directions = d;
    if (auto s = reader.strings("stages", "stages = [\"...\"]"); !s.empty()) c->stages = s;
  }
  if (auto* i = std::get_if<InternshipDetails>(&entry.details)) {
    if (auto program = reader.string("program", false, "program = \"...\"")) i->program = *program;
    if (auto specialty = reader.string("specialty", false, "specialty = \"...\"")) {
      i->specialty = *specialty;
    }
  }
}

}  // namespace

std::optional<Entry> load_translation(const std::string& path, std::string_view raw,
                                      const Entry& original, std::string_view original_raw,
                                      const std::string& language, const EntryContext& context,
                                      Diagnostics& diagnostics) {
  const auto split = split_front_matter(raw, path, diagnostics);
  if (!split) return std::nullopt;
  Diagnostics local;
  const auto table = read_toml(split->front_matter(), path, split->front_matter_line, local);
  Diagnostics ignored;  // the original was checked when it was loaded
  const auto original_table = front_matter_of(original_raw, original.source_path, ignored);
  if (!table || !original_table) {
    diagnostics.append(local);
    return std::nullopt;
  }

  Entry entry = original;
  entry.source_path = path;
  entry.original_path = original.source_path;
  entry.language = language;
  FieldReader reader(*table, path, tr("in a translation"), {path, 1, 1}, local);
  const auto summary = reader.string("summary", false, "summary = \"...\"");
  read_text_fields(reader, entry);
  for (const std::string_view key : kept_fields(entry.kind)) {
    reader.accept(key);
    const Value* given = table->find(key);
    if (!given) continue;
    const Value* kept = original_table->find(key);
    if (!kept || !given->same_as(*kept)) {
      local.error(reader.position_of(*given),
                  tr("a translation cannot change \"{key}\": it is taken from {original}; delete "
                     "this line",
                     {{"key", std::string(key)}, {"original", original.source_path}}));
    }
  }
  reader.report_unknown_keys();
  diagnostics.append(local);
  if (local.has_errors()) return std::nullopt;

  if (!set_body(entry, split->body(), split->body_line, summary, context.unsafe_html,
                context.keep_body_html, diagnostics)) {
    return std::nullopt;
  }
  return entry;
}

}  // namespace almanac
