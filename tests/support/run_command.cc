#include "support/run_command.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>

namespace almanac::testing {

CommandRun run_command(const std::string& command) {
  CommandRun result{-1, {}};
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) {
    result.output.append(buffer.data(), n);
  }
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace almanac::testing
