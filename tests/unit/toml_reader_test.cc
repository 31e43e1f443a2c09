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

TEST_CASE("TOML nested thousands deep is an error at its position, not a crash") {
  const auto message_of = [](const std::string& text) {
    Diagnostics diagnostics;
    CHECK_FALSE(read_toml(text, "content/a.md", 2, diagnostics));
    const auto all = diagnostics.sorted();
    REQUIRE(all.size() == 1);
    return all[0].to_string();
  };
  const int deep = 5000;
  std::string lists = "a = ";
  lists.append(deep, '[').append(deep, ']');
  CHECK(message_of(lists) ==
        "content/a.md:2:37: error: lists and tables go more than 32 levels inside each other "
        "here; almanac reads at most 32");
  std::string tables = "a = ";
  for (int i = 0; i < deep; ++i)
    tables += "{b = ";
  tables.append("1").append(deep, '}');
  CHECK(message_of(tables).starts_with("content/a.md:2:"));
  std::string dotted = "a";
  for (int i = 0; i < deep; ++i)
    dotted += ".b";
  CHECK(message_of(dotted + " = 1") ==
        "content/a.md:2:64: error: a name of more than 32 parts joined by dots; almanac reads at "
        "most 32");
  std::string header = "x = 1\n[";
  header.append(dotted).append("]\n");
  CHECK(message_of(header).starts_with("content/a.md:3:"));
  // At the bounds, and with dots and brackets inside strings, it reads.
  Diagnostics diagnostics;
  std::string within = "a = ";
  within.append(32, '[').append(32, ']').append("\nb = \"").append(100, '[');
  within.append("....\"\nc.d.e = 1.5\n");
  CHECK(read_toml(within, "content/a.md", 2, diagnostics));
  CHECK(diagnostics.sorted().empty());
}
