// Messages in the editor's language: the catalog compiled from po/ru.po, chosen as Debian's
// programs choose, with positions the same in both languages.
#include <doctest/doctest.h>

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
