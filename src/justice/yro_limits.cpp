#include "justice/yro_limits.h"

#include <algorithm>
#include <stdexcept>

#include "justice/record_rules.h"
#include "justice/rule_versions.h"

namespace pathway::justice {

namespace {

constexpr Date date_of(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// The limits both versions share; only the curfew changed on 28 June 2022.
YroLimits limits_from(Date starts_on, int curfew_max_hours_a_day, std::optional<int> curfew_max_hours_in_7_days) {
  YroLimits limits;
  limits.starts_on = starts_on;
  limits.order_max_months = 36;
  limits.iss_order_min_months = 6;
  limits.activity_max_days = 90;
  limits.extended_activity_max_days = 180;
  limits.unpaid_work_min_age = 16;
  limits.unpaid_work_min_hours = 40;
  limits.unpaid_work_max_hours = 240;
  limits.attendance_centre = {{10, 1, 12}, {14, 12, 24}, {16, 12, 36}};
  limits.curfew_min_hours_a_day = 2;
  limits.curfew_max_hours_a_day = curfew_max_hours_a_day;
  limits.curfew_max_hours_in_7_days = curfew_max_hours_in_7_days;
  limits.curfew_within_months = 12;
  limits.exclusion_max_months = 3;
  limits.residence_min_age = 16;
  limits.local_authority_residence_max_months = 6;
  limits.local_authority_residence_below_age = 18;
  limits.drug_testing_min_age = 14;
  limits.monitoring_accompanies = {RequirementKind::curfew, RequirementKind::exclusion};
  return limits;
}

}  // namespace

const std::vector<RequirementKindInfo>& requirement_kinds() {
  using K = RequirementKind;
  using U = AmountUnit;
  static const std::vector<RequirementKindInfo> kinds = {
      {K::activity, "activity", "Activity", U::days},
      {K::supervision, "supervision", "Supervision", U::none},
      {K::unpaid_work, "unpaid_work", "Unpaid work", U::hours},
      {K::programme, "programme", "Programme", U::none},
      {K::attendance_centre, "attendance_centre", "Attendance centre", U::hours},
      {K::prohibited_activity, "prohibited_activity", "Prohibited activity", U::none},
      {K::curfew, "curfew", "Curfew", U::none},
      {K::exclusion, "exclusion", "Exclusion", U::none},
      {K::residence, "residence", "Residence", U::none},
      {K::local_authority_residence, "local_authority_residence", "Local authority residence", U::none},
      {K::fostering, "fostering", "Fostering", U::none},
      {K::mental_health_treatment, "mental_health_treatment", "Mental health treatment", U::none},
      {K::drug_treatment, "drug_treatment", "Drug treatment", U::none},
      {K::drug_testing, "drug_testing", "Drug testing", U::none},
      {K::intoxicating_substance_treatment, "intoxicating_substance_treatment", "Intoxicating substance treatment",
       U::none},
      {K::education, "education", "Education", U::none},
      {K::electronic_monitoring, "electronic_monitoring", "Electronic monitoring", U::none},
  };
  return kinds;
}

const RequirementKindInfo& requirement_kind_info(RequirementKind kind) {
  for (const auto& info : requirement_kinds()) {
    if (info.kind == kind) return info;
  }
  throw std::logic_error("a requirement kind missing from requirement_kinds()");
}

std::optional<RequirementKind> requirement_kind_from_code(std::string_view code) {
  for (const auto& info : requirement_kinds()) {
    if (info.code == code) return info.kind;
  }
  return std::nullopt;
}

const std::vector<YroLimits>& yro_limit_versions() {
  // The first version is the Sentencing Act 2020 Sch. 6 as enacted (the curfew limits of
  // LASPO 2012 s. 81); convictions before LASPO's 3 December 2012 (12 hours a day, within
  // 6 months) are judged by it too (check). From 28 June 2022 (PCSC Act 2022 Sch. 17
  // para 19): up to 20 hours a day and 112 hours in each 7 days. The 112-hour cap is not
  // itself tied to the conviction date in the Act; domain.md keys it so (check).
  static const std::vector<YroLimits> versions = {
      limits_from(since_records_began, 16, std::nullopt),
      limits_from(pcsc_act_2022, 20, 112),
  };
  return versions;
}

const YroLimits& yro_limits_on(Date conviction_date) { return rule_in_force(yro_limit_versions(), conviction_date); }

IssPilot iss_pilot(std::vector<std::string> district_codes) {
  IssPilot pilot;
  pilot.starts_on = date_of(2023, 7, 3);
  // Extended to 3 January 2026 (domain.md); its later status is to be confirmed (check).
  pilot.ends_before = date_of(2026, 1, 3);
  pilot.extended_activity_max_days = 365;
  pilot.district_codes = std::move(district_codes);
  return pilot;
}

bool in_iss_pilot(const IssPilot& pilot, Date conviction_date, std::string_view home_district_code) {
  if (conviction_date < pilot.starts_on) return false;
  if (pilot.ends_before && !(conviction_date < *pilot.ends_before)) return false;
  const auto& codes = pilot.district_codes;
  return std::find(codes.begin(), codes.end(), home_district_code) != codes.end();
}

}  // namespace pathway::justice
