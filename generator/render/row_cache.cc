#include "render/row_cache.h"

#include "render/root_marker.h"

namespace almanac {

RowCache::RowCache(const std::vector<const Entry*>& entries)
    : slots_(std::make_unique<Slot[]>(entries.size())) {
  for (std::size_t i = 0; i < entries.size(); ++i)
    position_[entries[i]] = i;
}

std::string RowCache::html(const Entry& entry, const std::string& root,
                           const std::function<std::string()>& render) {
  const auto position = position_.find(&entry);
  if (position == position_.end()) return with_root(render(), root);
  Slot& slot = slots_[position->second];
  std::call_once(slot.once, [&] {
    slot.html = render();
    slot.html.shrink_to_fit();  // kept for the whole build, for every entry
  });
  return with_root(slot.html, root);
}

}  // namespace almanac
