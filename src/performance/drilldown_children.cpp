#include "performance/drilldown_children.h"

#include <algorithm>

#include "access/need_to_know.h"

namespace pathway::performance {

namespace {
// Ids per query: well inside both backends' limits on parameters.
constexpr std::size_t ids_per_query = 500;
}  // namespace

std::unordered_map<std::int64_t, ListedChild> listable_children(store::Connection& connection,
                                                                const std::vector<std::int64_t>& ids,
                                                                const access::StaffMember& viewer, std::int64_t now) {
  auto listable = access::may_list_condition(viewer, now);
  std::unordered_map<std::int64_t, ListedChild> found;
  for (std::size_t start = 0; start < ids.size(); start += ids_per_query) {
    std::size_t end = std::min(ids.size(), start + ids_per_query);
    std::vector<store::Value> params = listable.params;
    std::string marks;
    for (std::size_t i = start; i < end; ++i) {
      marks += marks.empty() ? "?" : ", ?";
      params.emplace_back(ids[i]);
    }
    auto rows = connection.query(
        "SELECT c.id, c.public_id, c.given_name, c.family_name, c.date_of_birth, d.name FROM children c "
        "JOIN districts d ON d.code = c.district_code WHERE (" + listable.sql + ") AND c.id IN (" + marks + ")",
        params);
    for (const auto& row : rows) {
      found.emplace(row.integer(0), ListedChild{row.text(1), row.text(2), row.text(3),
                                                parse_iso_date(row.text(4)).value_or(Date{}), row.text(5)});
    }
  }
  return found;
}

}  // namespace pathway::performance
