// Links for a site opened from disk: each names its index.html.
#include <doctest/doctest.h>

#include "render/local_links.h"

using namespace almanac;

TEST_CASE("relative links to folders name their index.html; others stay as they are") {
  CHECK(with_index_files("<a href=\"../../organizations/x/\">x</a>") ==
        "<a href=\"../../organizations/x/index.html\">x</a>");
  CHECK(with_index_files("<a href=\"./\">home</a><a href=\"../\">up</a>") ==
        "<a href=\"./index.html\">home</a><a href=\"../index.html\">up</a>");
  CHECK(with_index_files("<a href=\"conferences/#list\">") ==
        "<a href=\"conferences/index.html#list\">");
  CHECK(with_index_files("<a href=\"search/?q=1\">") == "<a href=\"search/index.html?q=1\">");
  for (const char* kept :
       {"<a href=\"https://example.org/a/\">", "<a href=\"//example.org/\">", "<a href=\"#top\">",
        "<a href=\"mailto:a@b.ru\">", "<link href=\"../style.0123456789.css\">",
        "<a href=\"conferences/calendar.ics\">", "<a href=\"\">"}) {
    CAPTURE(kept);
    CHECK(with_index_files(kept) == kept);
  }
  CHECK(with_index_files("") == "");
}
