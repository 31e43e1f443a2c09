#include <doctest/doctest.h>

#include "model/date.h"

using namespace almanac;

TEST_CASE("dates convert to days and back") {
  CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
  CHECK(Date{2025, 3, 25}.days_since_epoch() - Date{2025, 2, 28}.days_since_epoch() == 25);
  CHECK(Date{2024, 3, 1}.days_since_epoch() - Date{2024, 2, 28}.days_since_epoch() == 2);
  for (const Date date : {Date{2000, 2, 29}, Date{2025, 12, 31}, Date{1999, 1, 1}}) {
    CHECK(Date::from_days_since_epoch(date.days_since_epoch()) == date);
  }
}

TEST_CASE("ISO forms") {
  CHECK(Date{2025, 3, 5}.iso() == "2025-03-05");
  CHECK(DateTime{Date{2025, 11, 12}, true, 16, 40, 0}.iso() == "2025-11-12T16:40:00");
  CHECK(DateTime{Date{2025, 11, 12}}.iso() == "2025-11-12");
}
