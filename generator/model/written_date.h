// Dates as editors write them by habit instead of TOML's year-month-day: 08.10.2025,
// 8.10.2025, 8 октября 2025 г., 8 October 2025, 2025/10/08, "2025-10-08" in quotes. Read so
// that a message can say exactly what to write instead.
#pragma once

#include <optional>
#include <string_view>

#include "model/date.h"

namespace almanac {

// The date `text` means, when it is one of the forms above (quotes around it allowed) and a
// real day of the calendar; nullopt otherwise.
[[nodiscard]] std::optional<Date> read_written_date(std::string_view text);

}  // namespace almanac
