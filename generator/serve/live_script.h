// The script the preview server adds to every page it serves: it listens to the server's
// events, reloads the page after a build that changed files, and shows the problems of a build
// that failed over the page until they are fixed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace almanac {

[[nodiscard]] std::string_view live_script();

// `html` with the script's tag before its </body>, or at its end; `generation` is the build it
// is served from, which the script tells the server when it asks for events.
[[nodiscard]] std::string with_live_script(std::string_view html, std::uint64_t generation);

}  // namespace almanac
