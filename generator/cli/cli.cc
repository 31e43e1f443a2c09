#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "messages/messages.h"

namespace almanac {

int run_cli(int argc, char** argv) {
  set_up_messages();
  CLI::App app{
      tr("almanac: a static site and annual report generator for international "
         "cooperation in health care")};
  app.set_help_flag("-h,--help", tr("Print this help and exit"));
  app.set_version_flag("--version", std::string("almanac ") + ALMANAC_VERSION,
                       tr("Print the version and exit"));
  app.option_defaults()->group(tr("Options"));
  // CLI11 says what is wrong in English; what to do next is said in the user's language.
  app.failure_message([](const CLI::App*, const CLI::Error& error) {
    return tr("{problem}\nRun with --help to see the commands and their options.",
              {{"problem", error.what()}}) +
           "\n";
  });
  const auto formatter = app.get_formatter();
  for (const auto& [label, text] :
       {std::pair{"Usage", tr("Usage")}, std::pair{"OPTIONS", tr("OPTIONS")},
        std::pair{"SUBCOMMAND", tr("COMMAND")}, std::pair{"Positionals", tr("Arguments")},
        std::pair{"REQUIRED", tr("REQUIRED")}}) {
    formatter->label(label, text);
  }
  app.require_subcommand(1);
  std::function<int()> run;
  for (const Command& command : commands()) {
    CLI::App* sub = app.add_subcommand(command.name, tr(command.help));
    sub->group(tr("Commands"));
    sub->set_help_flag("-h,--help", tr("Print this help and exit"));
    sub->option_defaults()->group(tr("Options"));
    auto runner = command.define(*sub);
    sub->callback([&run, runner] { run = runner; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsageError;
  }
  return run ? run() : kExitUsageError;
}

}  // namespace almanac
