#include "content/entry_loader.h"

#include <algorithm>

#include "content/entry_fields.h"
#include "content/field_reader.h"
#include "content/front_matter.h"
#include "locale/locale_text.h"
#include "markdown/markdown.h"
#include "model/names.h"
#include "toml/toml_reader.h"
#include "util/text.h"

namespace almanac {
namespace {

const char* kind_article(EntryKind kind) {
  switch (kind) {
    case EntryKind::collaboration:
      return "a collaboration";
    case EntryKind::conference:
      return "a conference";
    case EntryKind::internship:
      return "an internship";
    case EntryKind::page:
      return "a page";
  }
  return "an entry";
}

// Organization ids must name a file in content/organizations/.
std::vector<std::string> checked_ids(FieldReader& reader, std::string_view key,
                                     const EntryContext& context) {
  std::vector<std::string> ids;
  for (auto& [id, position] :
       reader.located_strings(key, std::string(key) + " = [\"organization-id\"]")) {
    const auto& known = *context.organization_ids;
    if (!std::binary_search(known.begin(), known.end(), id)) {
      const auto* failed = context.failed_organization_ids;
      if (failed && std::binary_search(failed->begin(), failed->end(), id)) continue;
      std::string message;
      const auto* names = context.organization_names;
      if (names && names->contains(id)) {
        message = "\"" + id + "\" in " + std::string(key) +
                  " is the name of an organization; write its id, the name of its file in "
                  "content/organizations/: \"" +
                  names->find(id)->second + "\"";
      } else {
        message = "\"" + id + "\" in " + std::string(key) +
                  " names no organization: there is no content/organizations/" + id + ".toml";
        if (const auto guess = closest_match(id, known))
          message += "; did you mean \"" + *guess + "\"?";
      }
      reader.diagnostics().error(position, message);
      continue;
    }
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(std::move(id));
  }
  return ids;
}

ConferenceDetails read_conference(FieldReader& reader, const EntryContext& context) {
  ConferenceDetails c;
  const auto starts = reader.date("starts", true, "starts = 2025-05-20");
  const auto ends = reader.date("ends", false, "ends = 2025-05-23");
  c.city = reader.string("city", false, "city = \"Нижний Новгород\"").value_or("");
  c.venue = reader.string("venue", false, "venue = \"...\"").value_or("");
  c.format = reader.choice("format", kConferenceFormats, false, ConferenceFormat::in_person);
  c.organizers = checked_ids(reader, "organizers", context);
  c.participants = reader.count("participants", "participants = 350");
  c.participant_countries = reader.count("participant_countries", "participant_countries = 28");
  c.participant_regions = reader.count("participant_regions", "participant_regions = 75");
  if (starts) c.starts = *starts;
  c.ends = ends.value_or(c.starts);
  return c;
}

CollaborationDetails read_collaboration(FieldReader& reader) {
  CollaborationDetails c;
  c.form = reader.choice("form", kCollaborationForms, true, CollaborationForm::agreement);
  c.status = reader.choice("status", kCollaborationStatuses, false, CollaborationStatus::active);
  c.signed_on = reader.date("signed", false, "signed = 2025-03-25");
  c.directions = reader.strings("directions", "directions = [\"обмен специалистами\"]");
  c.stages = reader.strings("stages", "stages = [\"первый этап\", \"второй этап\"]");
  return c;
}

InternshipDetails read_internship(FieldReader& reader, const EntryContext& context) {
  InternshipDetails i;
  i.program = reader.string("program", false, "program = \"Наш детский врач\"").value_or("");
  i.hosts = checked_ids(reader, "hosts", context);
  i.starts = reader.date("starts", false, "starts = 2025-09-01");
  i.ends = reader.date("ends", false, "ends = 2025-12-20");
  i.specialty = reader.string("specialty", false, "specialty = \"педиатрия\"").value_or("");
  i.planned = reader.count("planned", "planned = 150");
  i.completed = reader.count("completed", "completed = 12");
  return i;
}

// A position to report a field at: where it is written, else the front matter's opening line.
SourcePosition field_position(const Value& front_matter, std::string_view key,
                              const std::string& path) {
  if (const Value* value = front_matter.find(key)) return {path, value->line, value->column};
  return {path, 1, 1};
}

}  // namespace

std::string file_stem(const std::string& path) {
  const auto slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const auto dot = name.find_last_of('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

std::optional<Entry> load_entry(EntryKind kind, const std::string& path, std::string_view raw,
                                const EntryContext& context, Diagnostics& diagnostics) {
  const auto split = split_front_matter(raw, path, diagnostics);
  if (!split) return std::nullopt;
  Diagnostics local;
  const auto front_matter = read_toml(split->front_matter(), path, split->front_matter_line, local);
  if (!front_matter) {
    diagnostics.append(local);
    return std::nullopt;
  }

  Entry entry;
  entry.kind = kind;
  entry.source_path = path;
  FieldReader reader(*front_matter, path, kind_article(kind), {path, 1, 1}, local);
  entry.title = reader.string("title", true, "title = \"...\"").value_or("");
  const bool is_page = kind == EntryKind::page;
  if (const auto date = reader.date_time("date", !is_page, "date = 2025-11-12")) {
    entry.date = *date;
  }
  const auto summary = reader.string("summary", false, "summary = \"...\"");
  const auto slug = reader.string("slug", false, "slug = \"mir-pediatrov\"");
  entry.draft = reader.boolean("draft", "draft = true").value_or(false);
  entry.extra = reader.free_table("extra");
  if (!is_page) {
    entry.regions = reader.strings("regions", "regions = [\"Нижегородская область\"]");
    entry.countries = reader.strings("countries", "countries = [\"Китай\"]");
    entry.partners = checked_ids(reader, "partners", context);
    entry.topics = reader.strings("topics", "topics = [\"педиатрия\"]");
    entry.people = read_people(reader);
    entry.sources = read_sources(reader);
  }
  switch (kind) {
    case EntryKind::conference:
      entry.details = read_conference(reader, context);
      break;
    case EntryKind::collaboration:
      entry.details = read_collaboration(reader);
      break;
    case EntryKind::internship:
      entry.details = read_internship(reader, context);
      break;
    case EntryKind::page:
      break;
  }
  reader.report_unknown_keys();

  if (const auto* c = entry.conference(); c && c->ends < c->starts && c->starts.valid()) {
    local.error(field_position(*front_matter, "ends", path),
                "the conference ends (" + c->ends.iso() + ") before it starts (" + c->starts.iso() +
                    "); check both dates");
  }
  if (const auto* i = entry.internship(); i && i->starts && i->ends && *i->ends < *i->starts) {
    local.error(field_position(*front_matter, "ends", path),
                "the internship ends (" + i->ends->iso() + ") before it starts (" +
                    i->starts->iso() + "); check both dates");
  }

  // Numbers that cannot be right, though each is well formed: the report would print them.
  if (const auto* i = entry.internship();
      i && i->planned && i->completed && *i->completed > *i->planned) {
    local.warning(field_position(*front_matter, "completed", path),
                  "completed = " + std::to_string(*i->completed) +
                      " is more than planned = " + std::to_string(*i->planned) +
                      ": more doctors completed the internship than it had places; check both "
                      "numbers");
  }
  if (const auto* c = entry.collaboration(); c && c->signed_on && context.today.valid() &&
                                             *c->signed_on > context.today &&
                                             c->status != CollaborationStatus::planned) {
    local.warning(field_position(*front_matter, "signed", path),
                  "signed = " + c->signed_on->iso() +
                      " is after today; if it is the day the signing is planned for, add status "
                      "= \"planned\", and check the year otherwise");
  }
  if (const auto* c = entry.conference(); c && c->participants == 0) {
    local.warning(field_position(*front_matter, "participants", path),
                  "participants = 0: write the number of participants, or leave the line out "
                  "while it is not known");
  }

  entry.slug = slug.value_or(file_stem(path));
  if (!is_slug(entry.slug)) {
    const std::string suggestion = slugify(entry.slug);
    const std::string advice = suggestion.empty() ? std::string("use only a-z, 0-9 and \"-\"")
                                                  : "write slug = \"" + suggestion + "\"";
    if (slug) {
      local.error(field_position(*front_matter, "slug", path),
                  "the slug \"" + entry.slug + "\" may use only a-z, 0-9 and \"-\": " + advice);
    } else {
      local.error({path, 0, 0}, "the file name \"" + entry.slug +
                                    "\" is not a valid URL slug (a-z, 0-9 and \"-\"): rename the "
                                    "file or " +
                                    advice + " in its front matter");
    }
  } else if (!is_page && entry.slug == "page") {
    // /conferences/page/2/ is the second page of the list of conferences.
    local.error(slug ? field_position(*front_matter, "slug", path) : SourcePosition{path, 0, 0},
                "the slug \"page\" is kept for the pages of lists; choose another slug = \"...\"");
  }

  if (!is_page && entry.date.date.valid() && context.today.valid() &&
      entry.date.date > context.today) {
    local.warning(
        field_position(*front_matter, "date", path),
        "the publication date " + entry.date.date.iso() + " is in the future; is the year right?");
  }

  diagnostics.append(local);
  if (local.has_errors()) return std::nullopt;

  set_body(entry, split->body(), summary, context.unsafe_html);
  return entry;
}

}  // namespace almanac
