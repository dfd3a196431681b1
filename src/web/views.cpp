#include "web/views.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pathway::web {

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Replaces every {{> name}} with the text of templates/partials/name.mustache, recursively.
std::string expand_partials(const std::string& text, const std::map<std::string, std::string>& partials,
                            const std::string& file, int depth = 0) {
  if (depth > 10) throw std::runtime_error(file + ": partials nested too deeply");
  std::string result;
  std::size_t position = 0;
  for (;;) {
    std::size_t open = text.find("{{>", position);
    if (open == std::string::npos) break;
    std::size_t close = text.find("}}", open);
    if (close == std::string::npos) throw std::runtime_error(file + ": unclosed partial tag");
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    auto partial = partials.find(name);
    if (partial == partials.end()) throw std::runtime_error(file + ": no partial named '" + name + "'");
    result.append(text, position, open - position);
    result += expand_partials(partial->second, partials, file, depth + 1);
    position = close + 2;
  }
  result.append(text, position);
  return result;
}

}  // namespace

std::map<std::string, std::string> load_template_sources(const std::filesystem::path& directory) {
  std::map<std::string, std::string> partials;
  std::map<std::string, std::string> pages;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(directory)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
    std::string name = std::filesystem::relative(entry.path(), directory).replace_extension().generic_string();
    if (name.starts_with("partials/")) {
      partials[name.substr(9)] = read_file(entry.path());
    } else {
      pages[name] = read_file(entry.path());
    }
  }
  for (auto& [name, text] : pages) text = expand_partials(text, partials, name + ".mustache");
  return pages;
}

Views::Views(const std::filesystem::path& directory) {
  for (const auto& [name, text] : load_template_sources(directory)) {
    try {
      pages_.emplace(name, std::make_unique<Page>(CompiledTemplate(text)));
    } catch (const TemplateError& error) {
      throw std::runtime_error(name + ".mustache: " + error.what());
    }
  }
}

std::string Views::render(const std::string& name, const ViewData& data) const {
  auto page = pages_.find(name);
  if (page == pages_.end()) throw std::runtime_error("no template named '" + name + "'");
  std::string html;
  html.reserve(page->second->size_hint.load(std::memory_order_relaxed));
  page->second->compiled.render(data, html);
  if (html.size() > page->second->size_hint.load(std::memory_order_relaxed)) {
    page->second->size_hint.store(html.size(), std::memory_order_relaxed);
  }
  return html;
}

}  // namespace pathway::web
