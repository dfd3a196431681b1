#include "performance/reoffending_characteristics.h"

#include "justice/row_dates.h"
#include "performance/child_id_batches.h"

namespace pathway::performance {

CharacteristicsById read_characteristics(store::Connection& connection, const std::vector<std::int64_t>& child_ids) {
  CharacteristicsById found;
  each_child_row(connection, "SELECT c.id, c.date_of_birth, c.sex, c.ethnicity, c.looked_after FROM children c WHERE c.id IN ",
                 {}, child_ids, [&](const store::Row& row) {
                   found[row.integer(0)] = {justice::date_in(row, 1), row.text(2),
                                            row.optional_text(3).value_or(""), row.optional_text(4).value_or("")};
                 });
  return found;
}

}  // namespace pathway::performance
