#include "children/child.h"

namespace pathway::children {

std::string_view sex_code(Sex sex) {
  switch (sex) {
    case Sex::male: return "male";
    case Sex::female: return "female";
    case Sex::unknown: return "unknown";
  }
  return "unknown";
}

std::string_view sex_label(Sex sex) {
  switch (sex) {
    case Sex::male: return "Male";
    case Sex::female: return "Female";
    case Sex::unknown: return "Not known";
  }
  return "Not known";
}

std::optional<Sex> sex_from_code(std::string_view code) {
  if (code == "male") return Sex::male;
  if (code == "female") return Sex::female;
  if (code == "unknown") return Sex::unknown;
  return std::nullopt;
}

std::string_view looked_after_code(LookedAfter status) {
  switch (status) {
    case LookedAfter::yes: return "yes";
    case LookedAfter::no: return "no";
    case LookedAfter::unknown: return "";
  }
  return "";
}

std::string_view looked_after_label(LookedAfter status) {
  switch (status) {
    case LookedAfter::yes: return "Yes";
    case LookedAfter::no: return "No";
    case LookedAfter::unknown: return "Not known";
  }
  return "Not known";
}

std::optional<LookedAfter> looked_after_from_code(std::string_view code) {
  if (code == "yes") return LookedAfter::yes;
  if (code == "no") return LookedAfter::no;
  if (code.empty() || code == "unknown") return LookedAfter::unknown;
  return std::nullopt;
}

std::string full_name(const ChildDetails& details) {
  return details.given_name + " " + details.family_name;
}

}  // namespace pathway::children
