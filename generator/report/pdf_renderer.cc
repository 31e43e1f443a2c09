#include "report/pdf_renderer.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

#include "messages/messages.h"
#include "report/pdf_toolchain.h"
#include "util/file_system.h"

extern char** environ;

namespace almanac {
namespace {

// This process's environment, with SOURCE_DATE_EPOCH set to `epoch` when it is given.
std::vector<std::string> environment(std::optional<long> epoch) {
  std::vector<std::string> variables;
  for (char** variable = environ; *variable; ++variable) {
    if (!epoch || !std::string_view(*variable).starts_with("SOURCE_DATE_EPOCH=")) {
      variables.emplace_back(*variable);
    }
  }
  if (epoch) variables.push_back("SOURCE_DATE_EPOCH=" + std::to_string(*epoch));
  return variables;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& string : strings)
    out.push_back(string.data());
  out.push_back(nullptr);
  return out;
}

struct ProgramRun {
  int spawn_error = 0;  // errno of starting it; 0 when it ran
  bool succeeded = false;
  std::string messages;  // what it wrote to its standard error
};

// Runs `arguments` (the first is found on PATH unless it holds a "/") and waits for it; its
// messages go to `log` while it runs.
ProgramRun run_program(std::vector<std::string> arguments, std::vector<std::string> variables,
                       const std::filesystem::path& log) {
  const auto argv = pointers(arguments);
  const auto envp = pointers(variables);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  ProgramRun run;
  run.spawn_error = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (run.spawn_error == 0) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.succeeded = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }
  run.messages = read_file(log, nullptr).value_or("");
  std::filesystem::remove(log);
  if (run.messages.size() > 2000)
    run.messages = "..." + run.messages.substr(run.messages.size() - 2000);
  return run;
}

}  // namespace

bool render_pdf(const PdfRequest& request, std::string* error) {
  const std::filesystem::path laid_out = request.pdf.string() + ".weasyprint";
  const std::filesystem::path log = request.pdf.string() + ".log";
  const ProgramRun weasyprint =
      run_program({"weasyprint", "--quiet", "--pdf-variant", "pdf/a-3b", request.html.string(),
                   laid_out.string()},
                  environment(request.date.days_since_epoch() * 86400), log);
  if (weasyprint.spawn_error != 0) {
    *error = weasyprint.spawn_error == ENOENT
                 ? tr("WeasyPrint is not installed, so no PDF was made (the HTML report was): "
                      "install it with `sudo apt-get install weasyprint` or run "
                      "scripts/install-deps.sh")
                 : tr("cannot run WeasyPrint: {reason}",
                      {{"reason", std::strerror(weasyprint.spawn_error)}});
    return false;
  }
  if (!weasyprint.succeeded) {
    std::filesystem::remove(laid_out);
    *error = tr("WeasyPrint could not make {file}: {messages}",
                {{"file", request.pdf.filename().string()}, {"messages", weasyprint.messages}});
    return false;
  }
  const ProgramRun finishing = run_program(
      {finishing_program(), laid_out.string(), request.pdf.string(), request.language,
       request.date.iso(), request.attachment.string(), request.attachment.filename().string(),
       request.attachment_type, request.attachment_description},
      environment(std::nullopt), log);
  std::filesystem::remove(laid_out);
  if (finishing.spawn_error != 0) {
    *error =
        tr("cannot run almanac-pdfa, which finishes the PDF and is installed beside "
           "almanac: {reason}",
           {{"reason", std::strerror(finishing.spawn_error)}});
    return false;
  }
  if (!finishing.succeeded) {
    std::filesystem::remove(request.pdf);
    *error = tr("almanac-pdfa could not finish {file}: {messages}",
                {{"file", request.pdf.filename().string()}, {"messages", finishing.messages}});
    return false;
  }
  return true;
}

}  // namespace almanac
