#include "web/static_assets.h"

#include <fstream>
#include <map>
#include <sstream>

#include "core/random.h"

namespace pathway::web {

namespace {

std::string content_type_for(const std::filesystem::path& path) {
  static const std::map<std::string, std::string> types = {
      {".css", "text/css; charset=utf-8"},  {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"},                {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},             {".woff", "font/woff"},
      {".json", "application/json"},        {".webmanifest", "application/manifest+json"},
      {".map", "application/json"},         {".txt", "text/plain; charset=utf-8"},
  };
  auto found = types.find(path.extension().string());
  return found == types.end() ? "application/octet-stream" : found->second;
}

}  // namespace

StaticAssets::StaticAssets(const std::filesystem::path& directory) {
  if (!std::filesystem::is_directory(directory)) return;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(directory)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    std::string url = "/assets/";
    url += std::filesystem::relative(entry.path(), directory).generic_string();
    File file{content_type_for(entry.path()), body.str(), ""};
    file.etag = '"';
    file.etag += sha256_hex(file.body).substr(0, 16);
    file.etag += '"';
    files_.emplace(std::move(url), std::move(file));
  }
}

std::optional<Response> StaticAssets::serve(const Request& request) const {
  auto found = files_.find(request.path);
  if (found == files_.end()) return std::nullopt;
  const File& file = found->second;
  Response response;
  response.set_header("ETag", file.etag);
  response.set_header("Cache-Control", "public, max-age=3600");
  if (request.header("if-none-match") == file.etag) {
    response.status = 304;
    response.content_type = file.content_type;
    return response;
  }
  response.content_type = file.content_type;
  response.body = file.body;
  return response;
}

}  // namespace pathway::web
