// The build's idea of today: SOURCE_DATE_EPOCH when set (reproducible builds), else the clock.
#pragma once

#include "model/date.h"

namespace almanac {

[[nodiscard]] Date today();

}  // namespace almanac
