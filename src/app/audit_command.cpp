#include <iostream>

#include "app/commands.h"
#include "store/audit_chain.h"
#include "store/migrations.h"

namespace pathway::app {

namespace {

struct AuditOptions {
  std::string db;
  std::string anchor;
};

// A head hash as verify prints it: 64 lower-case hex digits.
std::string check_hash(const std::string& text) {
  bool hex = text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
  return hex ? "" : "a head hash is 64 lower-case hex digits, as audit verify prints it";
}

// Prints a one-line summary with the head an auditor records, or throws with the first
// fault, which main() prints and turns into a non-zero exit.
void run_audit_verify(const AuditOptions& options) {
  auto database = store::open_database(options.db, 1);
  store::migrate(*database);
  auto connection = database->acquire();
  auto report = store::verify_audit_chain(
      *connection, options.anchor.empty() ? std::nullopt : std::optional<std::string>(options.anchor));
  if (report.fault) {
    throw std::runtime_error("the audit trail has been tampered with: " + report.fault->describe());
  }
  std::cout << report.events << " events, chain intact; head: event " << report.head.last_id << ", hash "
            << report.head.last_hash << "\n";
}

}  // namespace

void add_audit_command(CLI::App& app) {
  auto* audit = app.add_subcommand("audit", "Check the audit trail");
  audit->require_subcommand(1);
  auto options = std::make_shared<AuditOptions>();
  auto* verify = audit->add_subcommand(
      "verify", "Check every audit event's hash chain; report the first event altered, removed or inserted");
  verify->add_option("--db", options->db, "SQLite file or postgresql:// URL")->required();
  verify->add_option("--anchor", options->anchor,
                     "A head hash recorded earlier: check also that the events up to it are still there unchanged")
      ->check(CLI::Validator(check_hash, "HASH"));
  verify->callback([options] { run_audit_verify(*options); });
}

}  // namespace pathway::app
