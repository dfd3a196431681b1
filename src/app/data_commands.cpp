#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>

#include "app/commands.h"
#include "core/random.h"
#include "demo/demo_county.h"
#include "demo/demo_national.h"
#include "exchange/exchange.h"
#include "store/location.h"
#include "store/migrations.h"

namespace pathway::app {

namespace {

struct DataOptions {
  std::string db;
  std::string directory;
  std::uint64_t seed = 1;
  std::string scale = "county";
  std::optional<std::int64_t> children;  // the scale's own number when not given
};

std::unique_ptr<store::Database> open_migrated(const std::string& location) {
  auto database = store::open_database(location, 2);
  store::migrate(*database);
  return database;
}

void run_migrate(const DataOptions& options) {
  auto database = store::open_database(options.db, 1);
  int applied = store::migrate(*database);
  auto connection = database->acquire();
  std::cout << "Applied " << applied << " migration(s); the schema is at version "
            << store::schema_version(*connection) << "\n";
}

void run_demo(const DataOptions& options) {
  const char* given = std::getenv("PATHWAY_DEMO_PASSWORD");
  bool generated = !given || !*given;
  std::string password = generated ? random_token(15) : given;
  bool national = options.scale == "national";
  if (!national && options.children.value_or(0) > 200'000) {
    throw std::runtime_error("the demo county holds at most 200000 children: use --scale national for more");
  }
  demo::DemoSummary summary;
  if (national) {
    // A national demo into a new SQLite file may skip the rollback journal (decision
    // 0019): if it fails, the file it made goes.
    bool new_file = store::backend_of(options.db) == store::Backend::sqlite && !std::filesystem::exists(options.db);
    try {
      auto database = open_migrated(options.db);
      summary = demo::build_national_demo(
          *database, {options.seed, options.children.value_or(1'000'000), password, new_file});
    } catch (...) {
      if (new_file) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(options.db + suffix);
      }
      throw;
    }
  } else {
    auto database = open_migrated(options.db);
    summary = demo::build_demo_county(*database, {options.seed, static_cast<int>(options.children.value_or(2000)), password});
  }
  std::cout << (national ? "National demo: " : "Demo county: ") << summary.areas << " areas, " << summary.districts
            << " districts, " << summary.children << " children.\nAccounts:\n";
  for (const auto& account : summary.accounts) {
    std::cout << "  " << account.username << " (" << account.role_label << ")\n";
  }
  if (generated) {
    std::cout << "Password for every demo account (shown once; set PATHWAY_DEMO_PASSWORD to choose it): "
              << password << "\n";
  } else {
    std::cout << "Password for every demo account: the value of PATHWAY_DEMO_PASSWORD\n";
  }
}

void run_import(const DataOptions& options) {
  auto database = open_migrated(options.db);
  auto report = exchange::import_data_set(*database, options.directory, "import");
  if (!report.ok()) {
    for (const auto& problem : report.problems) std::cerr << exchange::describe(problem) << "\n";
    throw std::runtime_error("import rejected: " + std::to_string(report.problems.size()) +
                             " problem(s) found; nothing was imported");
  }
  std::cout << "Imported " << report.summary() << "\n";
}

void run_export(const DataOptions& options) {
  auto database = open_migrated(options.db);
  auto report = exchange::export_data_set(*database, options.directory, "export");
  std::cout << "Exported " << report.summary() << " to " << options.directory << "\n";
  if (report.formula_like_values > 0) {
    std::cerr << "Note: " << report.formula_like_values
              << " value(s) begin with =, +, -, @, a tab or a line break, which a spreadsheet program could run as a"
                 " formula. The exchange format keeps values exactly, for other systems: open these files in a"
                 " spreadsheet only through its text import, with every column as text.\n";
  }
}

}  // namespace

void add_data_commands(CLI::App& app) {
  auto options = std::make_shared<DataOptions>();

  auto* migrate = app.add_subcommand("migrate", "Bring the database schema up to date");
  migrate->add_option("--db", options->db, "SQLite file (created if missing) or postgresql:// URL")->required();
  migrate->callback([options] { run_migrate(*options); });

  auto* demo = app.add_subcommand("demo", "Create a new database full of realistic demo data");
  demo->add_option("--db", options->db, "SQLite file (created if missing) or postgresql:// URL; must hold no data")
      ->required();
  demo->add_option("--seed", options->seed, "The same seed gives the same county")->capture_default_str();
  demo->add_option("--scale", options->scale,
                   "county: one county's service (12 districts, 2,000 children); national: about 150 services and "
                   "1,000,000 children, for measuring at national scale")
      ->check(CLI::IsMember({"county", "national"}))
      ->capture_default_str();
  demo->add_option("--children", options->children, "How many children (county: 2000, at most 200000; national: 1000000)")
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{2'000'000}));
  demo->callback([options] { run_demo(*options); });

  auto* import = app.add_subcommand("import", "Import a data set in the exchange format (all or nothing)");
  import->add_option("--db", options->db, "SQLite file (created if missing) or postgresql:// URL")->required();
  import->add_option("directory", options->directory, "Folder of CSV files")->required()
      ->check(CLI::ExistingDirectory);
  import->callback([options] { run_import(*options); });

  auto* exporter = app.add_subcommand("export", "Export the data in the exchange format");
  exporter->add_option("--db", options->db, "SQLite file (created if missing) or postgresql:// URL")->required();
  exporter->add_option("directory", options->directory, "Folder to write the CSV files to")->required();
  exporter->callback([options] { run_export(*options); });
}

}  // namespace pathway::app
