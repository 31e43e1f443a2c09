#include <doctest/doctest.h>

#include "index/urls.h"
#include "render/atom_feed.h"
#include "render/calendar.h"

using namespace almanac;

TEST_CASE("ical_text escapes what RFC 5545 TEXT values must") {
  CHECK(ical_text("Нижний Новгород, зал; 2\\3\nстрока") ==
        "Нижний Новгород\\, зал\\; 2\\\\3\\nстрока");
  CHECK(ical_text("line\r\nbreak") == "line\\nbreak");
}

TEST_CASE("ical_line folds at 75 octets without splitting a character, with CRLF") {
  CHECK(ical_line("SUMMARY:short") == "SUMMARY:short\r\n");
  const std::string ascii = "DESCRIPTION:" + std::string(200, 'x');
  const std::string folded = ical_line(ascii);
  std::size_t start = 0;
  std::string unfolded;
  while (start < folded.size()) {
    const std::size_t end = folded.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    const std::string line = folded.substr(start, end - start);
    CHECK(line.size() <= 75);
    unfolded += start == 0 ? line : line.substr(1);  // continuation lines start with a space
    if (start > 0) CHECK(line.front() == ' ');
    start = end + 2;
  }
  CHECK(unfolded == ascii);

  // Two-byte letters: a fold never falls inside one.
  std::string russian = "SUMMARY:";
  for (int i = 0; i < 60; ++i)
    russian += "ж";
  const std::string folded_russian = ical_line(russian);
  for (std::size_t at = folded_russian.find("\r\n "); at != std::string::npos;
       at = folded_russian.find("\r\n ", at + 1)) {
    CHECK((static_cast<unsigned char>(folded_russian[at + 3]) & 0xC0) != 0x80);
    CHECK(at - (folded_russian.rfind('\n', at - 1) + 1) <= 75);
  }
}

TEST_CASE("the parts of base_url that calendars and the 404 page use") {
  CHECK(host_of_base_url("https://Minzdrav.Example.ru/international/") == "minzdrav.example.ru");
  CHECK(host_of_base_url("http://127.0.0.1:8080/site/") == "127.0.0.1:8080");
  CHECK(host_of_base_url("https://example.org") == "example.org");
  CHECK(host_of_base_url("") == "");
  CHECK(root_of_base_url("https://example.org/international/") == "/international/");
  CHECK(root_of_base_url("https://example.org") == "/");
  CHECK(root_of_base_url("") == "/");
}

TEST_CASE("Atom times: the entry's date and time as written, midnight for a date, in UTC") {
  CHECK(rfc3339(DateTime{Date{2025, 11, 12}}) == "2025-11-12T00:00:00Z");
  CHECK(rfc3339(DateTime{Date{2025, 11, 12}, true, 16, 40, 5}) == "2025-11-12T16:40:05Z");
}
