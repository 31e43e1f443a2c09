#include "load/entry_loader.h"

#include <algorithm>

#include "load/entry_fields.h"
#include "load/field_reader.h"
#include "load/front_matter.h"
#include "locale/locale_text.h"
#include "markdown/markdown.h"
#include "messages/messages.h"
#include "model/names.h"
#include "toml/toml_reader.h"
#include "util/text.h"

namespace almanac {
namespace {

// Where a problem is, in messages: "unknown key … in a conference".
std::string in_kind(EntryKind kind) {
  switch (kind) {
    case EntryKind::collaboration:
      return tr("in a collaboration");
    case EntryKind::conference:
      return tr("in a conference");
    case EntryKind::internship:
      return tr("in an internship");
    case EntryKind::page:
      return tr("in a page");
  }
  return "";
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
        message =
            tr("\"{name}\" in {key} is the name of an organization; write its id, the name "
               "of its file in content/organizations/: \"{id}\"",
               {{"name", id}, {"key", std::string(key)}, {"id", names->find(id)->second}});
      } else if (const auto guess = closest_match(id, known)) {
        message =
            tr("\"{id}\" in {key} names no organization: there is no "
               "content/organizations/{id}.toml; did you mean \"{guess}\"?",
               {{"id", id}, {"key", std::string(key)}, {"guess", *guess}});
      } else {
        message =
            tr("\"{id}\" in {key} names no organization: there is no "
               "content/organizations/{id}.toml",
               {{"id", id}, {"key", std::string(key)}});
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

std::string default_slug(const std::string& path) {
  std::string stem = file_stem(path);
  if (stem != "index") return stem;
  // content/conferences/x/index.md is the entry x.
  const std::string folder = path.substr(0, path.find_last_of('/'));
  return file_stem(folder + ".md");
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
  FieldReader reader(*front_matter, path, in_kind(kind), {path, 1, 1}, local);
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
                tr("the conference ends ({ends}) before it starts ({starts}); check both dates",
                   {{"ends", c->ends.iso()}, {"starts", c->starts.iso()}}));
  }
  if (const auto* i = entry.internship(); i && i->starts && i->ends && *i->ends < *i->starts) {
    local.error(field_position(*front_matter, "ends", path),
                tr("the internship ends ({ends}) before it starts ({starts}); check both dates",
                   {{"ends", i->ends->iso()}, {"starts", i->starts->iso()}}));
  }

  // Numbers that cannot be right, though each is well formed: the report would print them.
  if (const auto* i = entry.internship();
      i && i->planned && i->completed && *i->completed > *i->planned) {
    local.warning(field_position(*front_matter, "completed", path),
                  tr("completed = {completed} is more than planned = {planned}: more doctors "
                     "completed the internship than it had places; check both numbers",
                     {{"completed", std::to_string(*i->completed)},
                      {"planned", std::to_string(*i->planned)}}));
  }
  if (const auto* c = entry.collaboration(); c && c->signed_on && context.today.valid() &&
                                             *c->signed_on > context.today &&
                                             c->status != CollaborationStatus::planned) {
    local.warning(field_position(*front_matter, "signed", path),
                  tr("signed = {date} is after today; if it is the day the signing is planned "
                     "for, add status = \"planned\", and check the year otherwise",
                     {{"date", c->signed_on->iso()}}));
  }
  if (const auto* c = entry.conference(); c && c->participants == 0) {
    local.warning(field_position(*front_matter, "participants", path),
                  tr("participants = 0: write the number of participants, or leave the line "
                     "out while it is not known"));
  }

  entry.slug = slug.value_or(default_slug(path));
  if (!is_slug(entry.slug)) {
    const std::string suggestion = slugify(entry.slug);
    if (slug) {
      local.error(
          field_position(*front_matter, "slug", path),
          suggestion.empty()
              ? tr("the slug \"{slug}\" may use only a-z, 0-9 and \"-\"", {{"slug", entry.slug}})
              : tr("the slug \"{slug}\" may use only a-z, 0-9 and \"-\": write slug = "
                   "\"{suggestion}\"",
                   {{"slug", entry.slug}, {"suggestion", suggestion}}));
    } else {
      local.error({path, 0, 0},
                  suggestion.empty()
                      ? tr("the file name \"{name}\" is not a valid URL slug (a-z, 0-9 and "
                           "\"-\"): rename the file",
                           {{"name", entry.slug}})
                      : tr("the file name \"{name}\" is not a valid URL slug (a-z, 0-9 and "
                           "\"-\"): rename the file or write slug = \"{suggestion}\" in its front "
                           "matter",
                           {{"name", entry.slug}, {"suggestion", suggestion}}));
    }
  } else if (entry.slug.size() > kMaxSlugBytes) {
    // A file name is at most 255 bytes; an address should be far shorter.
    local.error(slug ? field_position(*front_matter, "slug", path) : SourcePosition{path, 0, 0},
                tr("the slug is {length} characters long; an address takes at most {limit}: "
                   "write a shorter slug = \"{suggestion}\"",
                   {{"length", std::to_string(entry.slug.size())},
                    {"limit", std::to_string(kMaxSlugBytes)},
                    {"suggestion", slugify(entry.slug)}}));
  } else if (!is_page && entry.slug == "page") {
    // /conferences/page/2/ is the second page of the list of conferences.
    local.error(slug ? field_position(*front_matter, "slug", path) : SourcePosition{path, 0, 0},
                tr("the slug \"page\" is kept for the pages of lists; choose another slug = "
                   "\"...\""));
  }

  if (!is_page && entry.date.date.valid() && context.today.valid() &&
      entry.date.date > context.today) {
    local.warning(field_position(*front_matter, "date", path),
                  tr("the publication date {date} is in the future; is the year right?",
                     {{"date", entry.date.date.iso()}}));
  }

  diagnostics.append(local);
  if (local.has_errors()) return std::nullopt;

  if (!set_body(entry, split->body(), split->body_line, summary, context.unsafe_html,
                context.keep_body_html, diagnostics)) {
    return std::nullopt;
  }
  return entry;
}

}  // namespace almanac
