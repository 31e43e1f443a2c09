// `almanac new KIND TITLE` and `almanac new organization ID NAME`: a new entry or organization
// file, its path printed, ready to fill in.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/shared_options.h"
#include "cli/today.h"
#include "messages/messages.h"
#include "scaffold/new_file.h"

namespace almanac {
namespace {

struct NewArguments {
  std::string source = ".";
  std::string kind;
  std::string title;  // or an organization's id
  std::string name;   // an organization's name
  std::string slug;
};

int run_new(const NewArguments& arguments) {
  NewFile file{arguments.kind, arguments.title, arguments.slug, today()};
  if (arguments.kind == "organization") {
    if (arguments.name.empty()) {
      std::cerr << tr("an organization needs its file name and its name: almanac new "
                      "organization jiangxi-childrens-hospital \"Детская больница провинции "
                      "Цзянси\"")
                << "\n";
      return kExitUsageError;
    }
    file.title = arguments.name;
    file.slug = arguments.title;
  } else if (!arguments.name.empty()) {
    std::cerr << tr("not expected here: {what}", {{"what", arguments.name}}) << "\n"
              << tr("Put the title in quotes: almanac new conference \"Мир педиатров\"") << "\n";
    return kExitUsageError;
  }
  std::string error;
  const std::string path = write_new_file(arguments.source, file, &error);
  if (path.empty()) {
    std::cerr << "almanac: " << error << "\n";
    return kExitContentError;
  }
  std::cout << (arguments.source == "." ? path : arguments.source + "/" + path) << "\n";
  return kExitOk;
}

}  // namespace

Command new_command() {
  return {"new",
          to_translate("Start a new entry (conference, collaboration, internship, page) or "
                       "organization file and print its path"),
          [](CLI::App& app) -> std::function<int()> {
            auto arguments = std::make_shared<NewArguments>();
            app.add_option("KIND", arguments->kind,
                           tr("conference, collaboration, internship, page or organization"))
                ->required()
                ->check(CLI::IsMember(new_file_kinds()));
            app.add_option("TITLE", arguments->title,
                           tr("The entry's title, in quotes; for an organization, its file "
                              "name (Latin letters, digits, hyphens)"))
                ->required();
            app.add_option("NAME", arguments->name, tr("An organization's name, in quotes"));
            add_source_option(app, arguments->source);
            app.add_option("--slug", arguments->slug,
                           tr("The file's name without .md (default: the title in Latin letters)"));
            return [arguments] { return run_new(*arguments); };
          }};
}

}  // namespace almanac
