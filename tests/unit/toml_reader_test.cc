#include <doctest/doctest.h>

#include "toml/toml_reader.h"

using namespace almanac;

TEST_CASE("values carry their line in the enclosing file") {
  Diagnostics diagnostics;
  const auto root =
      read_toml("title = \"A\"\ncount = 3\ndate = 2025-11-12\n", "a.md", 2, diagnostics);
  REQUIRE(root);
  const Value* count = root->find("count");
  REQUIRE(count);
  CHECK(count->type == Value::Type::integer);
  CHECK(count->integer == 3);
  CHECK(count->line == 3);
  CHECK(count->column == 1);
  CHECK(root->find("date")->date_time.date == Date{2025, 11, 12});
  CHECK(root->find("title")->string == "A");
}

TEST_CASE("a syntax error is reported at its position") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_toml("title = \"A\"\ncount = = 3\n", "a.md", 2, diagnostics));
  const auto all = diagnostics.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].position.line == 3);
  CHECK(all[0].to_string().starts_with("a.md:3:"));
  CHECK(all[0].message.starts_with("invalid TOML: "));
}
