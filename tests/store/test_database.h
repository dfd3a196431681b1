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

// One migrated database per test process, which each migrated test database copies:
// migrating afresh for every test (32 migrations, the bank holidays and the assessment
// templates seeded) took seconds a test on PostgreSQL. A PostgreSQL test database is made
// with CREATE DATABASE ... TEMPLATE; a SQLite one is a copy of the file. Removed at exit.
class MigratedTemplate {
 public:
  static MigratedTemplate& instance() {
    static MigratedTemplate made;
    return made;
  }
  // PostgreSQL: the template database's name. SQLite: the template file's path.
  const std::string& source() const { return source_; }

  MigratedTemplate(const MigratedTemplate&) = delete;
  MigratedTemplate& operator=(const MigratedTemplate&) = delete;

 private:
  MigratedTemplate() {
    if (testing_postgres()) {
      source_ = "pathway_template_" + random_token(8);
      for (char& c : source_) c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
      maintenance_ = store::open_database(postgres_test_url(), 1);
      maintenance_->acquire()->execute_script("CREATE DATABASE " + source_);
      // Migrated, then closed: PostgreSQL copies a template only while nobody is connected to it.
      store::migrate(*store::open_database(with_database_name(postgres_test_url(), source_), 1));
    } else {
      directory_ = std::filesystem::temp_directory_path() / ("pathway-template-" + random_token(8));
      std::filesystem::create_directories(directory_);
      source_ = (directory_ / "template.db").string();
      // Closed before it is copied, so its write-ahead log is folded into the file.
      store::migrate(*store::open_database(source_, 1));
    }
  }
  ~MigratedTemplate() {
    try {
      if (maintenance_) {
        maintenance_->acquire()->execute_script("DROP DATABASE IF EXISTS " + source_ + " WITH (FORCE)");
      } else {
        std::filesystem::remove_all(directory_);
      }
    } catch (...) {
      // At exit, with the cluster maybe gone already: scripts/with-postgres removes it anyway.
    }
  }

  std::string source_;
  std::filesystem::path directory_;
  std::unique_ptr<store::Database> maintenance_;
};

class TestDatabase {
 public:
  enum class Schema { migrated, empty };
  // Another database to start from, named as MigratedTemplate::source() names the template
  // (a TestDatabase's source()), which nobody may be connected to while it is copied.
  struct CopyOf {
    std::string source;
  };

  explicit TestDatabase(Schema schema = Schema::migrated) {
    initialise_crypto();
    create(schema == Schema::migrated ? MigratedTemplate::instance().source() : std::string());
  }
  explicit TestDatabase(const CopyOf& original) {
    initialise_crypto();
    create(original.source);
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
  // What a CopyOf names for this database: its PostgreSQL name or its SQLite file's path.
  const std::string& source() const { return name_.empty() ? path_ : name_; }
  // Closes every connection, so that the database can be copied: PostgreSQL copies a template
  // only while nobody is connected to it, and closing a SQLite database folds its write-ahead
  // log into the file. database() may not be used after it.
  void close() { database_.reset(); }

 private:
  // `source`: the database to copy, or empty for one without a schema.
  void create(const std::string& source) {
    if (testing_postgres()) {
      name_ = "pathway_t_" + random_token(8);
      for (char& c : name_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (char& c : name_) if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      maintenance_ = store::open_database(postgres_test_url(), 1);
      maintenance_->acquire()->execute_script("CREATE DATABASE " + name_ +
                                              (source.empty() ? std::string() : " TEMPLATE " + source));
      path_ = with_database_name(postgres_test_url(), name_);
    } else {
      directory_ = std::filesystem::temp_directory_path() / ("pathway-store-" + random_token(8));
      std::filesystem::create_directories(directory_);
      path_ = (directory_ / "test.db").string();
      if (!source.empty()) std::filesystem::copy_file(source, path_);
    }
    database_ = store::open_database(path_, 4);
  }

  std::filesystem::path directory_;
  std::string name_;
  std::unique_ptr<store::Database> maintenance_;
  std::string path_;
  std::unique_ptr<store::Database> database_;
};

}  // namespace pathway::testing
