#pragma once
// A child's remands in the store: list, record and end. The rules a remand meets are
// checked before it gets here (record_rules.h remand_breaches, justice/remand_form.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::justice {

struct Remand {
  std::int64_t id = 0;
  std::string exchange_id;
  std::string remand_type;  // one of remand_types()
  Date start_date{};
  std::optional<Date> end_date;  // none while it runs
};

// The child's remands, newest first. Throws StoreError.
std::vector<Remand> remands_of_child(store::Connection& connection, std::int64_t child_id);

// The child's remand with this id, or nullopt when there is none (or it is another child's).
std::optional<Remand> find_remand(store::Connection& connection, std::int64_t child_id, std::int64_t remand_id);

// Records the remand with a fresh random exchange id; the caller holds the transaction.
// Returns its id. Throws StoreError.
std::int64_t create_remand(store::Connection& connection, std::int64_t child_id, const std::string& remand_type,
                           Date start_date, const std::optional<Date>& end_date);

// Sets the remand's end date. Throws StoreError.
void end_remand(store::Connection& connection, std::int64_t remand_id, Date end_date);

}  // namespace pathway::justice
