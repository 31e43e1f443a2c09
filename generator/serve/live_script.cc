#include "serve/live_script.h"

#include <string>

namespace almanac {

std::string_view live_script() {
  return R"js((() => {
  'use strict';
  let box = null;
  const hide = () => {
    if (box) box.remove();
    box = null;
  };
  const show = (report) => {
    hide();
    box = document.createElement('div');
    box.id = 'almanac-problems';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;' +
      'background:rgba(20,20,20,.92);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2em';
    const title = document.createElement('h2');
    title.textContent = report.title;
    title.style.cssText = 'margin:0 0 1em;color:#ff8a80;font-size:1.3em';
    box.append(title);
    for (const problem of report.problems) {
      const line = document.createElement('pre');
      line.textContent = problem;
      line.style.cssText = 'white-space:pre-wrap;margin:0 0 .8em;font:15px/1.5 monospace';
      box.append(line);
    }
    document.body.append(box);
  };
  const served = document.currentScript ? document.currentScript.dataset.generation : '';
  const events = new EventSource('/__almanac/events?since=' + served);
  // What the page last heard, for whoever drives the browser (the preview's own tests).
  const heard = (name) => { window.almanacPreview = name; };
  events.addEventListener('ready', () => { hide(); heard('ready'); });
  events.addEventListener('problems', (event) => {
    show(JSON.parse(event.data));
    heard('problems');
  });
  events.addEventListener('reload', () => { heard('reload'); location.reload(); });
})();
)js";
}

std::string with_live_script(std::string_view html, std::uint64_t generation) {
  const std::string tag = "<script src=\"/__almanac/live.js\" data-generation=\"" +
                          std::to_string(generation) + "\"></script>";
  std::string out;
  out.reserve(html.size() + tag.size());
  const auto body_end = html.rfind("</body>");
  if (body_end == std::string_view::npos) {
    out.append(html).append(tag);
  } else {
    out.append(html.substr(0, body_end)).append(tag).append(html.substr(body_end));
  }
  return out;
}

}  // namespace almanac
