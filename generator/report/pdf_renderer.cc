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

bool render_pdf(const std::filesystem::path& html, const std::filesystem::path& pdf,
                const std::filesystem::path& attachment, std::string* error) {
  const std::filesystem::path log = pdf.string() + ".log";
  std::vector<std::string> arguments = {"weasyprint",  "--quiet",      "--pdf-variant",
                                        "pdf/a-3b",    "--attachment", attachment.string(),
                                        html.string(), pdf.string()};
  std::vector<char*> argv;
  for (auto& argument : arguments)
    argv.push_back(argument.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // WeasyPrint's own messages go to a log beside the PDF, shown only when it fails.
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "weasyprint", &actions, nullptr, argv.data(), environ);
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
    if (messages.size() > 2000) messages = "..." + messages.substr(messages.size() - 2000);
    *error = "WeasyPrint could not make " + pdf.filename().string() + ": " + messages;
    return false;
  }
  return true;
}

}  // namespace almanac
