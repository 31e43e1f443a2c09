#include "render/view_context.h"

#include <unordered_map>

namespace almanac {
namespace {

// The parts of a dotted name; templates use a few hundred names, so each is split once.
const std::vector<std::string>& parts_of(const std::string& name) {
  thread_local std::unordered_map<std::string, std::vector<std::string>> split;
  auto [it, added] = split.try_emplace(name);
  if (added) {
    std::size_t start = 0;
    for (std::size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', start)) {
      it->second.push_back(name.substr(start, dot - start));
      start = dot + 1;
    }
    it->second.push_back(name.substr(start));
  }
  return it->second;
}

}  // namespace

ViewContext::ViewContext(const ViewData* shared, const ViewData* page) {
  stack_.reserve(8);
  stack_.push_back(shared);
  stack_.push_back(page);
}

void ViewContext::push(const ViewData* data) {
  stack_.push_back(data);
}

void ViewContext::pop() {
  stack_.pop_back();
}

const ViewData* ViewContext::get(const std::string& name) const {
  if (name == ".") return stack_.back();
  if (name.find('.') == std::string::npos) return get_partial(name);
  const auto& parts = parts_of(name);
  for (auto item = stack_.rbegin(); item != stack_.rend(); ++item) {
    const ViewData* value = *item;
    for (const auto& part : parts) {
      value = value->get(part);
      if (!value) break;
    }
    if (value) return value;
  }
  return nullptr;
}

const ViewData* ViewContext::get_partial(const std::string& name) const {
  for (auto item = stack_.rbegin(); item != stack_.rend(); ++item) {
    if (const ViewData* value = (*item)->get(name)) return value;
  }
  return nullptr;
}

}  // namespace almanac
