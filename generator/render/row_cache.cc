#include "render/row_cache.h"

#include <algorithm>
#include <iterator>

#include "index/urls.h"

namespace almanac {

RowCache::RowCache(const std::vector<const Entry*>& entries) {
  std::vector<const Entry*> sorted(entries);
  std::sort(sorted.begin(), sorted.end(), std::less<>());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  slots_ = std::make_unique<Slot[]>(sorted.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    slots_[i].path = entry_path(*sorted[i]);
    if (!runs_.empty() && runs_.back().first + runs_.back().count == sorted[i]) {
      ++runs_.back().count;
    } else {
      runs_.push_back({sorted[i], 1, i});
    }
  }
}

RowCache::Slot* RowCache::slot_of(const Entry& entry) const {
  // The last run that starts at or before the entry.
  const auto after = std::upper_bound(
      runs_.begin(), runs_.end(), &entry,
      [](const Entry* address, const Run& run) { return std::less<>()(address, run.first); });
  if (after == runs_.begin()) return nullptr;
  const Run& run = *std::prev(after);
  if (!std::less<>()(&entry, run.first + run.count)) return nullptr;
  return &slots_[run.first_slot + static_cast<std::size_t>(&entry - run.first)];
}

void RowCache::forget(const Entry& entry) {
  if (Slot* slot = slot_of(entry)) delete slot->html.exchange(nullptr);
}

RowCache::Row RowCache::row(const Entry& entry, const std::string& root,
                            const std::function<std::string()>& render) {
  Slot* found = slot_of(entry);
  if (!found) return {entry_path(entry), RootedHtml(render()).with_root(root)};
  Slot& slot = *found;
  const RootedHtml* html = slot.html.load(std::memory_order_acquire);
  if (!html) {
    auto made = std::make_unique<const RootedHtml>(render());
    if (slot.html.compare_exchange_strong(html, made.get(), std::memory_order_acq_rel)) {
      html = made.release();
    }
  }
  return {slot.path, html->with_root(root)};
}

}  // namespace almanac
