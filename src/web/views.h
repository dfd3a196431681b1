#pragma once
// Mustache templates from the templates/ folder, one per page plus shared partials in
// templates/partials/. Partials ({{> name}}) are expanded when the templates are loaded,
// so a request pays only for rendering.
#include <filesystem>
#include <kainjow/mustache.hpp>
#include <map>
#include <string>

namespace pathway::web {

using ViewData = kainjow::mustache::data;
using ViewList = kainjow::mustache::list;

class Views {
 public:
  // Loads every *.mustache file under `directory`. Throws std::runtime_error naming the
  // file when one is missing a partial or does not parse.
  explicit Views(const std::filesystem::path& directory);

  // Renders a page template ("children/list"). Throws std::runtime_error if unknown.
  std::string render(const std::string& name, const ViewData& data) const;

 private:
  std::map<std::string, std::string> sources_;  // name -> text with partials expanded
};

}  // namespace pathway::web
