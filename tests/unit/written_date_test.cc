// Dates as editors write them, read so that messages can say what to write instead.
#include <doctest/doctest.h>

#include "model/written_date.h"

using namespace almanac;

TEST_CASE("dates written by habit are read as the day they mean") {
  const Date october{2025, 10, 8};
  for (const char* text : {"08.10.2025", "8.10.2025", "2025/10/08", "2025-10-08", "\"2025-10-08\"",
                           "8 октября 2025", "8 октября 2025 г.", "8 Октября 2025 года",
                           "8 окт. 2025", "8 October 2025", "October 8, 2025", " 08.10.2025 "}) {
    CAPTURE(text);
    CHECK(read_written_date(text) == october);
  }
  CHECK(read_written_date("29.02.2024") == Date{2024, 2, 29});
  for (const char* text : {"29.02.2025", "32.01.2025", "08.13.2025", "8 брюмера 2025", "Москва",
                           "2025", "", "8.10.25", "1.2.3.4"}) {
    CAPTURE(text);
    CHECK_FALSE(read_written_date(text));
  }
}
