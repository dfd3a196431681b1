#pragma once
// The board report's tables, the same numbers in every form: a table for each place reported
// on (a PDF page, an XLSX worksheet, a CSV file), and the definitions.
#include <string>
#include <vector>

#include "performance/board_report_model.h"
#include "spreadsheet/people_table.h"

namespace pathway::performance {

struct BoardReportTable {
  std::string file_name;   // "district-dover.csv": letters, digits and hyphens, unique in the report
  std::string sheet_name;  // "District DOVER": at most 31 characters, as XLSX allows
  std::string title;       // "Dover (district)"
  spreadsheet::PeopleTable table;  // figures as numbers; an unknown figure is an empty cell
};

// One table per section, in the report's order: measure, unit, the three quarters (headed by
// their names), target, whether it is met, and a note when the figure will still change.
std::vector<BoardReportTable> board_report_tables(const BoardReport& report);

// What each headline measure means: its label, unit, which way is better, and plain words.
BoardReportTable board_report_definitions(const BoardReport& report);

// The report's heading lines: the quarter and the places, the quarters compared, when the data was read.
std::vector<std::string> board_report_preamble(const BoardReport& report);

}  // namespace pathway::performance
