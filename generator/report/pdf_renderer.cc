#include "report/pdf_renderer.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "util/file_system.h"

extern char** environ;

namespace almanac {
namespace {

// This process's environment with SOURCE_DATE_EPOCH set to `seconds`.
std::vector<std::string> environment_with_epoch(long seconds) {
  std::vector<std::string> variables;
  for (char** variable = environ; *variable; ++variable) {
    if (!std::string_view(*variable).starts_with("SOURCE_DATE_EPOCH=")) {
      variables.emplace_back(*variable);
    }
  }
  variables.push_back("SOURCE_DATE_EPOCH=" + std::to_string(seconds));
  return variables;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& string : strings)
    out.push_back(string.data());
  out.push_back(nullptr);
  return out;
}

}  // namespace

bool render_pdf(const PdfRequest& request, std::string* error) {
  const std::filesystem::path laid_out = request.pdf.string() + ".weasyprint";
  const std::filesystem::path log = request.pdf.string() + ".log";
  std::vector<std::string> arguments = {"weasyprint",          "--quiet",
                                        "--pdf-variant",       "pdf/a-3b",
                                        request.html.string(), laid_out.string()};
  std::vector<std::string> variables =
      environment_with_epoch(request.archive.date.days_since_epoch() * 86400);
  const auto argv = pointers(arguments);
  const auto envp = pointers(variables);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // WeasyPrint's own messages go to a log beside the PDF, shown only when it fails.
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "weasyprint", &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    std::filesystem::remove(log);
    *error = spawned == ENOENT
                 ? "WeasyPrint is not installed, so no PDF was made (the HTML report was): "
                   "install it with `sudo apt-get install weasyprint` or run "
                   "scripts/install-deps.sh"
                 : std::string("cannot run WeasyPrint: ") + std::strerror(spawned);
    return false;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  std::string messages = read_file(log, nullptr).value_or("");
  std::filesystem::remove(log);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::filesystem::remove(laid_out);
    if (messages.size() > 2000) messages = "..." + messages.substr(messages.size() - 2000);
    *error = "WeasyPrint could not make " + request.pdf.filename().string() + ": " + messages;
    return false;
  }
  const bool finished = finish_pdf_archive(laid_out, request.pdf, request.archive, error);
  std::filesystem::remove(laid_out);
  return finished;
}

}  // namespace almanac
