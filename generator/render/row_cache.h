// Each entry's row (the entry_row partial) rendered once per folder depth and reused in every
// list it appears in: an entry is listed on a dozen pages, and rows are most of the rendering.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "model/entry.h"

namespace almanac {

class RowCache {
 public:
  // `entries` is the site's entry vector; rows are cached per element of it.
  explicit RowCache(const std::vector<Entry>& entries);

  // The row of `entry` for pages whose way to the root is `root` ("./", "../", ...), made by
  // `render` the first time. Safe from many threads.
  const std::string& html(const Entry& entry, const std::string& root,
                          const std::function<std::string()>& render);

 private:
  static constexpr std::size_t kDepths = 8;
  struct Slot {
    std::once_flag once;
    std::string html;
  };
  const Entry* first_;
  std::size_t count_;
  std::unique_ptr<std::array<Slot, kDepths>[]> slots_;
  std::mutex uncached_mutex_;
  std::vector<std::unique_ptr<std::string>> uncached_;  // deeper than kDepths: never in practice
};

}  // namespace almanac
