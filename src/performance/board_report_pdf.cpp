#include "performance/board_report_pdf.h"

#include <algorithm>
#include <cstdio>

#include "documents/document_writer.h"
#include "performance/board_report_charts.h"
#include "performance/board_report_tables.h"

namespace pathway::performance {

namespace {

using documents::Align;
using documents::DocumentWriter;

constexpr double chart_gap = 15.0, chart_height = 150.0;

// The table's columns: the measure, the three quarters, the target and whether it is met.
// (The unit is in the measure's label and in the definitions; the note goes under the table.)
struct Column {
  std::size_t source;  // column of the BoardReportTable
  documents::TableColumn layout;
};
constexpr Column columns[] = {{0, {165, Align::left}}, {2, {62, Align::right}}, {3, {62, Align::right}},
                              {4, {62, Align::right}}, {5, {52, Align::right}}, {6, {92, Align::right}}};
constexpr double cell_padding = 5.0, cell_size = 9.0;

std::string cell_text(const spreadsheet::PeopleCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return text->empty() ? "no figure" : *text;
  if (const auto* whole = std::get_if<std::int64_t>(&cell)) return std::to_string(*whole);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::get<double>(cell));
  return buffer;
}

void draw_row(DocumentWriter& document, const std::vector<spreadsheet::PeopleCell>& cells, bool heading) {
  std::vector<documents::TableColumn> layout;
  std::vector<std::string> texts;
  for (const auto& column : columns) {
    std::string text = cell_text(cells[column.source]);
    // The unit goes with the measure's name, unless it is "%", which the name says.
    if (!heading && column.source == 0) {
      std::string unit = cell_text(cells[1]);
      if (unit != "%" && unit != "no figure") text += " (" + unit + ")";
    }
    if (!heading && column.source == 5 && text == "no figure") text = "none";
    layout.push_back(column.layout);
    texts.push_back(std::move(text));
  }
  document.table_row(layout, texts, cell_size, heading, cell_padding);
}

void draw_table(DocumentWriter& document, const spreadsheet::PeopleTable& table) {
  document.begin("Table");
  std::vector<spreadsheet::PeopleCell> headings(table.headings.begin(), table.headings.end());
  draw_row(document, headings, true);
  for (const auto& row : table.rows) draw_row(document, row, false);
  document.end("Table");
  document.skip(10);
}

// Two charts a row, one per headline measure, each under its caption (the chart's title is
// its accessible name in SVG, which a PDF does not show); the table above holds the numbers.
void draw_charts(DocumentWriter& document, const BoardReport& report, const BoardReportSection& section) {
  double chart_width = (document.text_width() - chart_gap) / 2;
  for (std::size_t i = 0; i < section.figures.size(); i += 2) {
    std::vector<documents::SvgFigure> row;
    for (std::size_t j = i; j < std::min(i + 2, section.figures.size()); ++j) {
      const auto& measure = *section.figures[j].measure;
      std::string caption = std::string(measure.label) + (measure.unit == "%" ? "" : " (" + std::string(measure.unit) + ")");
      row.push_back({caption, bar_chart_svg(board_report_chart(report, section, section.figures[j]))});
    }
    document.figure_row(row, chart_width, chart_height, chart_gap, 8.5);
  }
}

std::string destination(std::size_t section) { return "section-" + std::to_string(section + 1); }

void draw_contents(DocumentWriter& document, const std::vector<BoardReportTable>& tables) {
  document.text_block("H2", "Contents", {14.0, true}, 6);
  document.begin("L");
  for (std::size_t i = 0; i < tables.size(); ++i) document.linked_list_item(tables[i].title, {10.0}, 2, destination(i));
  document.end("L");
}

void draw_definitions(DocumentWriter& document, const BoardReportTable& definitions) {
  document.new_page();
  document.text_block("H2", definitions.title, {16.0, true}, 8);
  for (const auto& row : definitions.table.rows) {
    std::string heading = std::get<std::string>(row[0]);
    std::string unit = std::get<std::string>(row[1]);
    std::string better = std::get<std::string>(row[2]);
    document.text_block("H3", heading, {10.5, true}, 2);
    std::string words = std::get<std::string>(row[3]);
    if (!unit.empty()) words += " Unit: " + unit + ". " + better + ".";
    document.text_block("P", words, {9.5}, 8);
  }
}

}  // namespace

std::string board_report_pdf(const BoardReport& report, const ReportProgress& progress) {
  std::string title = "Quarterly performance report: " + report.request.quarter.label();
  DocumentWriter document(title, title);
  auto tables = board_report_tables(report);

  document.begin("Document");
  document.text_block("H1", title, {20.0, true}, 10);
  for (const auto& line : board_report_preamble(report)) document.text_block("P", line, {11.0}, 4);
  document.skip(8);
  document.text_block("P",
                      "Figures are counted from the records by the measures of docs/kpi.md and rounded to one decimal "
                      "place; the definitions are at the end. The report holds no child's name or record.",
                      {9.5}, 12);
  draw_contents(document, tables);

  for (std::size_t i = 0; i < report.sections.size(); ++i) {
    const auto& section = report.sections[i];
    document.new_page();
    document.bookmarked_heading("H2", tables[i].title, {16.0, true}, 8, destination(i));
    draw_table(document, tables[i].table);
    for (const auto& figure : section.figures) {
      if (figure.still_counting) {
        document.text_block("P",
                            std::string(figure.measure->label) +
                                ": the cohort's follow-up is not over, so this quarter's figure will rise.",
                            {9.0}, 6);
      }
    }
    draw_charts(document, report, section);
    if (progress) progress(i + 1, report.sections.size());
  }
  draw_definitions(document, board_report_definitions(report));
  document.end("Document");
  return document.finish();
}

}  // namespace pathway::performance
