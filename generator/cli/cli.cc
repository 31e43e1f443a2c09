#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "messages/messages.h"

namespace almanac {
namespace {

// What CLI11 found wrong, in the user's language for the problems people meet (the details,
// such as the option's name, as CLI11 gives them).
std::string usage_problem(const CLI::Error& error) {
  const std::string text = error.what();
  const std::string detail =
      text.substr(text.find(": ") == std::string::npos ? text.size() : text.find(": ") + 2);
  const auto is = [&](CLI::ExitCodes code) {
    return error.get_exit_code() == static_cast<int>(code);
  };
  if (is(CLI::ExitCodes::ExtrasError)) return tr("not expected here: {what}", {{"what", detail}});
  if (is(CLI::ExitCodes::RequiredError)) {
    if (text.starts_with("A subcommand")) return tr("a command is needed, such as build");
    return tr("{what} is needed", {{"what", text.substr(0, text.rfind(" is required"))}});
  }
  if (is(CLI::ExitCodes::ValidationError) || is(CLI::ExitCodes::ConversionError)) {
    return tr("a value that does not fit: {what}", {{"what", text}});
  }
  return text;
}

}  // namespace

int run_cli(int argc, char** argv) {
  set_up_messages();
  CLI::App app{
      tr("almanac: a static site and annual report generator for international "
         "cooperation in health care")};
  app.set_help_flag("-h,--help", tr("Print this help and exit"));
  app.set_version_flag("--version", std::string("almanac ") + ALMANAC_VERSION,
                       tr("Print the version and exit"));
  app.option_defaults()->group(tr("Options"));
  app.failure_message([](const CLI::App*, const CLI::Error& error) {
    return tr("{problem}\nRun with --help to see the commands and their options.",
              {{"problem", usage_problem(error)}}) +
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
