#include "render/row_cache.h"

#include "render/root_marker.h"

namespace almanac {

RowCache::RowCache(const std::vector<Entry>& entries)
    : first_(entries.data()),
      count_(entries.size()),
      slots_(std::make_unique<Slot[]>(entries.size())) {}

std::string RowCache::html(const Entry& entry, const std::string& root,
                           const std::function<std::string()>& render) {
  const std::ptrdiff_t index = &entry - first_;
  if (index < 0 || static_cast<std::size_t>(index) >= count_) return with_root(render(), root);
  Slot& slot = slots_[index];
  std::call_once(slot.once, [&] {
    slot.html = render();
    slot.html.shrink_to_fit();  // kept for the whole build, for every entry
  });
  return with_root(slot.html, root);
}

}  // namespace almanac
