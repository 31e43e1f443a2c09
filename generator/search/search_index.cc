#include "search/search_index.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <unordered_map>

#include "locale/search_words.h"
#include "search/stemmer.h"
#include "search/word_stems.h"
#include "util/text.h"

namespace almanac {
namespace {

constexpr std::size_t kDocumentsPerFile = 16;   // a page of results fetches a few such files
constexpr std::size_t kShardBytes = 24 * 1024;  // of the stems in one file of the index
constexpr std::uint32_t kTitleWeight = 10, kSummaryWeight = 3, kTextWeight = 1;

}  // namespace

std::string search_snippet(const std::string& summary, std::size_t limit) {
  if (summary.size() <= limit) return summary;
  std::size_t cut = summary.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(summary[cut]) & 0xC0) == 0x80)
      --cut;
  }
  std::string snippet = summary.substr(0, cut);
  while (!snippet.empty() &&
         std::string_view(" ,.;:-").find(snippet.back()) != std::string_view::npos)
    snippet.pop_back();
  return snippet + "…";
}

// One thread's share of the index, so that threads never wait for each other: stems get
// numbers of the thread's own, and each stem's postings are kept as variable-length numbers
// (a document and its weight) in the order documents came.
struct SearchIndex::Part {
  Stemmer stemmer;
  WordStems word_stem;
  std::unordered_map<std::string, std::uint32_t> stem_number;
  std::vector<std::string> stems;      // by number
  std::vector<std::string> postings;   // by stem number
  std::vector<std::uint32_t> weights;  // of the document being added, by stem number
  std::vector<std::uint32_t> touched;  // the stems it has
  std::unique_ptr<char[]> words;       // the words of the text being added
  std::size_t room = 0;

  std::uint32_t stem_of(std::string_view word) {
    const std::uint64_t hash = word_hash(word);
    if (const std::uint32_t known = word_stem.find(word, hash); known != WordStems::kNone)
      return known;
    const std::string stem(stemmer.stem(word));
    auto numbered = stem_number.find(stem);
    if (numbered == stem_number.end()) {
      numbered = stem_number.emplace(stem, static_cast<std::uint32_t>(stems.size())).first;
      stems.push_back(stem);
      postings.emplace_back();
      weights.push_back(0);
    }
    word_stem.insert(word, hash, numbered->second);
    return numbered->second;
  }
};

namespace {

void append_varint(std::string& out, std::uint32_t value) {
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

std::uint32_t read_varint(const std::string& in, std::size_t& at) {
  std::uint32_t value = 0;
  for (int shift = 0;; shift += 7) {
    const auto byte = static_cast<unsigned char>(in[at++]);
    value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    if (byte < 0x80) return value;
  }
}

std::atomic<std::uint64_t> next_generation{1};

// Sorts `items`, made of ascending runs that start at `runs`, by merging neighbouring runs.
// Each thread indexes its pages in the order of the build, a few ascending runs of documents
// (one per kind of page), so this is several times faster than sorting.
using Posting = std::pair<std::uint32_t, std::uint32_t>;  // a document and its weight

void merge_runs(std::vector<Posting>& items, std::vector<std::size_t>& runs) {
  while (runs.size() > 1) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < runs.size(); i += 2) {
      if (i + 1 < runs.size()) {
        const std::size_t end = i + 2 < runs.size() ? runs[i + 2] : items.size();
        std::inplace_merge(items.begin() + static_cast<std::ptrdiff_t>(runs[i]),
                           items.begin() + static_cast<std::ptrdiff_t>(runs[i + 1]),
                           items.begin() + static_cast<std::ptrdiff_t>(end));
      }
      runs[kept++] = runs[i];
    }
    runs.resize(kept);
  }
}

}  // namespace

SearchIndex::SearchIndex(std::size_t count, std::function<SearchDocument(std::size_t id)> document)
    : count_(count), document_(std::move(document)), generation_(next_generation++) {}

SearchIndex::~SearchIndex() = default;

SearchIndex::Part& SearchIndex::part() {
  thread_local std::vector<std::pair<std::uint64_t, Part*>> mine;
  for (const auto& [generation, part] : mine) {
    if (generation == generation_) return *part;
  }
  std::lock_guard lock(parts_mutex_);
  parts_.push_back(std::make_unique<Part>());
  mine.emplace_back(generation_, parts_.back().get());
  return *parts_.back();
}

void SearchIndex::add_text(std::size_t id, std::string_view title, std::string_view summary,
                           std::string_view html) {
  Part& p = part();
  const auto add = [&](std::string_view text, std::uint32_t weight, bool markup) {
    if (p.room < search_words_room(text)) {
      p.room = search_words_room(text) * 2;
      p.words = std::make_unique<char[]>(p.room);
    }
    const std::string_view words(p.words.get(), write_search_words(text, p.words.get(), markup));
    for (std::size_t start = 0, end; start < words.size(); start = end + 1) {
      end = words.find('\n', start);
      const std::uint32_t stem = p.stem_of(words.substr(start, end - start));
      if (p.weights[stem] == 0) p.touched.push_back(stem);
      p.weights[stem] += weight;
    }
  };
  add(title, kTitleWeight, false);
  add(summary, kSummaryWeight, false);
  add(html, kTextWeight, true);
  for (const std::uint32_t stem : p.touched) {
    append_varint(p.postings[stem], static_cast<std::uint32_t>(id));
    append_varint(p.postings[stem], p.weights[stem]);
    p.weights[stem] = 0;
  }
  p.touched.clear();
}

bool SearchIndex::write_files(const FileWriter& write) const {
  // Each stem's postings from every thread, in the order of the stems.
  std::map<std::string_view, std::vector<const std::string*>> shares;
  for (const auto& p : parts_) {
    for (std::size_t i = 0; i < p->stems.size(); ++i)
      shares[p->stems[i]].push_back(&p->postings[i]);
  }
  // Shards of consecutive stems, each about kShardBytes, written as they fill: the index lists
  // the first stem of each, and a stem is in the last shard whose first stem is not after it.
  std::string index = "{\"version\":1,\"count\":" + std::to_string(count_) +
                      ",\"per_file\":" + std::to_string(kDocumentsPerFile) + ",\"shards\":[";
  std::size_t shards = 0;
  std::string shard;
  std::vector<Posting> postings;
  std::vector<std::size_t> runs;
  for (const auto& [stem, parts] : shares) {
    postings.clear();
    runs.clear();
    for (const std::string* share : parts) {
      for (std::size_t at = 0; at < share->size();) {
        const std::uint32_t document = read_varint(*share, at);
        if (postings.empty() || document < postings.back().first) runs.push_back(postings.size());
        postings.emplace_back(document, read_varint(*share, at));
      }
    }
    merge_runs(postings, runs);
    if (shard.empty()) {
      if (shards > 0) index += ',';
      append_json_string(index, stem);
      shard = "{";
    } else {
      shard += ',';
    }
    append_json_string(shard, stem);
    // [document, weight, ...], each document as the step from the one before: shorter files.
    shard += ":[";
    std::uint32_t previous = 0;
    for (const auto& [document, weight] : postings) {
      if (shard.back() != '[') shard += ',';
      shard += std::to_string(document - previous);
      shard += ',';
      shard += std::to_string(weight);
      previous = document;
    }
    shard += ']';
    if (shard.size() >= kShardBytes) {
      if (!write("terms-" + std::to_string(shards++) + ".json", shard + "}")) return false;
      shard.clear();
    }
  }
  if (!shard.empty() && !write("terms-" + std::to_string(shards++) + ".json", shard + "}")) {
    return false;
  }
  if (!write("index.json", index + "]}")) return false;
  for (std::size_t first = 0; first < count_; first += kDocumentsPerFile) {
    std::string json = "[";
    for (std::size_t i = first; i < std::min(count_, first + kDocumentsPerFile); ++i) {
      const SearchDocument d = document_(i);
      if (json.size() > 1) json += ',';
      json += '[';
      for (const std::string* field : {&d.path, &d.title, &d.kind, &d.date, &d.snippet}) {
        if (field != &d.path) json += ',';
        append_json_string(json, *field);
      }
      json += ']';
    }
    if (!write("docs-" + std::to_string(first / kDocumentsPerFile) + ".json", json + "]")) {
      return false;
    }
  }
  return true;
}

}  // namespace almanac
