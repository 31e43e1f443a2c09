// Runs a shell command as a user would, for the tests of the almanac program.
#pragma once

#include <string>

namespace almanac::testing {

struct CommandRun {
  int status;          // the exit status; -1 when the command did not exit normally
  std::string output;  // standard output and standard error together
};

[[nodiscard]] CommandRun run_command(const std::string& command);

}  // namespace almanac::testing
