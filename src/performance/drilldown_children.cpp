#include "performance/drilldown_children.h"

#include "access/need_to_know.h"
#include "performance/child_id_batches.h"

namespace pathway::performance {

std::unordered_map<std::int64_t, ListedChild> listable_children(store::Connection& connection,
                                                                const std::vector<std::int64_t>& ids,
                                                                const access::StaffMember& viewer, std::int64_t now) {
  auto listable = access::may_list_condition(viewer, now);
  std::unordered_map<std::int64_t, ListedChild> found;
  each_child_row(connection,
                 "SELECT c.id, c.public_id, c.given_name, c.family_name, c.date_of_birth, d.name FROM children c "
                 "JOIN districts d ON d.code = c.district_code WHERE (" + listable.sql + ") AND c.id IN ",
                 listable.params, ids, [&](const store::Row& row) {
                   found.emplace(row.integer(0), ListedChild{row.text(1), row.text(2), row.text(3),
                                                             parse_iso_date(row.text(4)).value_or(Date{}), row.text(5)});
                 });
  return found;
}

}  // namespace pathway::performance
