#include "performance/reoffending_cohort_list.h"

#include "access/need_to_know.h"
#include "performance/child_id_batches.h"

namespace pathway::performance {

std::unordered_map<std::int64_t, NamedChild> children_listed_to(store::Connection& connection,
                                                                const access::StaffMember& viewer, std::int64_t now,
                                                                const std::vector<std::int64_t>& child_ids) {
  auto opens = access::may_open_condition(viewer, now);
  auto listed = access::may_list_condition(viewer, now);
  std::vector<store::Value> params = opens.params;
  params.insert(params.end(), listed.params.begin(), listed.params.end());
  std::unordered_map<std::int64_t, NamedChild> found;
  each_child_row(connection,
                 "SELECT c.id, c.public_id, c.given_name, c.family_name, (" + opens.sql + ") FROM children c WHERE (" +
                     listed.sql + ") AND c.id IN ",
                 params, child_ids, [&](const store::Row& row) {
                   found[row.integer(0)] = {row.text(1), row.text(2), row.text(3), row.integer(4) != 0};
                 });
  return found;
}

}  // namespace pathway::performance
