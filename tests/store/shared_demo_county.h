#pragma once
// The demo county that `pathway demo` makes (DemoOptions' seed and size), built once per
// test process on first use and kept until it exits. Building a county took 10 to 30 s a
// test on PostgreSQL, and most demo tests only read one: they share this one.
//
// The county is shared, so a test must not write to database(), not even inside a
// transaction it rolls back (PostgreSQL does not roll back the numbers an identity column
// handed out). A test that writes takes copy(): a database of its own holding the same
// county, copied rather than built again (a file copy on SQLite, CREATE DATABASE ...
// TEMPLATE on PostgreSQL).
#include <chrono>
#include <iostream>
#include <memory>

#include "demo/demo_county.h"
#include "test_database.h"

namespace pathway::testing {

class SharedDemoCounty {
 public:
  static SharedDemoCounty& instance() {
    static SharedDemoCounty built;
    return built;
  }

  // What the county was built with, and what build_demo_county said it built.
  const demo::DemoOptions& options() const { return options_; }
  const demo::DemoSummary& summary() const { return summary_; }
  // Only to read: see above.
  store::Database& database() { return reading_->database(); }
  TestDatabase copy() const { return TestDatabase(TestDatabase::CopyOf{built_.source()}); }

  SharedDemoCounty(const SharedDemoCounty&) = delete;
  SharedDemoCounty& operator=(const SharedDemoCounty&) = delete;

 private:
  SharedDemoCounty() {
    auto started = std::chrono::steady_clock::now();
    summary_ = demo::build_demo_county(built_.database(), options_);
    std::cout << "[ demo     ] the shared county, " << summary_.children << " children with their records, in "
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s\n";
    // The county as built is only copied from, which needs nobody connected to it; the tests
    // read one copy of it.
    built_.close();
    reading_ = std::make_unique<TestDatabase>(TestDatabase::CopyOf{built_.source()});
  }

  demo::DemoOptions options_{.password = "correct horse battery staple"};
  TestDatabase built_;
  demo::DemoSummary summary_;
  std::unique_ptr<TestDatabase> reading_;
};

}  // namespace pathway::testing
