// The sub-commands of `almanac`, one row each: adding a command is adding a row.
#pragma once

#include <functional>
#include <vector>

namespace CLI {
class App;
}

namespace almanac {

struct Command {
  const char* name;
  const char* help;  // in English, marked with to_translate(); said through tr()
  // Declares the command's options on its CLI11 sub-app and returns what runs it: the exit code.
  std::function<std::function<int()>(CLI::App&)> define;
};

const std::vector<Command>& commands();

// Exit codes: 0 success, 1 a problem with the content or the output, 2 a usage error.
constexpr int kExitOk = 0;
constexpr int kExitContentError = 1;
constexpr int kExitUsageError = 2;

}  // namespace almanac
