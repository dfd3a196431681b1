// Corrections to some demo children, as case managers make them in the first weeks: a name
// misspelt on the referral, a date of birth with the day and month swapped, a looked-after
// status not known at first. The child is recorded as first referred, then corrected to
// the details demo_children drew, so the county's shape is the same with or without them.
// Most corrections say why, as the edit form asks; some do not, as in life.
#include <array>

#include "demo/demo_parts.h"

namespace pathway::demo {

namespace {

constexpr std::uint32_t corrected_per_thousand = 80;
constexpr std::uint32_t with_reason_per_thousand = 750;

constexpr std::array<std::string_view, 2> spelling_reasons = {
    "Spelling confirmed from the child's birth certificate",
    "The child's mother spelt the name for us at the first home visit",
};
constexpr std::array<std::string_view, 2> date_reasons = {
    "Day and month were swapped on the referral; checked with the school",
    "Date of birth confirmed from the child's passport",
};
constexpr std::array<std::string_view, 2> looked_after_reasons = {
    "Confirmed with the child's social worker",
    "Placement confirmed by the local authority's children's services",
};

bool plain_letters(std::string_view name) {
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

// The demo accounts that correct children's records: the case managers.
std::vector<children::ChangeAuthor> correctors() {
  std::vector<children::ChangeAuthor> authors;
  for (const auto& member : demo_staff()) {
    if (member.role == access::Role::case_manager) {
      authors.emplace_back(std::string(member.username), std::string(member.display_name));
    }
  }
  return authors;
}

}  // namespace

std::optional<DemoCorrection> demo_correction(DemoRandom& random, const children::ChildDetails& details) {
  if (!random.chance(corrected_per_thousand)) return std::nullopt;
  static const auto authors = correctors();
  DemoCorrection correction{details, pick_one(random, std::span<const children::ChangeAuthor>(authors)), ""};
  bool with_reason = random.chance(with_reason_per_thousand);
  std::string_view reason;
  auto ymd = details.date_of_birth;
  unsigned day = static_cast<unsigned>(ymd.day()), month = static_cast<unsigned>(ymd.month());
  std::string& family = correction.first_recorded.family_name;
  if (details.looked_after != children::LookedAfter::unknown && random.chance(400)) {
    correction.first_recorded.looked_after = children::LookedAfter::unknown;
    reason = pick_one(random, std::span<const std::string_view>(looked_after_reasons));
  } else if (day <= 12 && day != month) {
    correction.first_recorded.date_of_birth = Date{ymd.year(), std::chrono::month{day}, std::chrono::day{month}};
    reason = pick_one(random, std::span<const std::string_view>(date_reasons));
  } else if (family.size() > 4 && plain_letters(family)) {
    family.erase(1 + random.below(static_cast<std::uint32_t>(family.size() - 2)), 1);  // a letter missed
    reason = pick_one(random, std::span<const std::string_view>(spelling_reasons));
  } else {
    return std::nullopt;
  }
  if (with_reason) correction.reason = std::string(reason);
  return correction;
}

}  // namespace pathway::demo
