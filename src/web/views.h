#pragma once
// Mustache templates from the templates/ folder, one per page plus shared partials in
// templates/partials/. Partials ({{> name}}) are expanded and every page is compiled when
// the templates are loaded, so a request pays only for rendering. The compiled templates
// never change afterwards, so every request thread shares them without locking.
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "web/compiled_template.h"
#include "web/view_data.h"

namespace pathway::web {

// The text of every page template under `directory` ("children/list"), with partials
// expanded. Throws std::runtime_error naming the file when a partial is missing.
std::map<std::string, std::string> load_template_sources(const std::filesystem::path& directory);

class Views {
 public:
  // Loads every *.mustache file under `directory`. Throws std::runtime_error naming the
  // file when one is missing a partial or does not parse.
  explicit Views(const std::filesystem::path& directory);

  // Renders a page template ("children/list"). Throws std::runtime_error if unknown.
  std::string render(const std::string& name, const ViewData& data) const;

 private:
  struct Page {
    CompiledTemplate compiled;
    // The largest page rendered so far, so the output is allocated once, not grown.
    mutable std::atomic<std::size_t> size_hint{0};
  };
  std::map<std::string, std::unique_ptr<Page>, std::less<>> pages_;
};

}  // namespace pathway::web
