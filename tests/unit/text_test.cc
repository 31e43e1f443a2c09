#include <doctest/doctest.h>

#include "util/text.h"

using namespace almanac;

TEST_CASE("line_column_at counts characters, not bytes") {
  const std::string text = "ab\nКит\xff";
  const auto at = line_column_at(text, text.size() - 1);
  CHECK(at.line == 2);
  CHECK(at.column == 4);
}

TEST_CASE("closest_match suggests typos only") {
  const std::vector<std::string> keys = {"participants", "partners", "title"};
  CHECK(closest_match("partcipants", keys).value() == "participants");
  CHECK(closest_match("titel", keys).value() == "title");
  CHECK_FALSE(closest_match("budget", keys).has_value());
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("quoted_alternatives and is_slug") {
  CHECK(quoted_alternatives({"a", "b", "c"}) == "\"a\", \"b\" or \"c\"");
  CHECK(is_slug("mir-pediatrov-2025"));
  CHECK_FALSE(is_slug("Mir"));
  CHECK_FALSE(is_slug("мир"));
  CHECK_FALSE(is_slug("../etc"));
  CHECK_FALSE(is_slug(""));
}

TEST_CASE("escape_markup replaces the five special characters and keeps the rest") {
  CHECK(escape_markup("Китай & <b>\"x\"</b> 'y'") ==
        "Китай &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt; &apos;y&apos;");
  CHECK(escape_markup("plain text, longer than eight bytes") ==
        "plain text, longer than eight bytes");
  CHECK(escape_markup("12345678<") == "12345678&lt;");  // found after a whole clean chunk
  CHECK(escape_markup("") == "");
}

TEST_CASE("append_json_string escapes quotes, backslashes and control characters only") {
  const auto json = [](std::string_view text) {
    std::string out;
    append_json_string(out, text);
    return out;
  };
  CHECK(json("Китай «Диалог»") == "\"Китай «Диалог»\"");
  CHECK(json("a \"b\" c\\d") == R"("a \"b\" c\\d")");
  CHECK(json("line\nnext\ttab\r") == R"("line\nnext\ttab\r")");
  CHECK(json(std::string_view("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\x7f\"");
  CHECK(json("twelve bytes\"") == R"("twelve bytes\"")");  // found after a whole clean chunk
  CHECK(json("") == "\"\"");
}

TEST_CASE("escape_markup and append_json_string find a special character at any position") {
  // Sixteen bytes are checked at a time: put each special character at every offset of a text
  // longer than two such chunks, after Cyrillic letters (bytes above 0x7F).
  const std::string plain = "Детская больница, Цзянси 2025";
  for (std::size_t i = 0; i <= plain.size(); ++i) {
    CAPTURE(i);
    const std::string head = plain.substr(0, i), tail = plain.substr(i);
    CHECK(escape_markup(head + "<" + tail) == head + "&lt;" + tail);
    CHECK(escape_markup(head + "'" + tail) == head + "&apos;" + tail);
    CHECK(escape_markup(head + tail) == plain);
    std::string json;
    append_json_string(json, head + "\x01" + tail);
    CHECK(json == "\"" + head + "\\u0001" + tail + "\"");
    json.clear();
    append_json_string(json, head + "\\" + tail);
    CHECK(json == "\"" + head + "\\\\" + tail + "\"");
  }
}
