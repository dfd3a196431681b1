#include "demo/demo_case_children.h"

namespace pathway::demo {

std::vector<DemoCaseChild> demo_case_children(store::Connection& connection) {
  std::vector<DemoCaseChild> found;
  for (const auto& row : connection.query(
           "SELECT c.id, c.given_name, c.family_name, d.name, COALESCE(c.looked_after, 'no'), c.date_of_birth,"
           " s.username, s.display_name, m.username, m.display_name FROM children c"
           " JOIN districts d ON d.code = c.district_code"
           " JOIN case_workers w ON w.child_id = c.id AND w.ended_at IS NULL AND w.case_role = 'case_manager'"
           " JOIN staff s ON s.id = w.staff_id LEFT JOIN staff m ON m.id = s.line_manager_id ORDER BY c.id, w.id")) {
    if (!found.empty() && found.back().id == row.integer(0)) continue;  // one worker a child
    auto born = parse_iso_date(row.text(5));
    if (!born) throw store::StoreError("a demo child born on a day that is not one");
    DemoCaseChild child{row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4) == "yes", *born,
                        children::ChangeAuthor{row.text(6), row.text(7)}, std::nullopt};
    if (!row.is_null(8)) child.manager = children::ChangeAuthor{row.text(8), row.text(9)};
    found.push_back(std::move(child));
  }
  return found;
}

}  // namespace pathway::demo
