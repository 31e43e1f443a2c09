// `almanac build`: renders the website into the output folder.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>

#include "cli/commands.h"
#include "cli/problem_formats.h"
#include "cli/shared_options.h"
#include "cli/today.h"
#include "messages/messages.h"
#include "pipeline/site_build.h"

namespace almanac {
namespace {

struct BuildArguments {
  std::string source = ".";
  std::string output;
  bool drafts = false;
  bool force = false;
  bool quiet = false;
  bool pdf = false;
  bool local = false;
  std::optional<BuildOptions::OnlyReport> only_report;
  int jobs = default_jobs();
};

// `value` with `digits` decimals, the same in every language (the program's numbers are in the
// "C" locale; only its messages follow the user's).
std::string decimal(double value, int digits) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  return text;
}

int run_build(const BuildArguments& arguments) {
  const auto started = std::chrono::steady_clock::now();
  BuildOptions options;
  options.source = arguments.source;
  options.output = arguments.output;
  options.include_drafts = arguments.drafts;
  options.force = arguments.force;
  options.jobs = arguments.jobs;
  options.today = today();
  options.pdf = arguments.pdf;
  options.local = arguments.local;
  options.only_report = arguments.only_report;

  // A progress line only where someone watches, and only once the build takes a while.
  std::mutex progress_mutex;
  bool progress_shown = false;
  if (!arguments.quiet && isatty(STDERR_FILENO)) {
    options.progress = [&](std::size_t done, std::size_t total) {
      if (std::chrono::steady_clock::now() - started < std::chrono::seconds(1)) return;
      std::lock_guard lock(progress_mutex);
      std::fprintf(stderr, "\r%s",
                   tr("Rendering pages: {done}/{total}",
                      {{"done", std::to_string(done)}, {"total", std::to_string(total)}})
                       .c_str());
      progress_shown = true;
    };
  }

  Diagnostics diagnostics;
  const BuildResult result = build_site(options, diagnostics);
  if (progress_shown) std::fprintf(stderr, "\r\033[K");
  print_problems_as_text(diagnostics.sorted(), arguments.quiet, std::cerr);
  if (result.usage_error) return kExitUsageError;
  if (!result.ok) {
    const auto errors = static_cast<std::int64_t>(diagnostics.error_count());
    std::string outcome;
    if (result.written) {
      outcome = trn("{count} error; the pages were written, the PDF reports were not",
                    "{count} errors; the pages were written, the PDF reports were not", errors);
    } else if (result.partly_written) {
      outcome =
          trn("{count} error; the output folder holds part of this build, and the next "
              "build finishes it",
              "{count} errors; the output folder holds part of this build, and the next "
              "build finishes it",
              errors);
    } else {
      outcome = trn("{count} error; the output folder was not changed",
                    "{count} errors; the output folder was not changed", errors);
    }
    std::cerr << "almanac: " << outcome << "\n";
    return kExitContentError;
  }
  if (!arguments.quiet) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const std::string output =
        arguments.output.empty() ? arguments.source + "/site" : arguments.output;
    const auto count = [](std::size_t n) { return static_cast<std::int64_t>(n); };
    std::string summary = tr(
        "Built {pages} ({files}: {written}, {unchanged}, {removed}) into {folder} in {seconds} s",
        {{"pages", trn("{count} page", "{count} pages", count(result.pages))},
         {"files", trn("{count} file", "{count} files", count(result.files))},
         {"written", trn("{count} written", "{count} written", count(result.files_written))},
         {"unchanged",
          trn("{count} unchanged", "{count} unchanged", count(result.files_unchanged))},
         {"removed", trn("{count} removed", "{count} removed", count(result.files_removed))},
         {"folder", output},
         {"seconds", decimal(seconds, 2)}});
    if (const std::size_t pdfs = result.pdfs + result.pdfs_kept; pdfs > 0) {
      std::string made;
      if (result.pdfs > 0) {
        made =
            trn("{count} made by WeasyPrint in {seconds} s",
                "{count} made by WeasyPrint in {seconds} s", static_cast<std::int64_t>(result.pdfs),
                {{"seconds", decimal(result.pdf_seconds, 1)}});
      }
      if (result.pdfs_kept > 0) {
        made += (made.empty() ? "" : ", ") + trn("{count} unchanged", "{count} unchanged",
                                                 static_cast<std::int64_t>(result.pdfs_kept));
      }
      summary += ", " + trn("{count} PDF report ({made})", "{count} PDF reports ({made})",
                            static_cast<std::int64_t>(pdfs), {{"made", made}});
    }
    if (const auto warnings = diagnostics.warning_count()) {
      summary +=
          ", " + trn("{count} warning", "{count} warnings", static_cast<std::int64_t>(warnings));
    }
    std::printf("%s\n", summary.c_str());
    // `report` says where the year's report is, to open it.
    if (!result.report_file.empty()) {
      std::printf("%s\n",
                  tr("The report: {path}", {{"path", output + "/" + result.report_file}}).c_str());
      for (const auto& pdf : result.pdf_files)
        std::printf("%s\n", tr("Its PDF: {path}", {{"path", output + "/" + pdf}}).c_str());
    }
  }
  return kExitOk;
}

}  // namespace

Command build_command() {
  return {"build", to_translate("Render the website from a site folder into its output folder"),
          [](CLI::App& app) -> std::function<int()> {
            auto arguments = std::make_shared<BuildArguments>();
            add_source_option(app, arguments->source);
            app.add_option("-o,--output", arguments->output,
                           tr("Output folder (default: SOURCE/site)"));
            add_drafts_flag(app, arguments->drafts);
            add_jobs_option(app, arguments->jobs);
            app.add_flag("-q,--quiet", arguments->quiet, tr("Print nothing but errors"));
            app.add_flag("--force", arguments->force,
                         tr("Write into an output folder that holds files almanac did not write"));
            app.add_flag("--pdf", arguments->pdf, tr("Also make a PDF of every annual report"));
            app.add_flag("--local", arguments->local,
                         tr("Links name their index.html, for a site opened from a folder on "
                            "disk"));
            return [arguments] { return run_build(*arguments); };
          }};
}

Command report_command() {
  return {"report",
          to_translate("Write the annual report of one year (HTML, CSV, JSON, and PDF with --pdf)"),
          [](CLI::App& app) -> std::function<int()> {
            auto arguments = std::make_shared<BuildArguments>();
            auto year = std::make_shared<int>(0);
            auto language = std::make_shared<std::string>();
            app.add_option("YEAR", *year, tr("The year to report on"))
                ->required()
                ->check(CLI::Range(1900, 2999));
            add_source_option(app, arguments->source);
            app.add_option("-o,--output", arguments->output,
                           tr("Output folder (default: SOURCE/site)"));
            app.add_option("--lang", *language,
                           tr("Language of the report (default: the site's first)"))
                ->check(CLI::Validator(
                    [](std::string& code) {
                      return code.size() >= 2 && code.size() <= 3 &&
                                     std::all_of(code.begin(), code.end(), ::islower)
                                 ? std::string()
                                 : tr("a language code such as ru or en");
                    },
                    "LANG"));
            app.add_flag("--pdf", arguments->pdf, tr("Also make the PDF (WeasyPrint)"));
            app.add_flag("-q,--quiet", arguments->quiet, tr("Print nothing but errors"));
            app.add_flag("--force", arguments->force,
                         tr("Write into an output folder that holds files almanac did not write"));
            return [arguments, year, language] {
              arguments->only_report = BuildOptions::OnlyReport{*year, *language};
              return run_build(*arguments);
            };
          }};
}

}  // namespace almanac
