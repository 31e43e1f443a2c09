#include "render/row_cache.h"

namespace almanac {

RowCache::RowCache(const std::vector<const Entry*>& entries)
    : slots_(std::make_unique<Slot[]>(entries.size())) {
  for (std::size_t i = 0; i < entries.size(); ++i)
    position_[entries[i]] = i;
}

std::string RowCache::html(const Entry& entry, const std::string& root,
                           const std::function<std::string()>& render) {
  const auto position = position_.find(&entry);
  if (position == position_.end()) return RootedHtml(render()).with_root(root);
  Slot& slot = slots_[position->second];
  std::call_once(slot.once, [&] { slot.html = RootedHtml(render()); });
  return slot.html.with_root(root);
}

}  // namespace almanac
