#include "render/row_cache.h"

namespace almanac {

RowCache::RowCache(const std::vector<Entry>& entries)
    : first_(entries.data()),
      count_(entries.size()),
      slots_(std::make_unique<Slot[]>(entries.size())) {}

std::string RowCache::html(const Entry& entry, const std::string& root,
                           const std::function<std::string()>& render) {
  const std::ptrdiff_t index = &entry - first_;
  std::string row;
  if (index >= 0 && static_cast<std::size_t>(index) < count_) {
    Slot& slot = slots_[index];
    std::call_once(slot.once, [&] { slot.html = render(); });
    row = slot.html;
  } else {
    row = render();
  }
  for (std::size_t at = row.find(kRootMarker); at != std::string::npos;
       at = row.find(kRootMarker, at + root.size())) {
    row.replace(at, kRootMarker.size(), root);
  }
  return row;
}

}  // namespace almanac
