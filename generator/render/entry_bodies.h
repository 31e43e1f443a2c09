// The entries' bodies are most of a loaded site's memory. Each is printed on the entry's page,
// once in every language that shows it, and let go after its last page.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/site_index.h"
#include "model/site.h"

namespace almanac {

class EntryBodies {
 public:
  // Takes over the bodies of the site's entries and translations; `indexes` tell how many pages
  // print each.
  EntryBodies(Site& site, const std::vector<SiteIndex>& indexes);

  // The body for one of the entry's pages: copied, or moved out for the last of them. Safe from
  // many threads, each entry's pages in any order.
  [[nodiscard]] std::string take(const Entry& entry);

 private:
  struct Body {
    std::string html;
    int pages_left = 0;
  };
  static constexpr std::size_t kLocks = 64;  // entries share locks: contention is rare
  std::unordered_map<const Entry*, std::size_t> position_;
  std::unique_ptr<Body[]> bodies_;
  std::mutex locks_[kLocks];
};

}  // namespace almanac
