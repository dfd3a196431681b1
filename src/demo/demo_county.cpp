// Builds the demo county in one transaction: the geography, the accounts, the children and
// one audit event. Either all of it is saved or none of it.
#include "demo/demo_county.h"

#include <stdexcept>

#include "access/audit.h"
#include "children/child_repository.h"
#include "core/clock.h"
#include "core/dates.h"
#include "demo/demo_allocations.h"
#include "demo/demo_assessments.h"
#include "demo/demo_circumstances.h"
#include "demo/demo_wider_services.h"
#include "demo/demo_contacts.h"
#include "demo/demo_ended_orders.h"
#include "demo/demo_court_records.h"
#include "demo/demo_deadlines.h"
#include "demo/demo_measure_targets.h"
#include "demo/demo_order_progress.h"
#include "demo/demo_parts.h"
#include "demo/demo_plans.h"
#include "demo/demo_practice_records.h"
#include "demo/justice_history_writer.h"
#include "store/transaction.h"

namespace pathway::demo {

namespace {

std::int64_t count_rows(store::Connection& connection, std::string_view table) {
  return connection.query_one("SELECT COUNT(*) FROM " + std::string(table))->integer(0);
}

}  // namespace

void require_empty_database(store::Connection& connection) {
  std::int64_t children = count_rows(connection, "children");
  std::int64_t staff = count_rows(connection, "staff");
  std::int64_t districts = count_rows(connection, "districts");
  if (children > 0 || staff > 0 || districts > 0) {
    throw std::runtime_error("the database already holds data (" + std::to_string(children) + " children, " +
                             std::to_string(staff) + " staff accounts, " + std::to_string(districts) +
                             " districts): a demo can only be built in an empty database");
  }
}

DemoSummary build_demo_county(store::Database& database, const DemoOptions& options) {
  if (options.children < 0) throw std::runtime_error("the number of demo children cannot be negative");

  auto connection = database.acquire();
  store::Transaction transaction(*connection);
  require_empty_database(*connection);

  DemoSummary summary;
  summary.areas = add_demo_geography(*connection);
  summary.districts = static_cast<int>(demo_districts().size());
  add_demo_teams(*connection);
  summary.accounts = add_demo_accounts(*connection, options.password);
  require_no_two_factor(*connection);

  DemoRandom random(options.seed);
  auto districts = demo_district_slots(random, options.children);
  int corrections = 0;
  for (const auto& details : demo_children(random, districts, today_utc())) {
    auto correction = demo_correction(random, details);
    auto child = children::create_child(*connection, correction ? correction->first_recorded : details, "demo");
    if (correction) {
      children::update_child(*connection, child.public_id, child.version, details, correction->by, correction->reason);
      ++corrections;
    }
    ++summary.children;
  }
  hold_demo_cases(*connection);
  // Allocations first: a restricted record names the workers allocated to the child, and
  // emergency access lands on children someone holds, who is then told of it.
  add_demo_allocations(*connection, random, now_unix_seconds());
  add_demo_access_history(*connection, now_unix_seconds());
  add_break_glass_on_demo_caseload(*connection, now_unix_seconds());
  add_demo_justice_records(*connection, options.seed, today_utc(), now_unix_seconds());
  add_demo_yro_requirements(*connection, options.seed, today_utc());
  add_demo_order_progress(*connection, today_utc());
  add_demo_contacts(*connection, today_utc());
  add_demo_court_records(*connection, options.seed, today_utc());
  add_demo_measure_targets(*connection);
  add_demo_record_corrections(*connection);
  add_demo_practice_records(*connection, today_utc());
  add_demo_plans(*connection, options.seed, today_utc());
  add_demo_assessments(*connection, options.seed, today_utc());
  add_demo_ended_order_work(*connection, options.seed, today_utc());
  // After every appointment is in: it dates each outcome on its appointment's day.
  add_demo_circumstances(*connection, today_utc());
  add_demo_wider_services(*connection, today_utc());
  // Last: the tasks are worked out from everything above (deadlines/event_sources.h).
  add_demo_deadlines(*connection, today_utc());

  access::record_audit_event(
      *connection, {"system", "demo.create", "", "", "",
                    "seed " + std::to_string(options.seed) + ": " + std::to_string(summary.areas) + " areas, " +
                        std::to_string(summary.districts) + " districts, " + std::to_string(summary.children) +
                        " children (" + std::to_string(corrections) + " corrected), " +
                        std::to_string(summary.accounts.size()) + " accounts"});
  transaction.commit();
  return summary;
}

}  // namespace pathway::demo
