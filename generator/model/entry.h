// What the press office writes: entries of each kind, as plain validated data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "model/body_link.h"
#include "model/date.h"
#include "model/value.h"

namespace almanac {

enum class EntryKind { collaboration, conference, internship, page };

// The folder below content/ that holds each kind, which is also its URL segment.
[[nodiscard]] const char* kind_folder(EntryKind kind);

struct Person {
  std::string name;
  std::string role;
};

struct SourceLink {
  std::string title;
  std::string url;
  std::optional<Date> date;
};

enum class ConferenceFormat { in_person, online, hybrid };
enum class CollaborationForm { agreement, memorandum, working_group, meeting, program };
enum class CollaborationStatus { planned, active, completed };

struct ConferenceDetails {
  Date starts;
  Date ends;
  std::string city;
  std::string venue;
  ConferenceFormat format = ConferenceFormat::in_person;
  std::vector<std::string> organizers;  // organization ids
  std::optional<std::int64_t> participants;
  std::optional<std::int64_t> participant_countries;
  std::optional<std::int64_t> participant_regions;
};

struct CollaborationDetails {
  CollaborationForm form = CollaborationForm::agreement;
  CollaborationStatus status = CollaborationStatus::active;
  std::optional<Date> signed_on;
  std::vector<std::string> directions;
  std::vector<std::string> stages;
};

struct InternshipDetails {
  std::string program;
  std::vector<std::string> hosts;  // organization ids
  std::optional<Date> starts;
  std::optional<Date> ends;
  std::string specialty;
  std::optional<std::int64_t> planned;
  std::optional<std::int64_t> completed;
};

struct Entry {
  EntryKind kind = EntryKind::page;
  std::string source_path;  // relative to the site folder: content/conferences/x.md
  // An entry written as a folder (content/conferences/x/index.md): the other files in it, such
  // as photos, published beside the entry's page.
  std::vector<std::string> files;
  std::string language;       // of this text: the site's default, or a translation's
  std::string original_path;  // for a translation: the source_path of its original
  std::string slug;
  std::string title;
  DateTime date;                   // publication; pages may leave it unset
  std::string summary;             // given, or the body's first paragraph as plain text
  bool summary_from_body = false;  // then the page does not print it above the body again
  std::vector<std::string> regions;
  std::vector<std::string> countries;
  std::vector<std::string> partners;  // organization ids
  std::vector<std::string> topics;
  std::vector<Person> people;
  std::vector<SourceLink> sources;
  bool draft = false;
  // The text as HTML, with markers for links into the site; empty in a loaded site, whose pages
  // render their entries' texts when they are made (load/entry_body.h).
  std::string body_html;
  // A hash of the text below the front matter: the text read again for the page is the same.
  std::string body_version;
  std::vector<BodyLink> links;  // the text's links and images into the site
  Value extra;                  // the free [extra] table, for themes
  std::variant<std::monostate, ConferenceDetails, CollaborationDetails, InternshipDetails> details;
  // Hashes of the entry's file (and its original's, for a translation), which an incremental
  // build compares to tell which pages an edit changes: all of it; what lists show of it (the
  // front matter and the summary, not the text below); what the index reads (the front matter).
  std::string content_version;
  std::string listing_version;
  std::string index_version;

  [[nodiscard]] const ConferenceDetails* conference() const {
    return std::get_if<ConferenceDetails>(&details);
  }
  [[nodiscard]] const CollaborationDetails* collaboration() const {
    return std::get_if<CollaborationDetails>(&details);
  }
  [[nodiscard]] const InternshipDetails* internship() const {
    return std::get_if<InternshipDetails>(&details);
  }
  // Every organization id the entry names: partners, organizers and hosts, without repeats;
  // views of the entry's own strings (reports and indexes ask for them a hundred thousand
  // times in a large build).
  [[nodiscard]] std::vector<std::string_view> organization_ids() const;
  // The years an activity belongs to: a conference by its start, a collaboration by its
  // signing (else publication), an internship by every year its period overlaps.
  [[nodiscard]] std::vector<int> activity_years() const;
  // Whether `year` is one of activity_years(), without making the list.
  [[nodiscard]] bool active_in(int year) const;
  // The first and last of activity_years() (pages aside): the years an internship starts and
  // ends, where the annual reports count its planned and its completed places.
  [[nodiscard]] std::pair<int, int> activity_span() const;
};

}  // namespace almanac
