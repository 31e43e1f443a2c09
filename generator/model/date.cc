#include "model/date.h"

namespace almanac {
namespace {

// `value` as `width` digits with leading zeros; pages print dates by the thousand, and
// snprintf's format parsing was most of the cost.
void append_digits(std::string& out, int value, int width) {
  char digits[12];
  int count = 0;
  unsigned magnitude = value < 0 ? 0u - static_cast<unsigned>(value) : static_cast<unsigned>(value);
  do {
    digits[count++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude > 0);
  if (value < 0) out += '-';
  for (int i = count; i < width; ++i)
    out += '0';
  while (count > 0)
    out += digits[--count];
}

// "2025-03-05" or "16:40:00": three numbers, the last two of two digits.
void append_three(std::string& out, int first, int first_width, int second, int third,
                  char separator) {
  append_digits(out, first, first_width);
  out += separator;
  append_digits(out, second, 2);
  out += separator;
  append_digits(out, third, 2);
}

}  // namespace

std::string Date::iso() const {
  std::string out;
  append_three(out, year, 4, month, day, '-');
  return out;
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long Date::days_since_epoch() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned year_of_era = static_cast<unsigned>(y - era * 400);
  const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<long>(day_of_era) - 719468;
}

Date Date::from_days_since_epoch(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long y = static_cast<long>(year_of_era) + era * 400;
  const unsigned day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned mp = (5 * day_of_year + 2) / 153;
  const unsigned d = day_of_year - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

std::string DateTime::iso() const {
  if (!has_time) return date.iso();
  std::string out = date.iso();
  out += 'T';
  append_three(out, hour, 2, minute, second, ':');
  return out;
}

}  // namespace almanac
