// The steps of a child's orders on the chronology: warnings, breach proceedings, a referral
// order's extensions and revocation (schema 18's tables, each by its outcome's index) and
// the end of each order (outcomes.end_date), in one query over the child's outcomes.
#include "justice/chronology.h"
#include "justice/chronology_sql.h"
#include "justice/order_terms.h"
#include "justice/row_dates.h"

namespace pathway::justice {

namespace {

// Each step as (outcome's exchange id, day, outcome type, step, detail, order within the
// kind), every branch over the child's outcomes. A revoked order's end is its revocation,
// listed once.
constexpr std::string_view steps_sql =
    "SELECT u.exchange_id, w.given_on AS day, u.outcome_type, 'warning' AS step, w.reason AS detail, w.id AS seq"
    " FROM order_warnings w JOIN outcomes u ON u.id = w.outcome_id WHERE u.child_id = ?"
    " UNION ALL SELECT u.exchange_id, b.begun_on, u.outcome_type, 'breach', COALESCE(b.result, ''), b.id"
    " FROM breach_proceedings b JOIN outcomes u ON u.id = b.outcome_id WHERE u.child_id = ?"
    " UNION ALL SELECT u.exchange_id, e.made_on, u.outcome_type, 'extension', CAST(e.months AS TEXT), e.id"
    " FROM referral_order_extensions e JOIN outcomes u ON u.id = e.outcome_id WHERE u.child_id = ?"
    " UNION ALL SELECT u.exchange_id, r.revoked_on, u.outcome_type, 'revocation', r.reason, u.id"
    " FROM referral_order_revocations r JOIN outcomes u ON u.id = r.outcome_id WHERE u.child_id = ?"
    " UNION ALL SELECT u.exchange_id, u.end_date, u.outcome_type, 'end', COALESCE(u.completion, ''), u.id"
    " FROM outcomes u WHERE u.child_id = ? AND u.end_date IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM referral_order_revocations r WHERE r.outcome_id = u.id)";

}  // namespace

void add_order_progress(std::vector<ChronologyEvent>& events, store::Connection& connection, std::int64_t child_id,
                        const ChronologyFilter& filter) {
  std::vector<store::Value> params(5, store::Value{child_id});
  std::string sql = "SELECT exchange_id, day, outcome_type, step, detail FROM (" + std::string(steps_sql) +
                    ") steps WHERE 1 = 1" + date_range("day", filter, params) + " ORDER BY seq DESC";
  for (const auto& row : connection.query(sql, params)) {
    if (!is_order(row.text(2))) continue;  // the end of a programme that is not an order
    events.emplace_back(OrderProgressEvent{row.text(0), date_in(row, 1), row.text(2), row.text(3), row.text(4)});
  }
}

}  // namespace pathway::justice
