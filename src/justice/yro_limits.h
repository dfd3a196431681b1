#pragma once
// The requirements a youth rehabilitation order (YRO) may impose (Sentencing Act 2020
// s. 174 and Sch. 6) and their limits, kept as versions keyed by the CONVICTION date
// (domain.md), so that an order made under the old limits stays valid; and the area
// pilot of longer extended activity for orders with intensive supervision and
// surveillance (ISS). Data only: yro_requirements.h applies it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace pathway::justice {

enum class RequirementKind {
  activity,  // more than 90 days is an extended activity requirement (ISS only)
  supervision,
  unpaid_work,
  programme,
  attendance_centre,
  prohibited_activity,
  curfew,
  exclusion,
  residence,
  local_authority_residence,
  fostering,
  mental_health_treatment,
  drug_treatment,
  drug_testing,
  intoxicating_substance_treatment,
  education,
  electronic_monitoring,
};

// What a requirement's amount counts; none for a requirement the order states without one.
enum class AmountUnit { none, days, hours };

struct RequirementKindInfo {
  RequirementKind kind;
  std::string_view code;   // e.g. "unpaid_work": for forms, files and URLs
  std::string_view label;  // e.g. "Unpaid work", as a person reads it
  AmountUnit unit;         // the unit its amount is given in
};

// Every kind, in the order of Sch. 6.
const std::vector<RequirementKindInfo>& requirement_kinds();
const RequirementKindInfo& requirement_kind_info(RequirementKind kind);
// nullopt for a code that is not a kind's.
std::optional<RequirementKind> requirement_kind_from_code(std::string_view code);

// Attendance centre hours for children of `from_age` and over at conviction (up to the
// next band's age).
struct AttendanceCentreBand {
  int from_age = 0;
  int min_hours = 0;
  int max_hours = 0;
};

// One version of the limits, for convictions from `starts_on`.
struct YroLimits {
  Date starts_on;
  int order_max_months = 0;            // the end date at most this long after it takes effect (s. 187)
  int iss_order_min_months = 0;        // with ISS, at least this long (s. 187)
  int activity_max_days = 0;           // Sch. 6 para 1(3)
  int extended_activity_max_days = 0;  // Sch. 6 para 2, outside the ISS pilot
  int unpaid_work_min_age = 0;         // at conviction (s. 185(2))
  int unpaid_work_min_hours = 0;       // Sch. 6 para 10
  int unpaid_work_max_hours = 0;
  std::vector<AttendanceCentreBand> attendance_centre;  // Sch. 6 para 12, by from_age ascending
  int curfew_min_hours_a_day = 0;                       // Sch. 6 para 18(4)
  int curfew_max_hours_a_day = 0;
  std::optional<int> curfew_max_hours_in_7_days;  // in each 7 days from the day it takes effect
  int curfew_within_months = 0;                   // Sch. 6 para 18(5)
  int exclusion_max_months = 0;                   // Sch. 6 para 20
  int residence_min_age = 0;                      // at conviction
  int local_authority_residence_max_months = 0;
  int local_authority_residence_below_age = 0;  // ends before this birthday
  int drug_testing_min_age = 0;                 // at conviction
  // Electronic monitoring is never alone; it must accompany one of these (check: s. 185(4)
  // asks only for "at least one other requirement", domain.md for a curfew or exclusion).
  std::vector<RequirementKind> monitoring_accompanies;
};

// The versions, oldest first (see rule_versions.h), and the one for a conviction date.
const std::vector<YroLimits>& yro_limit_versions();
const YroLimits& yro_limits_on(Date conviction_date);

// The pilot of extended activity of up to 365 days in a YRO with ISS (Sch. 6 para 2(2A),
// brought into force in the areas SI 2023/705 lists from 3 July 2023). The areas are
// configuration: the codes of the service's districts (reference/geography.h, e.g.
// "THANET") that lie in a pilot area, none by default; the service's administrator sets
// them (reference/iss_pilot_districts.h), and a child's home district decides.
struct IssPilot {
  Date starts_on;                   // convictions from this day
  std::optional<Date> ends_before;  // convictions before this day; empty: still running
  int extended_activity_max_days = 0;
  std::vector<std::string> district_codes;
};

// The pilot's dates and limit, with `district_codes` as its areas.
IssPilot iss_pilot(std::vector<std::string> district_codes = {});

// Whether the pilot applies to a conviction on `conviction_date` of a child living in
// `home_district_code`.
bool in_iss_pilot(const IssPilot& pilot, Date conviction_date, std::string_view home_district_code);

}  // namespace pathway::justice
