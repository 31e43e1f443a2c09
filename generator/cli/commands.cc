#include "cli/commands.h"

namespace almanac {

Command build_command();

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      build_command(),
  };
  return table;
}

}  // namespace almanac
