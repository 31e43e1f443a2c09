// What the search index knows of one page: the stems of its words with their weights. The
// render stage makes them for every page search finds (entries, free pages, organizations) and
// hands them on as data; an incremental build keeps those of the pages it does not render again.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace almanac {

// Pairs of numbers (a stem of the indexer's, its weight), as variable-length numbers: a tenth
// of the memory of pairs of strings, for 10,000 pages of text.
struct SearchTerms {
  std::string postings;

  bool operator==(const SearchTerms&) const = default;
};

class SearchIndexer {
 public:
  SearchIndexer();
  ~SearchIndexer();
  SearchIndexer(const SearchIndexer&) = delete;
  SearchIndexer& operator=(const SearchIndexer&) = delete;

  // The stems of a page's words: its title weighs most, then its summary, then its text (HTML
  // is read as text). Safe from many threads.
  [[nodiscard]] SearchTerms terms(std::string_view title, std::string_view summary,
                                  std::string_view html);

  // Every stem the indexer has numbered, by number. Not while pages are being indexed.
  [[nodiscard]] std::vector<std::string_view> stems() const;

  // Calls `each(stem, weight)` for every pair of `terms`.
  template <typename Each>
  static void for_each(const SearchTerms& terms, Each each) {
    const std::string& in = terms.postings;
    for (std::size_t at = 0; at < in.size();) {
      const std::uint32_t stem = read_number(in, at);
      each(stem, read_number(in, at));
    }
  }

 private:
  struct Worker;  // what one thread needs to index a page; kept for the next page
  static std::uint32_t read_number(const std::string& in, std::size_t& at) {
    std::uint32_t value = 0;
    for (int shift = 0;; shift += 7) {
      const auto byte = static_cast<unsigned char>(in[at++]);
      value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return value;
    }
  }
  std::uint32_t number_of(std::string_view stem);

  mutable std::mutex mutex_;
  std::deque<std::string> stems_;  // by number; a deque, so the map's keys stay where they are
  std::unordered_map<std::string_view, std::uint32_t> numbers_;
  std::vector<std::unique_ptr<Worker>> idle_;  // workers no thread is using
};

}  // namespace almanac
