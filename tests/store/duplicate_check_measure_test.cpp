// Measures the duplicate check on the demo county. For every demo child, one variant per
// kind of mistake staff make when they add a child the service already knows; the share of
// each kind the check catches, and how often it warns about a child who is not in the
// county at all (a false alarm). Prints the table that docs/performance.md quotes, and
// asserts the floors so the check cannot quietly get worse.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <iomanip>
#include <iostream>

#include "children/child_repository.h"
#include "core/dates.h"
#include "demo/demo_parts.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

using children::ChildDetails;
using Mistake = std::function<std::optional<ChildDetails>(ChildDetails)>;

constexpr int county_size = 2000;  // the demo county's default

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The position of an ASCII letter nearest the middle of the name, after its first letter.
std::optional<std::size_t> middle_letter(const std::string& name) {
  for (std::size_t offset = 0; offset < name.size(); ++offset) {
    for (std::size_t at : {name.size() / 2 + offset, name.size() / 2 - std::min(offset, name.size() / 2)}) {
      if (at >= 1 && at < name.size() && is_ascii_letter(name[at])) return at;
    }
  }
  return std::nullopt;
}

std::optional<Date> date_typed(int day, int month, int year) {
  return date_from_parts(std::to_string(day), std::to_string(month), std::to_string(year));
}

// Two neighbouring digits swapped within one box of the date as typed (DD MM YYYY): the
// day's, else the month's, else the year's, whichever first gives another real date.
std::optional<Date> digits_transposed(Date date) {
  char typed[16];
  std::snprintf(typed, sizeof typed, "%02u%02u%04d", static_cast<unsigned>(date.day()),
                static_cast<unsigned>(date.month()), static_cast<int>(date.year()));
  for (std::size_t at : {0, 2, 6, 5, 4}) {
    std::string swapped(typed, 8);
    std::swap(swapped[at], swapped[at + 1]);
    auto slip = date_from_parts(swapped.substr(0, 2), swapped.substr(2, 2), swapped.substr(4, 4));
    if (slip && *slip != date) return slip;
  }
  return std::nullopt;
}

const std::vector<std::pair<std::string, Mistake>>& mistakes() {
  static const std::vector<std::pair<std::string, Mistake>> all = {
      {"given and family names swapped",
       [](ChildDetails child) -> std::optional<ChildDetails> {
         std::swap(child.given_name, child.family_name);
         return child;
       }},
      {"day and month swapped",
       [](ChildDetails child) -> std::optional<ChildDetails> {
         auto day = static_cast<int>(static_cast<unsigned>(child.date_of_birth.day()));
         auto month = static_cast<int>(static_cast<unsigned>(child.date_of_birth.month()));
         auto swapped = date_typed(month, day, static_cast<int>(child.date_of_birth.year()));
         if (!swapped || *swapped == child.date_of_birth) return std::nullopt;
         child.date_of_birth = *swapped;
         return child;
       }},
      {"two digits of the date transposed",
       [](ChildDetails child) -> std::optional<ChildDetails> {
         auto slip = digits_transposed(child.date_of_birth);
         if (!slip) return std::nullopt;
         child.date_of_birth = *slip;
         return child;
       }},
      {"a letter missed (family name)",
       [](ChildDetails child) -> std::optional<ChildDetails> {
         auto at = middle_letter(child.family_name);
         if (!at) return std::nullopt;
         child.family_name.erase(*at, 1);
         return child;
       }},
      {"a letter doubled (given name)",
       [](ChildDetails child) -> std::optional<ChildDetails> {
         auto at = middle_letter(child.given_name);
         if (!at) return std::nullopt;
         child.given_name.insert(*at, 1, child.given_name[*at]);
         return child;
       }},
      {"apostrophes, hyphens, dots, spaces left out",
       [](ChildDetails child) -> std::optional<ChildDetails> {
         auto plain = [](std::string name) {
           std::erase_if(name, [](char c) { return c == '\'' || c == '-' || c == '.' || c == ' '; });
           return name;
         };
         if (plain(child.given_name) == child.given_name && plain(child.family_name) == child.family_name) {
           return std::nullopt;
         }
         child.given_name = plain(child.given_name);
         child.family_name = plain(child.family_name);
         return child;
       }},
  };
  return all;
}

TEST(DuplicateCheck, CatchesEveryKindOfMistakeOnTheDemoCountyWithFewFalseAlarms) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  Date today = today_utc();
  std::vector<children::Child> county;
  {
    store::Transaction transaction(*connection);
    demo::add_demo_geography(*connection);
    demo::DemoRandom random(1);
    auto districts = demo::demo_district_slots(random, county_size);
    for (const auto& details : demo::demo_children(random, districts, today)) {
      county.push_back(children::create_child(*connection, details, "measure"));
    }
    transaction.commit();
  }

  std::cout << "Duplicate check on the demo county (" << county_size << " children, seed 1)\n";
  auto started = std::chrono::steady_clock::now();
  int checks = 0;
  for (const auto& [kind, mistake] : mistakes()) {
    int variants = 0, caught = 0;
    for (const auto& child : county) {
      auto variant = mistake(child.details);
      if (!variant) continue;
      ++variants;
      ++checks;
      auto similar = children::possible_duplicates(*connection, *variant);
      bool found = std::ranges::any_of(similar, [&](const auto& s) { return s.child.id == child.id; });
      if (found) ++caught;
      else ADD_FAILURE() << kind << " not caught: " << variant->given_name << " " << variant->family_name << " "
                         << to_iso(variant->date_of_birth) << " for " << child.details.given_name << " "
                         << child.details.family_name << " " << to_iso(child.details.date_of_birth);
    }
    std::cout << "  " << std::left << std::setw(46) << kind << std::right << std::setw(5) << caught << " of "
              << std::setw(5) << variants << " caught\n";
    EXPECT_GT(variants, county_size / 20) << kind << ": too few children to measure";
  }

  // Children from another seed's county: none of them is in this one, so every warning is
  // a false alarm (unless two generated children happen to share name and birthday).
  demo::DemoRandom other(2);
  auto other_districts = demo::demo_district_slots(other, county_size);
  int alarmed = 0;
  for (const auto& stranger : demo::demo_children(other, other_districts, today)) {
    ++checks;
    if (!children::possible_duplicates(*connection, stranger).empty()) ++alarmed;
  }
  double alarm_rate = 100.0 * alarmed / county_size;
  auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  std::cout << "  unrelated children warned about (false alarms): " << alarmed << " of " << county_size << " ("
            << std::fixed << std::setprecision(1) << alarm_rate << "%)\n"
            << "  " << checks << " checks in " << std::setprecision(0) << elapsed << " ms ("
            << std::setprecision(3) << elapsed / checks << " ms each)\n";
  EXPECT_LT(alarm_rate, 5.0);
}

}  // namespace
}  // namespace pathway
