// The site's search index, made by almanac itself while it builds, in small static files that a
// browser fetches as needed (the theme's js/search.js): a search on a site of 10,000 entries
// downloads a few shards of the index and the result rows, not the whole index.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "search/search_terms.h"

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

// Writes the index's files, by path under search/: index.json (the list of shards),
// docs-N.json (the documents' rows, a few at a time) and terms-N.json (stems and the documents
// that have them), each as soon as it is made. `documents` are the pages' terms by number, in
// the order results are listed when they score the same (newest first); `row` makes the row of
// one (kept as text for 10,000 pages, the rows were a tenth of a large build's memory). Stops at
// the first write that fails.
using SearchFileWriter = std::function<bool(const std::string& name, const std::string& content)>;
[[nodiscard]] bool write_search_index(const SearchIndexer& indexer,
                                      const std::vector<SearchTerms>& documents,
                                      const std::function<SearchDocument(std::size_t)>& row,
                                      const SearchFileWriter& write);

// The snippet of a summary: its start, cut at a word before `limit` bytes, with "…".
[[nodiscard]] std::string search_snippet(const std::string& summary, std::size_t limit = 180);

}  // namespace almanac
