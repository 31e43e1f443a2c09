#include <doctest/doctest.h>

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
