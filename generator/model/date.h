// Calendar dates as the content gives them: no time zone, no clock.
#pragma once

#include <compare>
#include <string>

namespace almanac {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const Date&) const = default;
  [[nodiscard]] std::string iso() const;  // 2025-11-12
  [[nodiscard]] bool valid() const { return year > 0 && month >= 1 && day >= 1; }
  // Days since 1970-01-01, for date arithmetic.
  [[nodiscard]] long days_since_epoch() const;
  [[nodiscard]] static Date from_days_since_epoch(long days);
};

// A publication moment: a date, and a time of day when the front matter gives one.
struct DateTime {
  Date date;
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int second = 0;

  auto operator<=>(const DateTime&) const = default;
  [[nodiscard]] std::string iso() const;  // 2025-11-12 or 2025-11-12T16:40:00
};

}  // namespace almanac
