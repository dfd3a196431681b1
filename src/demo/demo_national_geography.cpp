// The national demo's geography: the demo county (Kent, 12 districts) and 149 more youth
// justice services with invented English place names, each an area of two or three
// districts with one team covering them. Fixed, not drawn from the seed: the same places
// whatever children are generated.
#include <deque>

#include "demo/demo_parts.h"
#include "reference/geography.h"

namespace pathway::demo {

namespace {

constexpr std::string_view place_starts[] = {"Ash", "Bram", "Calder", "Dun", "Elm", "Fern", "Glen", "Hart",
                                             "Ivel", "Kings", "Lang", "Marsh", "Nether", "Oak", "Pen"};
constexpr std::string_view place_ends[] = {"bury", "ford", "ley", "ton", "field", "wick", "ham", "stead",
                                           "worth", "mouth"};
constexpr std::string_view district_parts[] = {"North", "South", "Vale"};

// Owns the names the national districts' string_views point into.
std::deque<std::string>& names() {
  static std::deque<std::string> all;
  return all;
}

std::string_view keep(std::string text) { return names().emplace_back(std::move(text)); }

std::string upper(std::string_view text) {
  std::string out;
  for (char c : text) out += c == ' ' ? '_' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

// A population aged 10 to 17 of 6,000 to 24,000, growing a little each year, fixed by the
// district's place in the list.
std::array<std::int64_t, population_years> population(std::uint64_t index) {
  std::uint64_t state = index;
  std::int64_t base = 6000 + static_cast<std::int64_t>(splitmix64(state) % 18000);
  std::array<std::int64_t, population_years> figures{};
  for (int year = 0; year < population_years; ++year) figures[year] = base + base * year / 100;
  return figures;
}

}  // namespace

const std::vector<NationalService>& national_services() {
  static const std::vector<NationalService> all = [] {
    std::vector<NationalService> services;
    std::vector<std::string_view> county;
    for (const auto& district : demo_districts()) county.push_back(district.code);
    services.push_back({"KENT", "Kent", county});
    for (auto start : place_starts) {
      for (auto end : place_ends) {
        if (services.size() == 150) break;
        std::string name = std::string(start) + std::string(end);
        std::string_view kept_name = keep(name);
        std::string_view code = keep(upper(name));
        services.push_back({code, kept_name, {}});
      }
    }
    return services;
  }();
  return all;
}

const std::vector<DemoDistrict>& national_districts() {
  static const std::vector<DemoDistrict> all = [] {
    std::vector<DemoDistrict> districts(demo_districts().begin(), demo_districts().end());
    const auto& services = national_services();
    for (std::size_t s = 1; s < services.size(); ++s) {
      // Two or three districts a service, by its place in the list.
      std::size_t count = 2 + s % 2;
      for (std::size_t d = 0; d < count; ++d) {
        std::string name = std::string(services[s].name) + " " + std::string(district_parts[d]);
        districts.push_back({keep(upper(name)), keep(name), services[s].code, services[s].name,
                             population(districts.size())});
      }
    }
    return districts;
  }();
  return all;
}

void add_national_geography(store::Connection& connection) {
  for (const auto& district : national_districts()) {
    reference::add_district(connection, {std::string(district.code), std::string(district.name),
                                         std::string(district.area_code), std::string(district.area_name)});
    for (int i = 0; i < population_years; ++i) {
      reference::add_population(connection, {std::string(district.code), first_population_year + i,
                                             district.population_10_17[i]});
    }
  }
  add_demo_teams(connection);
  // One team for each other service, covering its districts.
  for (const auto& service : national_services()) {
    if (service.code == "KENT") continue;
    std::string code(service.code);
    connection.execute("INSERT INTO teams (code, name) VALUES (?, ?)",
                       {code, std::string(service.name) + " Youth Justice Service"});
    for (const auto& district : national_districts()) {
      if (district.area_code != service.code) continue;
      connection.execute("INSERT INTO team_districts (team_code, district_code) VALUES (?, ?)",
                         {code, std::string(district.code)});
    }
  }
}

}  // namespace pathway::demo
