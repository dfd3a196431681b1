#pragma once
// A practitioner's secret calendar address, /calendar/<secret>.ics: the secret is shown
// once, when it is made, and the store keeps only its SHA-256, so a copy of the database
// does not give anyone's diary away. Making a new one replaces (revokes) the old.
#include <cstdint>
#include <optional>
#include <string>

#include "store/database.h"

namespace pathway::practice {

// Makes staff member `staff_id` a new secret, replacing any they had, and returns it (the
// only time it is known). The caller holds the transaction. Throws StoreError.
std::string issue_calendar_secret(store::Connection& connection, std::int64_t staff_id);
// Revokes staff member `staff_id`'s address; false when they had none. Throws StoreError.
bool revoke_calendar_secret(store::Connection& connection, std::int64_t staff_id);
// Whether staff member `staff_id` has an address, and since when (ISO instant).
std::optional<std::string> calendar_address_since(store::Connection& connection, std::int64_t staff_id);

struct CalendarOwner {
  std::int64_t staff_id = 0;
  std::string username;
};
// Whose address `secret` is, when it is a live one of an active account. Throws StoreError.
std::optional<CalendarOwner> calendar_owner(store::Connection& connection, const std::string& secret);

}  // namespace pathway::practice
