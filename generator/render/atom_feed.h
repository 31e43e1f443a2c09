// Atom feeds (RFC 4287): the newest entries of the site or of one kind, for feed readers and
// for partners who follow the site's news.
#pragma once

#include <string>
#include <vector>

#include "model/entry.h"
#include "render/page_views.h"

namespace almanac {

struct FeedRequest {
  std::string path;   // of the feed within its language: "atom.xml", "conferences/atom.xml"
  std::string title;  // of the feed
  std::string page;   // the page the feed follows: "", "conferences/"
  const std::vector<const Entry*>* entries;  // newest first
};

// The feed, with the newest `feed_limit` entries; `updated` is the newest entry's date, so the
// same content gives the same feed. Needs the site's base_url (Atom wants full addresses).
[[nodiscard]] std::string atom_feed(const PageViews& views, const FeedRequest& request);

// An RFC 3339 time for Atom: the entry's date and time as written, taken as UTC.
[[nodiscard]] std::string rfc3339(const DateTime& time);

}  // namespace almanac
