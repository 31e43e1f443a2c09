// Each entry's row (the entry_row partial) rendered once and reused in every list the entry
// appears in: an entry is listed on a dozen pages, and rows are most of the rendering.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/entry.h"
#include "render/root_marker.h"

namespace almanac {

class RowCache {
 public:
  // One row is cached for each of `entries`.
  explicit RowCache(const std::vector<const Entry*>& entries);

  struct Row {
    std::string path;  // the entry's (index/urls.h entry_path), which lists print with its row
    std::string html;
  };
  // The row of `entry` for a page whose way to the root is `root` ("./", "../", ...); `render`
  // makes the row, with kRootMarker (render/root_marker.h) as root, the first time (twice, in
  // the rare case that two threads ask for a new row at once). Safe from many threads.
  [[nodiscard]] Row row(const Entry& entry, const std::string& root,
                        const std::function<std::string()>& render);
  // An entry read again in place: its row is made again when next asked for. Not while rows
  // are being rendered.
  void forget(const Entry& entry);

 private:
  struct Slot {
    // Set once, by the first thread to render the row; a thread that rendered it at the same
    // time drops its copy (the same text). std::call_once made a system call for every row.
    std::atomic<const RootedHtml*> html{nullptr};
    std::string path;  // made with the cache: a dozen lists print it
    ~Slot() { delete html.load(); }
  };
  // Entries that follow each other in memory (the site keeps its entries, and each language's
  // translations, in arrays), each run's slots one after another: an entry's slot is found
  // from its address. A hash table's cache misses were 2 % of a large build.
  struct Run {
    const Entry* first;
    std::size_t count;
    std::size_t first_slot;
  };
  [[nodiscard]] Slot* slot_of(const Entry& entry) const;

  std::vector<Run> runs_;  // by address
  std::unique_ptr<Slot[]> slots_;
};

}  // namespace almanac
