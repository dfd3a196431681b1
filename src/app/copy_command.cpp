#include <iostream>

#include "access/audit.h"
#include "app/commands.h"
#include "store/copy.h"
#include "store/migrations.h"
#include "store/transaction.h"

namespace pathway::app {

namespace {

struct CopyOptions {
  std::string from;
  std::string to;
};

void run_copy(const CopyOptions& options) {
  auto from = store::open_database(options.from, 1);
  auto to = store::open_database(options.to, 1);
  store::migrate(*from);
  store::migrate(*to);
  auto copied = store::copy_database(*from, *to);
  std::string detail;
  for (const auto& table : copied) {
    std::cout << "  " << table.table << ": " << table.rows << "\n";
    detail += (detail.empty() ? "" : ", ") + table.table + "=" + std::to_string(table.rows);
  }
  auto connection = to->acquire();
  store::Transaction transaction(*connection);
  access::record_audit_event(*connection, {"system", "database.copy", "", "", "", "copied in: " + detail});
  transaction.commit();
  std::cout << "Copied the database.\n";
}

}  // namespace

void add_copy_command(CLI::App& app) {
  auto options = std::make_shared<CopyOptions>();
  auto* copy = app.add_subcommand("copy", "Copy a whole database into a new, empty one (SQLite or PostgreSQL)");
  copy->add_option("--from", options->from, "The database to copy: a SQLite file or a postgresql:// URL")->required();
  copy->add_option("--to", options->to, "The new database (must hold no data)")->required();
  copy->callback([options] { run_copy(*options); });
}

}  // namespace pathway::app
