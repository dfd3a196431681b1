#pragma once
// A real SQLite file in a fresh temporary folder, migrated, removed after the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <random>

#include "core/random.h"
#include "store/database.h"
#include "store/migrations.h"

namespace pathway::testing {

class TestDatabase {
 public:
  TestDatabase() {
    initialise_crypto();
    directory_ = std::filesystem::temp_directory_path() / ("pathway-store-" + random_token(8));
    std::filesystem::create_directories(directory_);
    path_ = (directory_ / "test.db").string();
    database_ = store::open_database(path_, 4);
    store::migrate(*database_);
  }
  ~TestDatabase() {
    database_.reset();
    std::filesystem::remove_all(directory_);
  }
  store::Database& database() { return *database_; }
  const std::string& path() const { return path_; }

 private:
  std::filesystem::path directory_;
  std::string path_;
  std::unique_ptr<store::Database> database_;
};

}  // namespace pathway::testing
