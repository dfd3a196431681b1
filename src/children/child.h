#pragma once
// A child known to the Youth Justice Service: the person record every case hangs from.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.h"

namespace pathway::children {

enum class Sex { male, female, unknown };

std::string_view sex_code(Sex sex);           // "male"
std::string_view sex_label(Sex sex);          // "Male"
std::optional<Sex> sex_from_code(std::string_view code);

// Looked-after status is often unknown at first contact, so it has three states.
enum class LookedAfter { yes, no, unknown };

std::string_view looked_after_code(LookedAfter status);  // "yes", "no", "" for unknown
std::string_view looked_after_label(LookedAfter status);  // "Yes", "No", "Not known"
std::optional<LookedAfter> looked_after_from_code(std::string_view code);  // "" -> unknown

// The longest given or family name, in characters, the form and the importer accept.
inline constexpr std::size_t max_name_length = 100;

// The part of a child's record that staff enter and correct.
struct ChildDetails {
  std::string given_name;
  std::string family_name;
  Date date_of_birth{};
  Sex sex = Sex::unknown;
  std::optional<std::string> ethnicity;  // a DfE code
  std::string district_code;
  LookedAfter looked_after = LookedAfter::unknown;

  bool operator==(const ChildDetails&) const = default;
};

struct Child {
  std::int64_t id = 0;        // internal, never shown
  std::string public_id;      // random, used in addresses
  std::string exchange_id;    // child_id in the exchange format
  ChildDetails details;
  std::int64_t version = 1;   // rises with every change; guards against lost updates
  std::string created_at;
  std::string updated_at;
};

// "Given Family".
std::string full_name(const ChildDetails& details);

}  // namespace pathway::children
