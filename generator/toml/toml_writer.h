// Values written as TOML, for the files almanac writes for editors (`almanac new`, `init`).
#pragma once

#include <string>
#include <string_view>

namespace almanac {

// `text` as a TOML basic string, double quotes included, escaped by toml++:
// "Мир \"педиатров\"".
[[nodiscard]] std::string toml_string(std::string_view text);

}  // namespace almanac
