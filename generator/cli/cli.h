// The command line of `almanac`: parses arguments and runs one sub-command.
#pragma once

namespace almanac {

[[nodiscard]] int run_cli(int argc, char** argv);

}  // namespace almanac
