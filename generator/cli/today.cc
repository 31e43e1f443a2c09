#include "cli/today.h"

#include <cstdlib>
#include <ctime>
#include <string>

namespace almanac {

Date today() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    try {
      now = static_cast<std::time_t>(std::stoll(epoch));
    } catch (const std::exception&) {
    }
  }
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace almanac
