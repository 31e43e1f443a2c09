#include "search/search_terms.h"

#include "locale/search_words.h"
#include "search/stemmer.h"
#include "search/word_stems.h"

namespace almanac {
namespace {

constexpr std::uint32_t kTitleWeight = 10, kSummaryWeight = 3, kTextWeight = 1;

void append_number(std::string& out, std::uint32_t value) {
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

}  // namespace

// A thread's stemmer and the stems of the words it has met, so that most words are found
// without stemming them or taking the indexer's lock.
struct SearchIndexer::Worker {
  Stemmer stemmer;
  WordStems word_stem;
  std::vector<std::uint32_t> weights;  // of the page being indexed, by stem number
  std::vector<std::uint32_t> touched;  // the stems it has
  std::unique_ptr<char[]> words;       // the words of the text being read
  std::size_t room = 0;
};

SearchIndexer::SearchIndexer() = default;
SearchIndexer::~SearchIndexer() = default;

std::uint32_t SearchIndexer::number_of(std::string_view stem) {
  std::lock_guard lock(mutex_);
  if (const auto known = numbers_.find(stem); known != numbers_.end()) return known->second;
  const auto number = static_cast<std::uint32_t>(stems_.size());
  numbers_.emplace(stems_.emplace_back(stem), number);
  return number;
}

SearchTerms SearchIndexer::terms(std::string_view title, std::string_view summary,
                                 std::string_view html) {
  std::unique_ptr<Worker> worker;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      worker = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!worker) worker = std::make_unique<Worker>();
  Worker& w = *worker;
  const auto add = [&](std::string_view text, std::uint32_t weight, bool markup) {
    if (w.room < search_words_room(text)) {
      w.room = search_words_room(text) * 2;
      w.words = std::make_unique<char[]>(w.room);
    }
    const std::string_view words(w.words.get(), write_search_words(text, w.words.get(), markup));
    for (std::size_t start = 0, end; start < words.size(); start = end + 1) {
      end = words.find('\n', start);
      const std::string_view word = words.substr(start, end - start);
      const std::uint64_t hash = word_hash(word);
      std::uint32_t stem = w.word_stem.find(word, hash);
      if (stem == WordStems::kNone) {
        stem = number_of(w.stemmer.stem(word));
        w.word_stem.insert(word, hash, stem);
      }
      if (stem >= w.weights.size()) w.weights.resize(stem + 1024, 0);
      if (w.weights[stem] == 0) w.touched.push_back(stem);
      w.weights[stem] += weight;
    }
  };
  add(title, kTitleWeight, false);
  add(summary, kSummaryWeight, false);
  add(html, kTextWeight, true);
  SearchTerms terms;
  terms.postings.reserve(w.touched.size() * 4);
  for (const std::uint32_t stem : w.touched) {
    append_number(terms.postings, stem);
    append_number(terms.postings, w.weights[stem]);
    w.weights[stem] = 0;
  }
  w.touched.clear();
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(worker));
  return terms;
}

std::vector<std::string_view> SearchIndexer::stems() const {
  std::lock_guard lock(mutex_);
  return {stems_.begin(), stems_.end()};
}

}  // namespace almanac
