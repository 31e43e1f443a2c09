// `almanac check`: every check of `almanac build`, with nothing written: for an editor before a
// commit, and for CI on every push and merge request, in the form its host shows.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/problem_formats.h"
#include "cli/shared_options.h"
#include "cli/today.h"
#include "messages/messages.h"
#include "pipeline/site_build.h"

namespace almanac {
namespace {

struct CheckArguments {
  std::string source = ".";
  bool drafts = false;
  bool quiet = false;
  std::string format = "text";
  int jobs = default_jobs();
};

int run_check(const CheckArguments& arguments) {
  BuildOptions options;
  options.source = arguments.source;
  options.include_drafts = arguments.drafts;
  options.jobs = arguments.jobs;
  options.today = today();
  Diagnostics diagnostics;
  const BuildResult result = check_site(options, diagnostics);
  std::vector<Diagnostic> problems = diagnostics.sorted();
  if (arguments.quiet) {
    std::erase_if(problems, [](const Diagnostic& d) { return d.severity == Severity::warning; });
  }
  const ProblemFormat format = problem_format_named(arguments.format);
  switch (format) {
    case ProblemFormat::text:
      print_problems_as_text(problems, arguments.quiet, std::cerr);
      break;
    case ProblemFormat::github:
      std::cout << github_commands(problems, arguments.source);
      break;
    case ProblemFormat::gitlab:
      std::cout << gitlab_code_quality(problems, arguments.source);
      break;
    case ProblemFormat::json:
      std::cout << json_lines(problems, arguments.source);
      break;
  }
  if (result.usage_error) return kExitUsageError;
  if (!arguments.quiet) {
    const auto count = [](std::size_t n) { return static_cast<std::int64_t>(n); };
    const std::string summary =
        result.ok ? tr("Checked {pages} ({files}): {errors}, {warnings}",
                       {{"pages", trn("{count} page", "{count} pages", count(result.pages))},
                        {"files", trn("{count} file", "{count} files", count(result.files))},
                        {"errors", trn("{count} error", "{count} errors", 0)},
                        {"warnings", trn("{count} warning", "{count} warnings",
                                         count(diagnostics.warning_count()))}})
                  : tr("Checked the site: {errors}, {warnings}",
                       {{"errors",
                         trn("{count} error", "{count} errors", count(diagnostics.error_count()))},
                        {"warnings", trn("{count} warning", "{count} warnings",
                                         count(diagnostics.warning_count()))}});
    // Beside a report for a machine, the summary goes where a person reads it.
    (format == ProblemFormat::text ? std::cout : std::cerr) << summary << "\n";
  }
  return result.ok ? kExitOk : kExitContentError;
}

}  // namespace

Command check_command() {
  return {"check",
          to_translate("Check the site as build does (links and images included), writing "
                       "nothing; exit 1 on an error"),
          [](CLI::App& app) -> std::function<int()> {
            auto arguments = std::make_shared<CheckArguments>();
            add_source_option(app, arguments->source);
            add_drafts_flag(app, arguments->drafts);
            app.add_option("--format", arguments->format,
                           tr("How to print the problems: text for a person; github, gitlab or "
                              "json for CI"))
                ->capture_default_str()
                ->check(CLI::IsMember(problem_format_names()));
            add_jobs_option(app, arguments->jobs);
            app.add_flag("-q,--quiet", arguments->quiet, tr("Print nothing but errors"));
            return [arguments] { return run_check(*arguments); };
          }};
}

}  // namespace almanac
