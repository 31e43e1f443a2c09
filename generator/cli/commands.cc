#include "cli/commands.h"

namespace almanac {

Command build_command();
Command report_command();
Command check_command();
Command new_command();
Command init_command();
Command serve_command();

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      build_command(), report_command(), check_command(),
      new_command(),   init_command(),   serve_command(),
  };
  return table;
}

}  // namespace almanac
