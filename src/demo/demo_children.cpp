// The demo children: a caseload shaped like a county youth justice service's. Mostly boys,
// mostly 14 to 17, mostly White British with the communities of Kent in proportion, about
// one in seven looked after (the background plan: "consistently about 15.0%"), and
// unaccompanied asylum-seeking children, who are looked after, among the older ones.
//
// Dates of birth are counted back from today rather than from a fixed date, so the county
// stays aged 10 to 18 however long after release the demo is built: a fixed reference date
// would age every child out of youth justice within a few years. The price is that a seed
// repeats exactly only on the same day; on another day each date of birth moves with the
// calendar, while names, sexes, districts, ethnicities and looked-after status stay the same
// (every random choice consumes exactly one draw, so a date never shifts the draws after it).
#include <chrono>

#include "demo/demo_parts.h"

namespace pathway::demo {

namespace {

using children::LookedAfter;
using children::Sex;

constexpr Weighted<Sex> sexes[] = {{Sex::male, 800}, {Sex::female, 190}, {Sex::unknown, 10}};

// Age in whole years today: youth justice caseloads peak at 15 to 17.
constexpr Weighted<int> ages[] = {{10, 20},  {11, 40},  {12, 70},  {13, 110}, {14, 150},
                                  {15, 190}, {16, 200}, {17, 190}, {18, 30}};

// DfE ethnicity codes, roughly as in Kent's youth justice population; "" is not recorded.
constexpr Weighted<std::string_view> ethnicities[] = {
    {"WBRI", 640}, {"WIRI", 8},  {"WIRT", 12}, {"WROM", 15}, {"WOTH", 70}, {"MWBC", 40}, {"MWBA", 15},
    {"MWAS", 10},  {"MOTH", 20}, {"AIND", 8},  {"APKN", 5},  {"ABAN", 3},  {"AOTH", 15}, {"BCRB", 10},
    {"BAFR", 35},  {"BOTH", 10}, {"CHNE", 2},  {"OOTH", 20}, {"REFU", 10}, {"NOBT", 12}, {"", 40},
};

constexpr Weighted<LookedAfter> looked_after_usually[] = {
    {LookedAfter::yes, 140}, {LookedAfter::no, 760}, {LookedAfter::unknown, 100}};
// Older children of the communities most unaccompanied asylum-seeking children come from.
constexpr Weighted<LookedAfter> looked_after_often[] = {
    {LookedAfter::yes, 600}, {LookedAfter::no, 300}, {LookedAfter::unknown, 100}};

using H = Heritage;
constexpr Weighted<Heritage> white_british[] = {{H::english, 950}, {H::irish, 50}};
constexpr Weighted<Heritage> white_irish[] = {{H::irish, 1}};
constexpr Weighted<Heritage> irish_traveller[] = {{H::traveller, 1}};
constexpr Weighted<Heritage> gypsy_roma[] = {{H::romany, 550}, {H::roma, 450}};
constexpr Weighted<Heritage> white_other[] = {{H::polish, 300},   {H::lithuanian, 150}, {H::romanian, 200},
                                              {H::albanian, 150}, {H::portuguese, 100}, {H::turkish, 100}};
constexpr Weighted<Heritage> indian[] = {{H::indian, 1}};
constexpr Weighted<Heritage> pakistani[] = {{H::pakistani, 1}};
constexpr Weighted<Heritage> bangladeshi[] = {{H::bangladeshi, 1}};
constexpr Weighted<Heritage> asian_other[] = {{H::nepali, 450}, {H::afghan, 450}, {H::vietnamese, 100}};
constexpr Weighted<Heritage> black_caribbean[] = {{H::caribbean, 1}};
constexpr Weighted<Heritage> black_african[] = {
    {H::nigerian, 350}, {H::ghanaian, 200}, {H::somali, 150}, {H::east_african, 300}};
constexpr Weighted<Heritage> black_other[] = {{H::caribbean, 400}, {H::nigerian, 300}, {H::somali, 300}};
constexpr Weighted<Heritage> chinese[] = {{H::chinese, 1}};
constexpr Weighted<Heritage> other_group[] = {
    {H::kurdish, 350}, {H::arab, 300}, {H::vietnamese, 200}, {H::afghan, 150}};
// Refused, not obtained or not recorded: anyone.
constexpr Weighted<Heritage> anyone[] = {{H::english, 800},  {H::irish, 30},    {H::polish, 40},
                                         {H::romanian, 30},  {H::caribbean, 30}, {H::nigerian, 30},
                                         {H::indian, 20},    {H::pakistani, 10}, {H::kurdish, 10}};
// The two sides of a mixed family.
constexpr Weighted<Heritage> white_parent[] = {{H::english, 900}, {H::irish, 100}};
constexpr Weighted<Heritage> white_parent_any[] = {{H::english, 800}, {H::polish, 100}, {H::portuguese, 100}};
constexpr Weighted<Heritage> african_parent[] = {{H::nigerian, 450}, {H::ghanaian, 300}, {H::somali, 250}};
constexpr Weighted<Heritage> asian_parent[] = {
    {H::indian, 450}, {H::pakistani, 300}, {H::bangladeshi, 100}, {H::chinese, 150}};
constexpr Weighted<Heritage> other_parent[] = {{H::caribbean, 250}, {H::arab, 200},   {H::turkish, 200},
                                               {H::nigerian, 150},  {H::chinese, 100}, {H::vietnamese, 100}};

// Where a child's names come from: one side, or for a mixed ethnicity two.
struct Origins {
  std::span<const Weighted<Heritage>> side;
  std::span<const Weighted<Heritage>> other_side;  // empty unless mixed
};

Origins origins_for(std::string_view ethnicity) {
  if (ethnicity == "WBRI") return {white_british, {}};
  if (ethnicity == "WIRI") return {white_irish, {}};
  if (ethnicity == "WIRT") return {irish_traveller, {}};
  if (ethnicity == "WROM") return {gypsy_roma, {}};
  if (ethnicity == "WOTH") return {white_other, {}};
  if (ethnicity == "MWBC") return {white_parent, black_caribbean};
  if (ethnicity == "MWBA") return {white_parent, african_parent};
  if (ethnicity == "MWAS") return {white_parent, asian_parent};
  if (ethnicity == "MOTH") return {white_parent_any, other_parent};
  if (ethnicity == "AIND") return {indian, {}};
  if (ethnicity == "APKN") return {pakistani, {}};
  if (ethnicity == "ABAN") return {bangladeshi, {}};
  if (ethnicity == "AOTH") return {asian_other, {}};
  if (ethnicity == "BCRB") return {black_caribbean, {}};
  if (ethnicity == "BAFR") return {black_african, {}};
  if (ethnicity == "BOTH") return {black_other, {}};
  if (ethnicity == "CHNE") return {chinese, {}};
  if (ethnicity == "OOTH") return {other_group, {}};
  return {anyone, {}};
}

bool often_unaccompanied(Heritage heritage) {
  return heritage == H::afghan || heritage == H::kurdish || heritage == H::east_african ||
         heritage == H::vietnamese || heritage == H::albanian || heritage == H::arab;
}

std::string_view given_name(DemoRandom& random, Heritage heritage, bool girl) {
  const NameList* list = &names_of(heritage);
  if (random.chance(list->english_given_per_thousand)) list = &names_of(Heritage::english);
  return girl ? pick_one<std::string_view>(random, list->girls) : pick_one<std::string_view>(random, list->boys);
}

std::string_view family_name(DemoRandom& random, Heritage heritage, bool girl) {
  const FamilyName& name = pick_one<FamilyName>(random, names_of(heritage).families);
  return girl && !name.female.empty() ? name.female : name.male;
}

bool plain(std::string_view name) {
  return name.find_first_of(" -") == std::string_view::npos;
}

// The same day `years` years earlier; 28 February for a 29 February that year lacks.
Date years_before(Date day, int years) {
  Date shifted{day.year() - std::chrono::years{years}, day.month(), day.day()};
  if (!shifted.ok()) {
    shifted = std::chrono::year_month_day_last{shifted.year(), std::chrono::month_day_last{shifted.month()}};
  }
  return shifted;
}

// A date of birth, uniform over the days on which a child born then is `age` today.
Date birth_date(DemoRandom& random, int age, Date today) {
  using std::chrono::days;
  using std::chrono::sys_days;
  sys_days latest{years_before(today, age)};
  sys_days earliest = sys_days{years_before(today, age + 1)} + days{1};
  auto span = static_cast<std::uint32_t>((latest - earliest).count() + 1);
  return Date{earliest + days{random.below(span)}};
}

}  // namespace

std::vector<children::ChildDetails> demo_children(DemoRandom& random,
                                                  const std::vector<std::string>& district_codes,
                                                  Date today) {
  std::vector<children::ChildDetails> result;
  result.reserve(district_codes.size());
  for (const auto& district_code : district_codes) {
    children::ChildDetails child;
    child.district_code = district_code;
    child.sex = pick_weighted<Sex>(random, sexes);
    // A child of unknown sex still has a name that is a boy's or a girl's.
    bool girl = child.sex == Sex::female || (child.sex == Sex::unknown && random.chance(500));
    int age = pick_weighted<int>(random, ages);
    child.date_of_birth = birth_date(random, age, today);
    std::string_view ethnicity = pick_weighted<std::string_view>(random, ethnicities);
    if (!ethnicity.empty()) child.ethnicity = std::string(ethnicity);

    Origins origins = origins_for(ethnicity);
    Heritage side = pick_weighted<Heritage>(random, origins.side);
    if (origins.other_side.empty()) {
      child.given_name = given_name(random, side, girl);
      child.family_name = family_name(random, side, girl);
      // A few English double-barrelled family names.
      if (side == Heritage::english && random.chance(40)) {
        auto second = family_name(random, side, girl);
        if (second != child.family_name) child.family_name += "-" + std::string(second);
      }
    } else {
      // Mixed heritage: the given name from either parent's side, the family name mostly
      // from one of them and sometimes from both (Brennan-Okafor).
      Heritage other = pick_weighted<Heritage>(random, origins.other_side);
      child.given_name = given_name(random, random.chance(500) ? side : other, girl);
      auto first = family_name(random, side, girl);
      auto second = family_name(random, other, girl);
      std::uint32_t shape = random.below(100);
      if (shape < 15 && plain(first) && plain(second)) {
        child.family_name = std::string(first) + "-" + std::string(second);
      } else {
        child.family_name = std::string(shape < 60 ? first : second);
      }
    }

    bool unaccompanied_likely = often_unaccompanied(side) && age >= 14;
    child.looked_after = unaccompanied_likely ? pick_weighted<LookedAfter>(random, looked_after_often)
                                              : pick_weighted<LookedAfter>(random, looked_after_usually);
    result.push_back(std::move(child));
  }
  return result;
}

}  // namespace pathway::demo
