#include "search/search_index.h"

#include <algorithm>

#include "util/text.h"

namespace almanac {
namespace {

constexpr std::size_t kDocumentsPerFile = 16;   // a page of results fetches a few such files
constexpr std::size_t kShardBytes = 24 * 1024;  // of the stems in one file of the index

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

bool write_search_index(const SearchIndexer& indexer, const std::vector<SearchTerms>& documents,
                        const std::function<SearchDocument(std::size_t)>& row,
                        const SearchFileWriter& write) {
  // Each stem's postings in the order of the documents, by counting first where each begins.
  const std::vector<std::string_view> stems = indexer.stems();
  std::vector<std::uint32_t> start(stems.size() + 1, 0);
  for (const SearchTerms& terms : documents)
    SearchIndexer::for_each(terms, [&](std::uint32_t stem, std::uint32_t) { ++start[stem + 1]; });
  for (std::size_t i = 1; i < start.size(); ++i)
    start[i] += start[i - 1];
  struct Posting {
    std::uint32_t document;
    std::uint32_t weight;
  };
  std::vector<Posting> postings(start.back());
  {
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::size_t document = 0; document < documents.size(); ++document) {
      SearchIndexer::for_each(documents[document], [&](std::uint32_t stem, std::uint32_t weight) {
        postings[next[stem]++] = {static_cast<std::uint32_t>(document), weight};
      });
    }
  }
  // The stems some document has, in the order of their bytes (a stem no page has any more may
  // be known from an earlier build).
  std::vector<std::uint32_t> order;
  for (std::uint32_t stem = 0; stem < stems.size(); ++stem) {
    if (start[stem + 1] > start[stem]) order.push_back(stem);
  }
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return stems[a] < stems[b]; });
  // Shards of consecutive stems, each about kShardBytes, written as they fill: the index lists
  // the first stem of each, and a stem is in the last shard whose first stem is not after it.
  const std::size_t count = documents.size();
  std::string index = "{\"version\":1,\"count\":" + std::to_string(count) +
                      ",\"per_file\":" + std::to_string(kDocumentsPerFile) + ",\"shards\":[";
  std::size_t shards = 0;
  std::string shard;
  for (const std::uint32_t number : order) {
    const std::string_view stem = stems[number];
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
    for (std::uint32_t i = start[number]; i < start[number + 1]; ++i) {
      const auto [document, weight] = postings[i];
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
  for (std::size_t first = 0; first < count; first += kDocumentsPerFile) {
    std::string json = "[";
    for (std::size_t i = first; i < std::min(count, first + kDocumentsPerFile); ++i) {
      const SearchDocument d = row(i);
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
