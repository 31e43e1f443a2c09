#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <numeric>
#include <thread>

#include "locale/search_words.h"
#include "search/search_index.h"
#include "search/stemmer.h"
#include "search/word_stems.h"

using namespace almanac;
using json = nlohmann::json;

namespace {

std::vector<std::pair<std::string, std::string>> files_of(
    const SearchIndexer& indexer, const std::vector<SearchTerms>& documents,
    const std::function<SearchDocument(std::size_t)>& row = [](std::size_t) {
      return SearchDocument{"x/", "t", "k", "", ""};
    }) {
  std::vector<std::pair<std::string, std::string>> files;
  REQUIRE(write_search_index(indexer, documents, row,
                             [&](const std::string& name, const std::string& content) {
                               files.emplace_back(name, content);
                               return true;
                             }));
  return files;
}

std::string words_of(std::string_view text) {
  std::string words;
  append_search_words(text, words);
  return words;
}

// Every stem in the index's shards, with its documents as numbers (not steps).
std::map<std::string, std::vector<int>> postings_of(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::map<std::string, std::vector<int>> postings;
  for (const auto& [name, content] : files) {
    if (!name.starts_with("terms-")) continue;
    const json shard = json::parse(content);
    for (const auto& [stem, list] : shard.items()) {
      int document = 0;
      for (std::size_t i = 0; i < list.size(); i += 2) {
        document += list[i].get<int>();
        postings[stem].push_back(document);
      }
    }
  }
  return postings;
}

}  // namespace

TEST_CASE("search words: letters and digits in lower case, ё as е") {
  CHECK(words_of("Китае, ЁЛКА-2 и Jiangxi's") == "китае\nелка\n2\nи\njiangxi\ns\n");
  CHECK(words_of("«Мир педиатров» — 2025") == "мир\nпедиатров\n2025\n");
  CHECK(words_of("江西省 hospital") == "江西省\nhospital\n");
  CHECK(words_of("") == "");
  // Runs of small Russian letters are copied whole; capitals and other Cyrillic letters between
  // them go through the tables and ICU.
  CHECK(words_of("ПРИвет, Київ; ёЖиК") == "привет\nкиїв\nежик\n");
  // Sixteen bytes of small letters are read at once: words longer than that, and ending at,
  // before and after such a block, and at the very end of the text.
  CHECK(words_of("здравоохранения") == "здравоохранения\n");
  CHECK(words_of("высокотехнологичнаяПомощь межрегиональных") ==
        "высокотехнологичнаяпомощь\nмежрегиональных\n");
  CHECK(words_of("абвгдежз,абвгдежзи") == "абвгдежз\nабвгдежзи\n");
}

TEST_CASE("search words agree, at every length and offset, with reading letter by letter") {
  // Letters as search writes them, capitals, ё, letters of other alphabets and separators.
  const std::vector<std::pair<std::string, std::string>> pieces{
      {"а", "а"}, {"п", "п"}, {"р", "р"},  {"я", "я"},  {"о", "о"},
      {"Б", "б"}, {"Я", "я"}, {"ё", "е"},  {"Ё", "е"},  {"ї", "ї"},
      {"z", "z"}, {"7", "7"}, {" ", "\n"}, {",", "\n"}, {"—", "\n"}};
  std::uint32_t seed = 12345;
  const auto next = [&seed](std::uint32_t bound) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % bound;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text, expected;
    const std::uint32_t length = next(40);
    for (std::uint32_t i = 0; i < length; ++i) {
      // Mostly small Russian letters, as in real text.
      const std::uint32_t pick =
          next(3) > 0 ? next(5) : next(static_cast<std::uint32_t>(pieces.size()));
      text += pieces[pick].first;
      if (pieces[pick].second == "\n") {
        if (!expected.empty() && expected.back() != '\n') expected += '\n';
      } else {
        expected += pieces[pick].second;
      }
    }
    if (!expected.empty() && expected.back() != '\n') expected += '\n';
    CAPTURE(text);
    CHECK(words_of(text) == expected);
  }
}

TEST_CASE("the stemmer gives the forms of a word one stem") {
  Stemmer stemmer;
  const auto stem = [&](std::string_view word) { return std::string(stemmer.stem(word)); };
  CHECK(stem("конференции") == stem("конференция"));
  CHECK(stem("китае") == stem("китай"));
  CHECK(stem("стажировки") == stem("стажировка"));
  CHECK(stem("hospitals") == stem("hospital"));
  CHECK(stem("2025") == "2025");
}

TEST_CASE("the search index: stems, weights, shards and rows") {
  const std::vector<SearchDocument> rows{{"conferences/mir/", "Конференция «Мир педиатров»",
                                          "Конференция", "12 ноября 2025 г.", "Врачи из Китая"},
                                         {"collaborations/a/", "Соглашение", "Сотрудничество",
                                          "25 марта 2025 г.", "Больницы подписали соглашение"}};
  SearchIndexer indexer;
  std::vector<SearchTerms> documents(rows.size());
  // Documents may be indexed in any order, from any thread.
  documents[1] = indexer.terms("Соглашение", "Больницы подписали соглашение",
                               "<p>Соглашение о конференциях в Китае &amp; «ёлках»</p>");
  documents[0] = indexer.terms("Конференция «Мир педиатров»", "Врачи из Китая",
                               "<p>Прошла <em>конференция</em> педиатров</p>");
  const auto files = files_of(indexer, documents, [&](std::size_t id) { return rows[id]; });
  std::map<std::string, std::string> by_name(files.begin(), files.end());
  REQUIRE(by_name.contains("index.json"));
  const json manifest = json::parse(by_name.at("index.json"));
  CHECK(manifest["count"] == 2);
  CHECK(manifest["shards"].size() >= 1);

  const auto postings = postings_of(files);
  Stemmer stemmer;
  const std::string conference(stemmer.stem("конференция"));
  REQUIRE(postings.contains(conference));
  CHECK(postings.at(conference) == std::vector<int>{0, 1});  // "конференциях" too
  // "в Китае" is indexed under the stem of "Китай" (Snowball takes "Китая" to another stem).
  CHECK(postings.at(std::string(stemmer.stem("китай"))) == std::vector<int>{1});
  CHECK(postings.contains(std::string(stemmer.stem("елка"))));  // ё read as е
  CHECK_FALSE(postings.contains("amp"));  // character references are not words
  CHECK_FALSE(postings.contains("em"));   // nor are tags

  // The title weighs more than the text.
  const json shard = json::parse(by_name.at("terms-0.json"));
  const auto& list = shard.at(conference);
  CHECK(list[1].get<int>() > list[3].get<int>());

  const json written = json::parse(by_name.at("docs-0.json"));
  CHECK(written[0] == json::array({"conferences/mir/", "Конференция «Мир педиатров»", "Конференция",
                                   "12 ноября 2025 г.", "Врачи из Китая"}));
}

TEST_CASE("a large index is split into shards of consecutive stems") {
  SearchIndexer indexer;
  std::vector<SearchTerms> documents(400);
  for (std::size_t id = 0; id < 400; ++id) {
    std::string text;
    for (int w = 0; w < 60; ++w)
      text += "слово" + std::to_string((id * 7 + static_cast<std::size_t>(w) * 13) % 997) + " ";
    documents[id] = indexer.terms("", "", text);
  }
  const auto files = files_of(indexer, documents);
  std::map<std::string, std::string> by_name(files.begin(), files.end());
  const json firsts = json::parse(by_name.at("index.json"))["shards"];
  REQUIRE(firsts.size() > 1);
  for (std::size_t i = 0; i < firsts.size(); ++i) {
    CAPTURE(i);
    const json shard = json::parse(by_name.at("terms-" + std::to_string(i) + ".json"));
    CHECK(shard.begin().key() == firsts[i].get<std::string>());  // it starts where listed
    CHECK(by_name.at("terms-" + std::to_string(i) + ".json").size() < 32 * 1024);
    if (i > 0) CHECK(firsts[i - 1].get<std::string>() < firsts[i].get<std::string>());
  }
  CHECK(by_name.contains("docs-24.json"));  // 400 rows, 16 a file
  CHECK_FALSE(by_name.contains("docs-25.json"));
}

TEST_CASE("postings come out in document order whatever order documents were added in") {
  constexpr std::size_t kCount = 300;
  SearchIndexer indexer;
  std::vector<SearchTerms> documents(kCount);
  // Runs up and down, as threads add pages kind by kind: 200–299, 0–99 backwards, 100–199.
  std::vector<std::size_t> order;
  for (std::size_t id = 200; id < 300; ++id)
    order.push_back(id);
  for (std::size_t id = 100; id-- > 0;)
    order.push_back(id);
  for (std::size_t id = 100; id < 200; ++id)
    order.push_back(id);
  const auto add = [&](std::size_t from, std::size_t step) {
    for (std::size_t i = from; i < order.size(); i += step) {
      const std::size_t id = order[i];
      documents[id] = indexer.terms("", "", "общее слово" + std::to_string(id % 7));
    }
  };
  std::thread other(add, 1, 2);  // two threads, each with its own share
  add(0, 2);
  other.join();

  const auto postings = postings_of(files_of(indexer, documents));
  Stemmer stemmer;
  std::vector<int> all(kCount);
  std::iota(all.begin(), all.end(), 0);
  CHECK(postings.at(std::string(stemmer.stem("общее"))) == all);
  std::vector<int> sevenths;
  for (int id = 3; id < static_cast<int>(kCount); id += 7)
    sevenths.push_back(id);
  CHECK(postings.at(std::string(stemmer.stem("слово3"))) == sevenths);
}

TEST_CASE("search snippets are cut at a word") {
  CHECK(search_snippet("Короткий текст.") == "Короткий текст.");
  const std::string long_text(100, 'a');
  CHECK(search_snippet("Первое предложение, " + long_text + " и ещё " + long_text, 60) ==
        "Первое предложение…");
}

TEST_CASE("the table of words finds every word it was given, and only those") {
  WordStems table;
  CHECK(table.find("слово", word_hash("слово")) == WordStems::kNone);
  // Enough words to make the table grow several times.
  for (std::uint32_t i = 0; i < 5000; ++i) {
    const std::string word = "слово" + std::to_string(i);
    table.insert(word, word_hash(word), i % 7);
  }
  CHECK(table.size() == 5000);
  for (std::uint32_t i = 0; i < 5000; i += 13) {
    const std::string word = "слово" + std::to_string(i);
    CHECK(table.find(word, word_hash(word)) == i % 7);
  }
  CHECK(table.find("слово5000", word_hash("слово5000")) == WordStems::kNone);
  CHECK(table.find("слов", word_hash("слов")) == WordStems::kNone);
  // Words whose hashes are equal are told apart by their letters.
  table.insert("a", 42, 1);
  table.insert("b", 42, 2);
  CHECK(table.find("a", 42) == 1);
  CHECK(table.find("b", 42) == 2);
  CHECK(table.find("c", 42) == WordStems::kNone);
  CHECK(word_hash("a") != word_hash("b"));
  CHECK(word_hash("конференция") != word_hash("конференции"));
}

TEST_CASE("an indexer kept from build to build leaves out the stems no page has any more") {
  // A preview server keeps one indexer: its stem numbers stay, and pages' terms are remade.
  SearchIndexer indexer;
  std::vector<SearchTerms> documents{indexer.terms("Прежний заголовок", "", "")};
  documents[0] = indexer.terms("Новый", "", "<p>текст</p>");
  CHECK(documents[0] == indexer.terms("Новый", "", "<p>текст</p>"));
  const auto postings = postings_of(files_of(indexer, documents));
  Stemmer stemmer;
  CHECK(postings.contains(std::string(stemmer.stem("новый"))));
  CHECK(postings.contains(std::string(stemmer.stem("текст"))));
  CHECK_FALSE(postings.contains(std::string(stemmer.stem("прежний"))));
  CHECK(postings.size() == 2);
}
