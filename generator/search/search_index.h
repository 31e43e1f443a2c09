// The site's search index, made by almanac itself while it builds, in small static files that a
// browser fetches as needed (the theme's js/search.js): a search on a site of 10,000 entries
// downloads a few shards of the index and the result rows, not the whole index.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
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
  // The documents, in the order results are listed when they score the same (newest first).
  explicit SearchIndex(std::vector<SearchDocument> documents);

  // Indexes document `id`'s words: its title weighs most, then its summary, then its text (HTML
  // is read as text). Safe from many threads, each document once.
  void add_text(std::size_t id, std::string_view title, std::string_view summary,
                std::string_view html);

  // The index's files, by path under search/: index.json (the list of shards), docs-N.json (the
  // documents' rows, a few at a time) and terms-*.json (stems and the documents that have them).
  [[nodiscard]] std::vector<std::pair<std::string, std::string>> files() const;

 private:
  std::vector<SearchDocument> documents_;
  std::mutex mutex_;
  // stem → (document, weight), in the order documents were added; sorted when written.
  std::unordered_map<std::string, std::vector<std::pair<std::uint32_t, std::uint32_t>>> postings_;
};

// The snippet of a summary: its start, cut at a word before `limit` bytes, with "…".
[[nodiscard]] std::string search_snippet(const std::string& summary, std::size_t limit = 180);

}  // namespace almanac
