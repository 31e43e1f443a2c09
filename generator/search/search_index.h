// The site's search index, made by almanac itself while it builds, in small static files that a
// browser fetches as needed (the theme's js/search.js): a search on a site of 10,000 entries
// downloads a few shards of the index and the result rows, not the whole index.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace almanac {

// What a search result shows: the page's path (within its language), title, kind, date and a
// snippet.
struct SearchDocument {
  std::string path;
  std::string title;
  std::string kind;
  std::string date;
  std::string snippet;
};

class SearchIndex {
 public:
  // `count` documents, in the order results are listed when they score the same (newest
  // first); `document` makes the row of one when the index is written (kept as text for
  // 10,000 pages, the rows were a tenth of a large build's memory).
  SearchIndex(std::size_t count, std::function<SearchDocument(std::size_t id)> document);
  ~SearchIndex();

  // Indexes document `id`'s words: its title weighs most, then its summary, then its text (HTML
  // is read as text). Safe from many threads, each document once.
  void add_text(std::size_t id, std::string_view title, std::string_view summary,
                std::string_view html);

  // Writes the index's files, by path under search/: index.json (the list of shards),
  // docs-N.json (the documents' rows, a few at a time) and terms-N.json (stems and the documents
  // that have them), each as soon as it is made. Stops at the first write that fails.
  using FileWriter = std::function<bool(const std::string& name, const std::string& content)>;
  [[nodiscard]] bool write_files(const FileWriter& write) const;

 private:
  struct Part;  // what one thread has indexed
  Part& part();

  std::size_t count_;
  std::function<SearchDocument(std::size_t)> document_;
  const std::uint64_t generation_;  // tells indexes apart in each thread's list of its parts
  std::mutex parts_mutex_;
  std::vector<std::unique_ptr<Part>> parts_;
};

// The snippet of a summary: its start, cut at a word before `limit` bytes, with "…".
[[nodiscard]] std::string search_snippet(const std::string& summary, std::size_t limit = 180);

}  // namespace almanac
