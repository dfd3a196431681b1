#include "measures/measure_output.h"

#include <charconv>
#include <cstdio>
#include <variant>

namespace pathway::measures {

namespace {

// A figure of the set: a count, a ratio (nullopt when unknown) or a yes/no.
using Figure = std::variant<std::int64_t, Ratio, bool>;

struct Line {
  const char* measure;
  const char* figure;
  Figure value;
};

// Every figure of kpi.md's JSON, in its order: the one list all three forms write.
std::vector<Line> kpi_md_lines(const MeasureSet& s) {
  return {
      {"first_time_entrants", "count", s.first_time_entrants.count},
      {"first_time_entrants", "rate_per_100k", s.first_time_entrants.rate_per_100k},
      {"custody", "count", s.custody.count},
      {"custody", "rate_per_1000", s.custody.rate_per_1000},
      {"custody", "court_disposals", s.custody.court_disposals},
      {"custody", "percent_of_court_disposals", s.custody.percent_of_court_disposals},
      {"remands", "episodes", s.remands.episodes},
      {"remands", "youth_detention", s.remands.youth_detention},
      {"remands", "percent_youth_detention", s.remands.percent_youth_detention},
      {"reoffending", "cohort", s.reoffending.cohort},
      {"reoffending", "reoffenders", s.reoffending.reoffenders},
      {"reoffending", "reoffences", s.reoffending.reoffences},
      {"reoffending", "binary_rate", s.reoffending.binary_rate},
      {"reoffending", "frequency_per_reoffender", s.reoffending.frequency_per_reoffender},
      {"reoffending", "frequency_per_offender", s.reoffending.frequency_per_offender},
      {"reoffending", "follow_up_complete", s.reoffending.follow_up_complete},
      {"accommodation", "ending", s.accommodation.ending},
      {"accommodation", "suitable", s.accommodation.suitable},
      {"accommodation", "percent_suitable", s.accommodation.percent_suitable},
      {"accommodation", "aged_16_17_ending", s.accommodation.aged_16_17_ending},
      {"accommodation", "aged_16_17_suitable", s.accommodation.aged_16_17_suitable},
      {"ete", "ending", s.ete.ending},
      {"ete", "suitable", s.ete.suitable},
      {"ete", "percent_suitable", s.ete.percent_suitable},
      {"ete", "school_age_ending", s.ete.school_age_ending},
      {"ete", "school_age_suitable", s.ete.school_age_suitable},
      {"ete", "above_school_age_ending", s.ete.above_school_age_ending},
      {"ete", "above_school_age_suitable", s.ete.above_school_age_suitable},
      {"out_of_court", "ending", s.out_of_court.ending},
      {"out_of_court", "completed", s.out_of_court.completed},
      {"out_of_court", "percent_completed", s.out_of_court.percent_completed},
      {"serious_violence", "children", s.serious_violence.children},
      {"serious_violence", "rate_per_10k", s.serious_violence.rate_per_10k},
  };
}

void add_need_lines(std::vector<Line>& lines, const char* measure, const NeedFigures& need) {
  lines.insert(lines.end(), {{measure, "ending", need.ending},
                             {measure, "identified", need.identified},
                             {measure, "percent_identified", need.percent_identified},
                             {measure, "planned", need.planned},
                             {measure, "percent_planned", need.percent_planned},
                             {measure, "attended", need.attended},
                             {measure, "percent_attended", need.percent_attended}});
}

// The practice indicators, in docs/kpi.md's order (pathway-practice-2026-1).
std::vector<Line> practice_lines(const MeasureSet& s) {
  std::vector<Line> lines = {
      {"send", "ending", s.send.ending},
      {"send", "identified", s.send.identified},
      {"send", "with_plan", s.send.with_plan},
      {"send", "percent_with_plan", s.send.percent_with_plan},
      {"send", "suitable_ete", s.send.suitable_ete},
      {"send", "percent_suitable_ete", s.send.percent_suitable_ete},
  };
  add_need_lines(lines, "mental_health", s.mental_health);
  add_need_lines(lines, "substance_misuse", s.substance_misuse);
  lines.insert(lines.end(), {{"wider_services", "ending", s.wider_services.ending},
                             {"wider_services", "supported", s.wider_services.supported},
                             {"wider_services", "percent_supported", s.wider_services.percent_supported},
                             {"wider_services", "early_help", s.wider_services.early_help},
                             {"wider_services", "child_in_need", s.wider_services.child_in_need},
                             {"wider_services", "child_protection", s.wider_services.child_protection},
                             {"wider_services", "looked_after", s.wider_services.looked_after}});
  return lines;
}

std::vector<Line> lines_of(const MeasureSet& set, Definitions which) {
  return which == Definitions::kpi_md ? kpi_md_lines(set) : practice_lines(set);
}

std::string name_of(Definitions which) {
  return std::string(which == Definitions::kpi_md ? definition_set : practice_definition_set);
}

// Shortest text that reads back as the same double, always with a decimal point or an
// exponent so that it reads as a number with a fraction (0.0, not 0).
std::string exact(double value) {
  char buffer[32];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  std::string text(buffer, end);
  if (text.find_first_of(".en") == std::string::npos) text += ".0";
  return text;
}

std::string rounded(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

std::string json_value(const Figure& value) {
  if (const auto* count = std::get_if<std::int64_t>(&value)) return std::to_string(*count);
  if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
  const auto& ratio = std::get<Ratio>(value);
  return ratio ? exact(*ratio) : "null";
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }  // codes need no escaping

std::string scope_json(const MeasureSet& set) {
  std::string list;
  for (const auto& code : set.districts) list += (list.empty() ? "" : ", ") + quoted(code);
  return "{\"districts\": [" + list + "]}";
}

}  // namespace

std::optional<Definitions> definitions_named(std::string_view name) {
  if (name == definition_set) return Definitions::kpi_md;
  if (name == practice_definition_set) return Definitions::practice;
  return std::nullopt;
}

std::string measures_json(const MeasureSet& set, Definitions which) {
  std::string out = "{\n  \"definitions\": " + quoted(name_of(which)) + ",\n";
  out += "  \"period\": {\"from\": " + quoted(to_iso(date_of(set.period.from))) +
         ", \"to\": " + quoted(to_iso(date_of(set.period.to))) + "},\n";
  out += "  \"scope\": " + scope_json(set) + ",\n";
  out += "  \"population\": " + (set.population ? std::to_string(*set.population) : std::string("null"));
  std::string open_measure;
  for (const Line& line : lines_of(set, which)) {
    if (line.measure != open_measure) {
      out += open_measure.empty() ? ",\n" : "},\n";
      out += "  " + quoted(line.measure) + ": {";
      open_measure = line.measure;
    } else {
      out += ", ";
    }
    out += quoted(line.figure) + ": " + json_value(line.value);
  }
  return out + "}\n}\n";
}

std::string measures_csv(const MeasureSet& set, Definitions which) {
  std::string out = "measure,figure,value\n";
  out += "period,from," + to_iso(date_of(set.period.from)) + "\n";
  out += "period,to," + to_iso(date_of(set.period.to)) + "\n";
  std::string districts;
  for (const auto& code : set.districts) districts += (districts.empty() ? "" : " ") + code;
  out += "scope,districts," + districts + "\n";
  out += "population,population_10_17," + (set.population ? std::to_string(*set.population) : "") + "\n";
  for (const Line& line : lines_of(set, which)) {
    std::string value = json_value(line.value);
    out += std::string(line.measure) + "," + line.figure + "," + (value == "null" ? "" : value) + "\n";
  }
  return out;
}

std::string measures_table(const MeasureSet& set, Definitions which) {
  std::string out = "Measures " + name_of(which) + ", " + to_display(date_of(set.period.from)) +
                    " to " + to_display(date_of(set.period.to)) + "\n";
  out += "Districts (" + std::to_string(set.districts.size()) + "):";
  for (const auto& code : set.districts) out += " " + code;
  out += "\nPopulation aged 10 to 17: " + (set.population ? std::to_string(*set.population) : "unknown") + "\n";
  std::string open_measure;
  for (const Line& line : lines_of(set, which)) {
    if (line.measure != open_measure) {
      out += "\n" + std::string(line.measure) + "\n";
      open_measure = line.measure;
    }
    std::string value;
    if (const auto* count = std::get_if<std::int64_t>(&line.value)) value = std::to_string(*count);
    if (const auto* flag = std::get_if<bool>(&line.value)) value = *flag ? "yes" : "no (live, partial count)";
    if (const auto* ratio = std::get_if<Ratio>(&line.value)) value = *ratio ? rounded(**ratio) : "none (no denominator)";
    std::string label = "  " + std::string(line.figure);
    out += label + std::string(label.size() < 32 ? 32 - label.size() : 1, ' ') + value + "\n";
  }
  return out;
}

}  // namespace pathway::measures
