#include "search/search_index.h"

#include <algorithm>
#include <map>

#include "locale/search_words.h"
#include "search/stemmer.h"
#include "util/text.h"

namespace almanac {
namespace {

constexpr std::size_t kDocumentsPerFile = 16;   // a page of results fetches a few such files
constexpr std::size_t kShardBytes = 24 * 1024;  // of the stems in one file of the index
constexpr std::uint32_t kTitleWeight = 10, kSummaryWeight = 3, kTextWeight = 1;

// The text of HTML for search: tags and character references become spaces.
std::string html_text(std::string_view html) {
  std::string text;
  text.reserve(html.size());
  bool in_tag = false, in_reference = false;
  for (const char c : html) {
    if (in_tag) {
      in_tag = c != '>';
      continue;
    }
    if (in_reference) {
      in_reference = c != ';' && c != ' ' && c != '<';
      if (c == '<') in_tag = true;
      continue;
    }
    if (c == '<' || c == '&') {
      in_tag = c == '<';
      in_reference = c == '&';
      text += ' ';
      continue;
    }
    text += c;
  }
  return text;
}

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

SearchIndex::SearchIndex(std::vector<SearchDocument> documents)
    : documents_(std::move(documents)) {}

void SearchIndex::add_text(std::size_t id, std::string_view title, std::string_view summary,
                           std::string_view html) {
  thread_local Stemmer stemmer;
  std::unordered_map<std::string_view, std::uint32_t> weights;
  std::string words;
  const auto add = [&](std::string_view text, std::uint32_t weight) {
    words.clear();
    append_search_words(text, words);
    for (std::size_t start = 0, end; start < words.size(); start = end + 1) {
      end = words.find('\n', start);
      weights[stemmer.stem(std::string_view(words).substr(start, end - start))] += weight;
    }
  };
  add(title, kTitleWeight);
  add(summary, kSummaryWeight);
  add(html_text(html), kTextWeight);
  std::lock_guard lock(mutex_);
  for (const auto& [stem, weight] : weights)
    postings_[std::string(stem)].emplace_back(static_cast<std::uint32_t>(id), weight);
}

std::vector<std::pair<std::string, std::string>> SearchIndex::files() const {
  std::map<std::string, std::string> stems;  // stem → its postings as JSON, in order
  for (const auto& [stem, unsorted] : postings_) {
    auto postings = unsorted;
    std::sort(postings.begin(), postings.end());
    // [document, weight, ...], each document as the step from the one before: shorter files.
    std::string json = "[";
    std::uint32_t previous = 0;
    for (const auto& [document, weight] : postings) {
      if (json.size() > 1) json += ',';
      json += std::to_string(document - previous) + ',' + std::to_string(weight);
      previous = document;
    }
    stems.emplace(stem, json + "]");
  }
  // Shards of consecutive stems, each about kShardBytes: the index lists the first stem of each,
  // and a stem is in the last shard whose first stem is not after it.
  std::vector<std::pair<std::string, std::string>> files;
  std::string index = "{\"version\":1,\"count\":" + std::to_string(documents_.size()) +
                      ",\"per_file\":" + std::to_string(kDocumentsPerFile) + ",\"shards\":[";
  std::string shard;
  const auto close_shard = [&] {
    files.emplace_back("terms-" + std::to_string(files.size()) + ".json", shard + "}");
    shard.clear();
  };
  for (const auto& [stem, postings] : stems) {
    if (shard.empty()) {
      if (!files.empty()) index += ',';
      append_json_string(index, stem);
      shard = "{";
    } else {
      shard += ',';
    }
    append_json_string(shard, stem);
    shard += ':' + postings;
    if (shard.size() >= kShardBytes) close_shard();
  }
  if (!shard.empty()) close_shard();
  files.emplace_back("index.json", index + "]}");
  for (std::size_t first = 0; first < documents_.size(); first += kDocumentsPerFile) {
    std::string json = "[";
    for (std::size_t i = first; i < std::min(documents_.size(), first + kDocumentsPerFile); ++i) {
      const SearchDocument& d = documents_[i];
      if (json.size() > 1) json += ',';
      json += '[';
      for (const std::string* field : {&d.path, &d.title, &d.kind, &d.date, &d.snippet}) {
        if (field != &d.path) json += ',';
        append_json_string(json, *field);
      }
      json += ']';
    }
    files.emplace_back("docs-" + std::to_string(first / kDocumentsPerFile) + ".json", json + "]");
  }
  return files;
}

}  // namespace almanac
