// Each entry's row (the entry_row partial) rendered once and reused in every list the entry
// appears in: an entry is listed on a dozen pages, and rows are most of the rendering.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "model/entry.h"

namespace almanac {

class RowCache {
 public:
  // `entries` is the site's entry vector; one row is cached per element of it.
  explicit RowCache(const std::vector<Entry>& entries);

  // The row of `entry` for a page whose way to the root is `root` ("./", "../", ...); `render`
  // makes the row, with kRootMarker (render/root_marker.h) as root, the first time. Safe from
  // many threads.
  [[nodiscard]] std::string html(const Entry& entry, const std::string& root,
                                 const std::function<std::string()>& render);

 private:
  struct Slot {
    std::once_flag once;
    std::string html;
  };
  const Entry* first_;
  std::size_t count_;
  std::unique_ptr<Slot[]> slots_;
};

}  // namespace almanac
