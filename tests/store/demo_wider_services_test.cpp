// The demo county's wider services, on either backend: every child the record says is
// looked after has a looked after row; early help (ended and continuing), child in need
// and child protection plans all appear; some children whose orders ended in the last
// year had support while the order ran (so key performance indicator 8 shows); no child
// has two continuing rows of one service, and every date is between the child's birth and
// today.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "core/dates.h"
#include "shared_demo_county.h"

namespace pathway {
namespace {

std::int64_t count(store::Connection& connection, const std::string& sql,
                   std::initializer_list<store::Value> params = {}) {
  return connection.query_one(sql, params)->integer(0);
}

TEST(DemoWiderServices, ARealisticShareAroundTheChildrensOrders) {
  auto db = testing::SharedDemoCounty::instance().database().acquire();
  std::string today = to_iso(today_utc());
  EXPECT_GT(count(*db, "SELECT COUNT(*) FROM children WHERE looked_after = 'yes'"), 0);
  EXPECT_EQ(count(*db,
                  "SELECT COUNT(*) FROM children c WHERE c.looked_after = "
                  "'yes' AND NOT EXISTS"
                  " (SELECT 1 FROM wider_services w WHERE w.child_id = "
                  "c.id AND w.service = 'looked_after')"),
            0)
      << "every child the record says is looked after has a looked after row";
  for (const char* service : {"early_help", "child_in_need", "child_protection", "looked_after"}) {
    EXPECT_GT(count(*db, "SELECT COUNT(*) FROM wider_services WHERE service = ?", {std::string(service)}), 0)
        << service;
  }
  EXPECT_GT(count(*db,
                  "SELECT COUNT(*) FROM wider_services WHERE service = "
                  "'early_help' AND to_date IS NULL"),
            0);
  EXPECT_GT(count(*db,
                  "SELECT COUNT(*) FROM wider_services WHERE service = "
                  "'early_help' AND to_date IS NOT NULL"),
            0);
  double children = static_cast<double>(count(*db, "SELECT COUNT(*) FROM children"));
  double supported = static_cast<double>(count(*db, "SELECT COUNT(DISTINCT child_id) FROM wider_services"));
  EXPECT_GT(supported / children, 0.3);
  EXPECT_LT(supported / children, 0.8);
  EXPECT_GT(count(*db,
                  "SELECT COUNT(DISTINCT o.child_id) FROM outcomes o JOIN "
                  "wider_services w ON w.child_id = o.child_id"
                  " WHERE o.end_date IS NOT NULL AND o.end_date <= ? AND "
                  "o.end_date > ? AND o.start_date IS NOT NULL"
                  " AND w.from_date <= o.end_date AND (w.to_date IS NULL OR "
                  "w.to_date >= o.start_date)",
                  {today, to_iso(Date{std::chrono::sys_days{today_utc()} - std::chrono::days{365}})}),
            0)
      << "children whose orders ended in the last year had support while the "
         "order ran";
  EXPECT_EQ(count(*db,
                  "SELECT COUNT(*) FROM (SELECT child_id, service FROM "
                  "wider_services WHERE to_date IS NULL"
                  " GROUP BY child_id, service HAVING COUNT(*) > 1) twice"),
            0);
  EXPECT_EQ(count(*db,
                  "SELECT COUNT(*) FROM wider_services w JOIN children c ON "
                  "c.id = w.child_id"
                  " WHERE w.from_date < c.date_of_birth OR w.from_date > ? OR "
                  "w.to_date > ?",
                  {today, today}),
            0);
}

}  // namespace
}  // namespace pathway
