#include <doctest/doctest.h>

#include "load/front_matter.h"

using namespace almanac;

namespace {

std::string first_message(const Diagnostics& diagnostics) {
  const auto all = diagnostics.sorted();
  return all.empty() ? std::string() : all.front().to_string();
}

}  // namespace

TEST_CASE("front matter is split from the body with file line numbers") {
  Diagnostics diagnostics;
  const auto split = split_front_matter("+++\ntitle = \"A\"\n+++\nBody\n", "a.md", diagnostics);
  REQUIRE(split);
  CHECK(split->front_matter() == "title = \"A\"\n");
  CHECK(split->front_matter_line == 2);
  CHECK(split->body() == "Body\n");
  CHECK(split->body_line == 4);
  CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("a byte-order mark and CRLF line endings are accepted") {
  Diagnostics diagnostics;
  const auto split = split_front_matter("\xEF\xBB\xBF+++\r\ntitle = \"A\"\r\n+++\r\nBody\r\n",
                                        "a.md", diagnostics);
  REQUIRE(split);
  CHECK(split->front_matter() == "title = \"A\"\n");
  CHECK(split->body() == "Body\n");
  CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("bad files get exact messages") {
  struct Case {
    std::string text;
    std::string message;
  };
  const Case cases[] = {
      {"title = \"A\"\n",
       "a.md:1:1: error: no front matter: the file must start with a line `+++`, then fields "
       "such as title = \"...\", then another line `+++`"},
      {"+++\ntitle = \"A\"\nBody\n",
       "a.md:1:1: error: the front matter opened by `+++` on line 1 is never closed: add a line "
       "`+++` after the last field"},
      {"", "a.md: error: the file is empty; write its fields or delete the file"},
      {" \n\n", "a.md: error: the file is empty; write its fields or delete the file"},
      {"+++\ntitle = \"A\x1f\"\n+++\n",
       "a.md:2:11: error: the file holds an invisible control character (U+001F); delete it"},
      {"+++\ntitle = \"Caf\xe9\"\n+++\n",
       "a.md:2:13: error: the file is not valid UTF-8 text; save it as UTF-8 in your editor"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Diagnostics diagnostics;
    CHECK_FALSE(split_front_matter(c.text, "a.md", diagnostics));
    CHECK(first_message(diagnostics) == c.message);
  }
}
