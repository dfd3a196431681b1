#pragma once
// A fresh folder under the system's temporary directory for one test, removed afterwards.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/random.h"

namespace pathway::testing {

class TemporaryFolder {
 public:
  TemporaryFolder() {
    initialise_crypto();
    path_ = std::filesystem::temp_directory_path() / ("pathway-exchange-" + random_token(8));
    std::filesystem::create_directories(path_);
  }
  ~TemporaryFolder() {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / std::string(name); }

 private:
  std::filesystem::path path_;
};

}  // namespace pathway::testing
