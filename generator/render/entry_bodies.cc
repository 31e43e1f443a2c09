#include "render/entry_bodies.h"

namespace almanac {

EntryBodies::EntryBodies(Site& site, const std::vector<SiteIndex>& indexes) {
  std::vector<Entry*> entries;
  for (auto& entry : site.entries)
    entries.push_back(&entry);
  for (auto& [language, translations] : site.translations) {
    for (auto& entry : translations)
      entries.push_back(&entry);
  }
  bodies_ = std::make_unique<Body[]>(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    position_[entries[i]] = i;
    bodies_[i].html = std::move(entries[i]->body_html);
    entries[i]->body_html.clear();
  }
  for (const auto& index : indexes) {
    for (const auto& [original, shown] : index.entry_by_original) {
      if (const auto it = position_.find(shown); it != position_.end())
        ++bodies_[it->second].pages_left;
    }
  }
}

std::string EntryBodies::take(const Entry& entry) {
  const auto it = position_.find(&entry);
  if (it == position_.end()) return entry.body_html;
  Body& body = bodies_[it->second];
  // The lock keeps a page from moving the body out while another page still copies it.
  std::lock_guard lock(locks_[it->second % kLocks]);
  if (--body.pages_left > 0) return body.html;
  return std::move(body.html);
}

}  // namespace almanac
