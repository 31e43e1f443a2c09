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
  // Rows are rendered with this in place of {{root}}, and it is replaced by each page's own way
  // to the root when the row is used. Content files cannot hold control characters (they are
  // rejected while loading) and escaping leaves them alone, so it cannot clash.
  static constexpr std::string_view kRootMarker = "\x1f" "root" "\x1f";

  // `entries` is the site's entry vector; one row is cached per element of it.
  explicit RowCache(const std::vector<Entry>& entries);

  // The row of `entry` for a page whose way to the root is `root` ("./", "../", ...); `render`
  // makes the row, with kRootMarker as root, the first time. Safe from many threads.
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
