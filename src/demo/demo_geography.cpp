// Kent's 12 districts in the 4 areas its youth justice and early help services are organised
// by (the background plan: 4 areas, 12 districts, 5 youth justice units, the two East Kent
// units sharing its three busiest districts). Populations aged 10 to 17 are plausible
// mid-year estimates shaped like the Office for National Statistics' figures (about 151,000
// for the county), growing slightly each year: demo data, not official statistics.
#include <algorithm>
#include <numeric>

#include "demo/demo_parts.h"
#include "reference/geography.h"

namespace pathway::demo {

const std::vector<DemoDistrict>& demo_districts() {
  static const std::vector<DemoDistrict> all = {
      {"ASHFORD", "Ashford", "SOUTH", "South Kent", {13184, 13359, 13525, 13708}},
      {"CANTERBURY", "Canterbury", "EAST", "East Kent", {12691, 12725, 12773, 12818}},
      {"DARTFORD", "Dartford", "NORTH", "North Kent", {11873, 12066, 12257, 12448}},
      {"DOVER", "Dover", "SOUTH", "South Kent", {10612, 10638, 10673, 10695}},
      {"FOLKESTONE_AND_HYTHE", "Folkestone and Hythe", "SOUTH", "South Kent", {9706, 9712, 9720, 9728}},
      {"GRAVESHAM", "Gravesham", "NORTH", "North Kent", {11027, 11102, 11183, 11242}},
      {"MAIDSTONE", "Maidstone", "WEST", "West Kent", {16238, 16389, 16522, 16683}},
      {"SEVENOAKS", "Sevenoaks", "NORTH", "North Kent", {12296, 12335, 12372, 12417}},
      {"SWALE", "Swale", "EAST", "East Kent", {14583, 14699, 14828, 14938}},
      {"THANET", "Thanet", "EAST", "East Kent", {12779, 12839, 12905, 12957}},
      {"TONBRIDGE_AND_MALLING", "Tonbridge and Malling", "WEST", "West Kent", {13734, 13874, 14004, 14129}},
      {"TUNBRIDGE_WELLS", "Tunbridge Wells", "WEST", "West Kent", {11487, 11529, 11554, 11586}},
  };
  return all;
}

int add_demo_geography(store::Connection& connection) {
  std::vector<std::string_view> areas;
  for (const auto& district : demo_districts()) {
    reference::add_district(connection, {std::string(district.code), std::string(district.name),
                                         std::string(district.area_code), std::string(district.area_name)});
    for (int i = 0; i < population_years; ++i) {
      reference::add_population(connection, {std::string(district.code), first_population_year + i,
                                             district.population_10_17[i]});
    }
    if (std::find(areas.begin(), areas.end(), district.area_code) == areas.end()) {
      areas.push_back(district.area_code);
    }
  }
  return static_cast<int>(areas.size());
}

std::vector<std::uint32_t> district_slot_indices(DemoRandom& random, std::int64_t count,
                                                std::span<const DemoDistrict> districts) {
  std::int64_t total = 0;
  for (const auto& district : districts) total += district.population_10_17.back();

  // Whole shares first, then one more each to the largest remainders (ties: list order).
  std::vector<std::int64_t> shares(districts.size());
  std::vector<std::int64_t> remainders(districts.size());
  std::int64_t given = 0;
  for (std::size_t i = 0; i < districts.size(); ++i) {
    std::int64_t exact = count * districts[i].population_10_17.back();
    shares[i] = exact / total;
    remainders[i] = exact % total;
    given += shares[i];
  }
  std::vector<std::size_t> order(districts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::size_t k = 0; given < count; ++k, ++given) ++shares[order[k]];

  std::vector<std::uint32_t> slots;
  slots.reserve(static_cast<std::size_t>(std::max<std::int64_t>(count, 0)));
  for (std::size_t i = 0; i < districts.size(); ++i) {
    slots.insert(slots.end(), static_cast<std::size_t>(shares[i]), static_cast<std::uint32_t>(i));
  }
  // Fisher-Yates with our own generator, so the order is the same everywhere.
  for (std::size_t i = slots.size(); i > 1; --i) {
    std::swap(slots[i - 1], slots[random.below(static_cast<std::uint32_t>(i))]);
  }
  return slots;
}

std::vector<std::string> demo_district_slots(DemoRandom& random, int count) {
  const auto& districts = demo_districts();
  std::vector<std::string> slots;
  for (std::uint32_t index : district_slot_indices(random, count, districts)) {
    slots.emplace_back(districts[index].code);
  }
  return slots;
}

}  // namespace pathway::demo
