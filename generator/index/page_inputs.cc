#include "index/page_inputs.h"

#include <algorithm>

#include "util/content_hash.h"
#include "util/parallel.h"

namespace almanac {

void PageInputs::text(std::string_view value) {
  key_ += value;
  key_ += '\0';
}

void PageInputs::number(std::int64_t value) {
  text(std::to_string(value));
}

void PageInputs::term(const std::string& taxonomy, const std::string& key) {
  text(key);
  if (const Term* term = index_.taxonomy(taxonomy).find(key)) {
    text(term->name);
    text(term->slug);
  }
}

ListedEntries::ListedEntries(const SiteIndex& index, int jobs) {
  std::vector<const Entry*> entries(index.activities);
  entries.insert(entries.end(), index.pages.begin(), index.pages.end());
  std::vector<std::string> versions(entries.size());
  parallel_for(entries.size(), jobs, [&](std::size_t i) {
    PageInputs row(index);
    row.listed(*entries[i]);
    versions[i] = content_hash(row.key());
  });
  versions_.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i)
    versions_.emplace(entries[i], std::move(versions[i]));
}

void ListedEntries::update(const SiteIndex& index, const std::vector<const Entry*>& entries) {
  for (const Entry* entry : entries) {
    const auto it = versions_.find(entry);
    if (it == versions_.end()) continue;
    PageInputs row(index);
    row.listed(*entry);
    it->second = content_hash(row.key());
  }
}

const std::string* ListedEntries::find(const Entry& entry) const {
  const auto it = versions_.find(&entry);
  return it == versions_.end() ? nullptr : &it->second;
}

void PageInputs::listed(const Entry& entry) {
  if (shows_) shows_->push_back(&entry);
  if (listed_) {
    if (const std::string* version = listed_->find(entry)) {
      text(*version);
      return;
    }
  }
  text(entry.source_path);
  text(entry.listing_version);
  if (index_.untranslated.contains(&entry)) text("untranslated");
  for (const auto& region : entry.regions)
    term("regions", region);
  for (const auto& country : entry.countries)
    term("countries", country);
}

void PageInputs::listed(const std::vector<const Entry*>& entries, std::size_t from,
                        std::size_t count) {
  number(static_cast<std::int64_t>(entries.size()));
  for (std::size_t i = from; i < std::min(entries.size(), from + count); ++i)
    listed(*entries[i]);
}

void PageInputs::organization(std::string_view id) {
  text(id);
  const auto it = index_.organization_by_id.find(id);
  if (shows_ && it != index_.organization_by_id.end()) shows_->push_back(it->second);
  text(it == index_.organization_by_id.end() ? "" : it->second->version);
}

void PageInputs::organization_reference(std::string_view id) {
  text(id);
  const auto it = index_.organization_by_id.find(id);
  if (shows_ && it != index_.organization_by_id.end()) shows_->push_back(it->second);
  text(it == index_.organization_by_id.end() ? "" : it->second->reference_version);
}

void PageInputs::shown(const Entry& entry) {
  listed(entry);
  text(entry.content_version);
  for (const auto id : entry.organization_ids())
    organization_reference(id);
  for (const auto& topic : entry.topics)
    term("topics", topic);
  if (const auto related = index_.related.find(&entry); related != index_.related.end()) {
    for (const Entry* other : related->second)
      listed(*other);
  }
}

}  // namespace almanac
