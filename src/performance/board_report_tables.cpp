#include "performance/board_report_tables.h"

#include <cctype>

#include "performance/board_report_definitions.h"

namespace pathway::performance {

namespace {

using spreadsheet::PeopleCell;

PeopleCell figure_cell(measures::Ratio value) {
  if (!value) return std::string();
  return *value;
}

std::string file_stem(const BoardReportSection& section) {
  if (section.kind == measures::ScopeKind::service) return "service";
  std::string stem = section.kind == measures::ScopeKind::area ? "area-" : "district-";
  for (unsigned char c : section.code) stem += std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '-';
  return stem;
}

std::string sheet_name(const BoardReportSection& section) {
  if (section.kind == measures::ScopeKind::service) return "Whole service";
  std::string name = std::string(scope_kind_text(section.kind)) + " ";
  // XLSX refuses []:*?/\ in a sheet name; codes are letters, digits and _ but a safe name costs little.
  for (char c : section.code) name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
  return name.substr(0, 31);
}

std::string section_title(const BoardReportSection& section) {
  if (section.kind == measures::ScopeKind::service) return section.name;
  std::string kind(scope_kind_text(section.kind));
  kind[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(kind[0])));
  return section.name + " (" + kind + ")";
}

// "Whole service, 4 areas and 12 districts", "East Kent and 3 districts", "Dover".
std::string places_text(const BoardReport& report) {
  std::size_t areas = 0, districts = 0;
  for (std::size_t i = 1; i < report.sections.size(); ++i) {
    (report.sections[i].kind == measures::ScopeKind::area ? areas : districts) += 1;
  }
  auto counted = [](std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
  };
  std::string text = report.sections.front().name;
  if (areas > 0) text += ", " + counted(areas, "area", "areas");
  if (districts > 0) text += " and " + counted(districts, "district", "districts");
  return text;
}

std::string_view better_text(measures::Better better) {
  return better == measures::Better::lower ? "Lower is better" : "Higher is better";
}

}  // namespace

std::vector<BoardReportTable> board_report_tables(const BoardReport& report) {
  Quarter quarter = report.request.quarter;
  std::vector<std::string> headings = {"Measure",
                                       "Unit",
                                       quarter.label(),
                                       quarter.previous().label(),
                                       quarter.year_before().label(),
                                       "Target",
                                       "Target met",
                                       "Note"};
  std::vector<BoardReportTable> tables;
  for (const auto& section : report.sections) {
    BoardReportTable table{file_stem(section) + ".csv", sheet_name(section), section_title(section), {headings, {}}};
    for (const auto& figure : section.figures) {
      table.table.rows.push_back({std::string(figure.measure->label), std::string(figure.measure->unit),
                                  figure_cell(figure.this_quarter), figure_cell(figure.previous_quarter),
                                  figure_cell(figure.year_before), figure_cell(figure.target),
                                  std::string(target_status_text(figure.status)),
                                  figure.still_counting ? std::string("Follow-up not over: the figure will rise")
                                                        : std::string()});
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

BoardReportTable board_report_definitions(const BoardReport& report) {
  BoardReportTable table{"definitions.csv", "Definitions", "What the measures mean",
                         {{"Measure", "Unit", "Better", "In plain words"}, {}}};
  for (const auto& measure : measures::headline_measures()) {
    table.table.rows.push_back({std::string(measure.label), std::string(measure.unit),
                                std::string(better_text(measure.better)),
                                std::string(measure_in_plain_words(measure.measure))});
  }
  table.table.rows.push_back({std::string("All figures"), std::string(), std::string(),
                              std::string("Rounded to one decimal place; a target is met when the rounded figure is "
                                          "at or better than it. An empty cell is a figure with nothing to divide "
                                          "by, or a population not known. The full definitions are in docs/kpi.md "
                                          "(definition set pathway-2025-1).")});
  return table;
}

std::vector<std::string> board_report_preamble(const BoardReport& report) {
  Quarter quarter = report.request.quarter;
  auto dates = [](Quarter q) {
    auto period = q.period();
    return to_display(measures::date_of(period.from)) + " to " + to_display(measures::date_of(period.to));
  };
  return {"Quarter: " + quarter.label() + " (" + dates(quarter) + ")",
          "Compared with " + quarter.previous().label() + " and " +
              quarter.year_before().label(),
          "Places: " + places_text(report),
          "Data as at " + report.data_as_of};
}

}  // namespace pathway::performance
