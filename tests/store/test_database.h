#pragma once
// A fresh, migrated database for one test, removed after it: a real SQLite file in a
// temporary folder, or, when PATHWAY_TEST_POSTGRES_URL names the maintenance database of a
// throwaway PostgreSQL cluster (see scripts/with-postgres), a new database in that cluster.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>

#include "core/random.h"
#include "store/database.h"
#include "store/migrations.h"

namespace pathway::testing {

// The maintenance database URL of the test cluster, or empty when testing on SQLite.
inline std::string postgres_test_url() {
  const char* url = std::getenv("PATHWAY_TEST_POSTGRES_URL");
  return url ? url : "";
}

inline bool testing_postgres() { return !postgres_test_url().empty(); }

// `url` with its database name replaced: postgresql://user@host/OLD?opts -> .../NAME?opts.
inline std::string with_database_name(const std::string& url, const std::string& name) {
  std::size_t authority = url.find("://");
  authority = authority == std::string::npos ? 0 : authority + 3;
  std::size_t query = url.find('?', authority);
  std::size_t slash = url.find('/', authority);
  if (slash == std::string::npos || (query != std::string::npos && slash > query)) slash = std::min(query, url.size());
  std::string rest = query == std::string::npos ? "" : url.substr(query);
  return url.substr(0, slash) + "/" + name + rest;
}

class TestDatabase {
 public:
  enum class Schema { migrated, empty };

  explicit TestDatabase(Schema schema = Schema::migrated) {
    initialise_crypto();
    if (testing_postgres()) {
      name_ = "pathway_t_" + random_token(8);
      for (char& c : name_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (char& c : name_) if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      maintenance_ = store::open_database(postgres_test_url(), 1);
      maintenance_->acquire()->execute_script("CREATE DATABASE " + name_);
      path_ = with_database_name(postgres_test_url(), name_);
    } else {
      directory_ = std::filesystem::temp_directory_path() / ("pathway-store-" + random_token(8));
      std::filesystem::create_directories(directory_);
      path_ = (directory_ / "test.db").string();
    }
    database_ = store::open_database(path_, 4);
    if (schema == Schema::migrated) store::migrate(*database_);
  }
  ~TestDatabase() {
    database_.reset();
    if (maintenance_) {
      try {
        maintenance_->acquire()->execute_script("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
      } catch (const store::StoreError& error) {
        ADD_FAILURE() << "could not drop test database " << name_ << ": " << error.what();
      }
    } else {
      std::filesystem::remove_all(directory_);
    }
  }
  store::Database& database() { return *database_; }
  // The --db argument for this database: a file path or a postgresql:// URL.
  const std::string& path() const { return path_; }
  store::Backend backend() const { return database_->backend(); }

 private:
  std::filesystem::path directory_;
  std::string name_;
  std::unique_ptr<store::Database> maintenance_;
  std::string path_;
  std::unique_ptr<store::Database> database_;
};

}  // namespace pathway::testing
