// Messages in the editor's language: the catalog compiled from po/ru.po, chosen as Debian's
// programs choose, with positions the same in both languages.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "messages/messages.h"
#include "support/run_command.h"
#include "support/site_files.h"
#include "util/diagnostics.h"

using namespace almanac;

namespace {

// Speaks Russian for one test, English again after it.
struct InRussian {
  InRussian() { set_message_language("ru"); }
  ~InRussian() { set_message_language("en"); }
};

}  // namespace

TEST_CASE("a diagnostic says error or warning in the language chosen, at the same position") {
  const Diagnostic error{Severity::error, {"content/a.md", 3, 7}, "x"};
  const Diagnostic warning{Severity::warning, {"content/a.md", 0, 0}, "y"};
  CHECK(error.to_string() == "content/a.md:3:7: error: x");
  InRussian russian;
  CHECK(message_language() == "ru");
  CHECK(error.to_string() == "content/a.md:3:7: ошибка: x");
  CHECK(warning.to_string() == "content/a.md: предупреждение: y");
}

TEST_CASE("placeholders are filled in either language") {
  CHECK(tr("error") == "error");
  CHECK(tr("{a} and {b}, {a} again", {{"a", "1"}, {"b", "{a}"}}) == "1 and {a}, 1 again");
}

TEST_CASE("the program speaks the language of the environment, where only C.UTF-8 exists") {
  struct Case {
    const char* environment;
    bool russian;
  };
  // This machine, like a fresh Debian, may have no ru_RU.UTF-8 locale generated.
  const Case cases[] = {
      {"LANG=ru_RU.UTF-8", true},
      {"LANG=ru_RU.UTF-8 LANGUAGE=en", false},
      {"LANG=en_US.UTF-8", false},
      {"LANG=C.UTF-8 LANGUAGE=ru:en", true},
      {"LANG=de_DE.UTF-8 LANGUAGE=de:ru", true},
      {"LANG=C LANGUAGE=ru", false},  // as GNU gettext: LANGUAGE does not count under "C"
      {"LC_ALL=ru_RU.UTF-8 LANG=en_US.UTF-8", true},
      {"LC_MESSAGES=ru_RU.UTF-8 LANG=en_US.UTF-8", true},
      {"LANG=", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.environment);
    const auto run =
        testing::run_command(std::string("env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG ") +
                             c.environment + " " + ALMANAC_BINARY + " build -s /nonexistent");
    CHECK(run.status == 1);
    CHECK(testing::contains(run.output, c.russian ? "ошибка" : "error"));
  }
}

namespace {

struct CatalogEntry {
  std::string english, english_plural;
  std::vector<std::string> russian;  // one, or the three plural forms
};

// po/ru.po as written: msgid, msgid_plural, msgstr or msgstr[n], with continuation lines.
std::vector<CatalogEntry> read_catalog(const std::string& path) {
  std::ifstream in(path);
  std::vector<CatalogEntry> entries;
  std::string line, *current = nullptr;
  const auto unquoted = [](std::string_view text) {
    text = text.substr(text.find('"') + 1);
    text.remove_suffix(1);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\\' && i + 1 < text.size()) {
        ++i;
        out += text[i] == 'n' ? '\n' : text[i];
      } else {
        out += text[i];
      }
    }
    return out;
  };
  while (std::getline(in, line)) {
    if (line.starts_with("msgid ")) {
      entries.emplace_back();
      current = &entries.back().english;
    } else if (line.starts_with("msgid_plural ")) {
      current = &entries.back().english_plural;
    } else if (line.starts_with("msgstr")) {
      entries.back().russian.emplace_back();
      current = &entries.back().russian.back();
    } else if (!line.starts_with("\"")) {
      current = nullptr;
      continue;
    }
    if (current) *current += unquoted(line);
  }
  std::erase_if(entries, [](const CatalogEntry& e) { return e.english.empty(); });  // header
  return entries;
}

std::set<std::string> placeholders(const std::string& text) {
  static const std::regex placeholder("\\{[a-z_]+\\}");
  std::set<std::string> names;
  for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it)
    names.insert(it->str());
  return names;
}

}  // namespace

TEST_CASE("every message is said in Russian from the compiled catalog, its placeholders kept") {
  const auto catalog = read_catalog(std::string(ALMANAC_SOURCE_ROOT) + "/po/ru.po");
  REQUIRE(catalog.size() > 150);
  InRussian russian;
  for (const auto& entry : catalog) {
    CAPTURE(entry.english);
    if (entry.english_plural.empty()) {
      REQUIRE(entry.russian.size() == 1);
      CHECK(tr(entry.english.c_str()) == entry.russian[0]);
      CHECK(placeholders(entry.russian[0]) == placeholders(entry.english));
    } else {
      REQUIRE(entry.russian.size() == 3);
      // 1, 3 and 5 take the three Russian forms.
      for (const auto& [count, form] : {std::pair{1, 0}, std::pair{3, 1}, std::pair{5, 2}}) {
        std::string expected = entry.russian[form];
        expected.replace(expected.find("{count}"), 7, std::to_string(count));
        const std::string said = trn(entry.english.c_str(), entry.english_plural.c_str(), count);
        CHECK(placeholders(said) == placeholders(expected));
        CHECK(said.starts_with(expected.substr(0, expected.find('{'))));
      }
      CHECK(placeholders(entry.russian[0]) == placeholders(entry.english));
    }
  }
}
