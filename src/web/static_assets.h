#pragma once
// The compiled front end (web/dist), served under /assets/. Every file is read into memory
// at start: a few megabytes, and no path from a request ever reaches the file system.
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/http.h"

namespace pathway::web {

class StaticAssets {
 public:
  // Loads every file under `directory`; a missing directory gives an empty set.
  explicit StaticAssets(const std::filesystem::path& directory);

  // The response for a path under /assets/, or nullopt if there is no such file.
  // Answers 304 when If-None-Match carries the file's tag.
  std::optional<Response> serve(const Request& request) const;
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
    std::string etag;
  };
  std::unordered_map<std::string, File> files_;  // "/assets/stylesheets/application.css"
};

}  // namespace pathway::web
