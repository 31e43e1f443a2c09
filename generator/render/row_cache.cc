#include "render/row_cache.h"

#include "render/urls.h"

namespace almanac {

RowCache::RowCache(const std::vector<const Entry*>& entries)
    : slots_(std::make_unique<Slot[]>(entries.size())) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    position_[entries[i]] = i;
    slots_[i].path = entry_path(*entries[i]);
  }
}

RowCache::Row RowCache::row(const Entry& entry, const std::string& root,
                            const std::function<std::string()>& render) {
  const auto position = position_.find(&entry);
  if (position == position_.end()) return {entry_path(entry), RootedHtml(render()).with_root(root)};
  Slot& slot = slots_[position->second];
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
