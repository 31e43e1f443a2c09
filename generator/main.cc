// The `almanac` program: everything else lives in the almanac_core library.
#include "cli/cli.h"

int main(int argc, char** argv) {
  return almanac::run_cli(argc, argv);
}
