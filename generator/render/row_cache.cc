#include "render/row_cache.h"

#include <algorithm>

namespace almanac {

RowCache::RowCache(const std::vector<Entry>& entries)
    : first_(entries.data()),
      count_(entries.size()),
      slots_(std::make_unique<std::array<Slot, kDepths>[]>(entries.size())) {}

const std::string& RowCache::html(const Entry& entry, const std::string& root,
                                  const std::function<std::string()>& render) {
  const std::size_t depth =
      root == "./" ? 0 : static_cast<std::size_t>(std::count(root.begin(), root.end(), '/'));
  const std::ptrdiff_t index = &entry - first_;
  if (index < 0 || static_cast<std::size_t>(index) >= count_ || depth >= kDepths) {
    std::lock_guard lock(uncached_mutex_);
    uncached_.push_back(std::make_unique<std::string>(render()));
    return *uncached_.back();
  }
  Slot& slot = slots_[index][depth];
  std::call_once(slot.once, [&] { slot.html = render(); });
  return slot.html;
}

}  // namespace almanac
