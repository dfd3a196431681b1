#pragma once
// The child's case formulation: a shared, trauma-informed understanding of the child, in
// sections of free text (what has happened, what it means, what keeps the child safe, what
// helps, what the child says). Versioned: each save is a new version, the earlier ones kept
// with who saved them and when, so the understanding can be followed as it changed. The
// resettlement work of issue 13 shares the same formulation with the secure establishment.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::practice {

struct FormulationSection {
  std::string_view code;      // stored, and the form field's id
  std::string_view heading;   // what the page and the guide call it
  std::string_view prompt;    // the hint under the heading
};

// Every section, in the order the form and the page show them.
const std::vector<FormulationSection>& formulation_sections();

inline constexpr std::size_t max_formulation_section = 5000;

struct FormulationVersion {
  std::int64_t id = 0;
  int version = 0;
  std::map<std::string, std::string> sections;  // by section code; a section left blank is absent
  std::string saved_by;                          // display name
  std::string saved_at;                          // ISO instant
};

// The child's versions, newest first; empty when none has been written.
std::vector<FormulationVersion> formulation_versions(store::Connection& connection, std::int64_t child_id);

// Saves `sections` as the child's next version (one more than the newest). Returns the new
// version's id and number. Call inside the change's transaction. Throws StoreError.
struct SavedFormulation {
  std::int64_t id;
  int version;
};
SavedFormulation save_formulation(store::Connection& connection, std::int64_t child_id,
                                  const std::map<std::string, std::string>& sections, std::int64_t staff_id,
                                  const std::string& saved_at);

}  // namespace pathway::practice
