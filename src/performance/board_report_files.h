#pragma once
// The board report's files, each ready to download: the PDF, the workbook (a worksheet per
// table and one of definitions, figures as numbers) and a CSV file per table.
#include <string>
#include <vector>

#include "performance/board_report_model.h"
#include "performance/board_report_pdf.h"

namespace pathway::performance {

struct ReportFile {
  std::string name;        // "board-report.pdf", "district-dover.csv": unique in the report
  std::string media_type;  // "application/pdf"...
  std::string title;       // what the link says: "PDF: the whole report", "CSV: Dover (district)"
  std::string content;
};

inline constexpr std::string_view pdf_media_type = "application/pdf";
inline constexpr std::string_view xlsx_media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr std::string_view csv_media_type = "text/csv; charset=utf-8";

// The workbook's bytes. Throws std::runtime_error if it cannot be written.
std::string board_report_xlsx(const BoardReport& report);

// Every file of the report: the PDF, the workbook, then a CSV per table and the definitions.
// `progress` hears of each section drawn in the PDF (the slow part).
std::vector<ReportFile> board_report_files(const BoardReport& report, const ReportProgress& progress = {});

}  // namespace pathway::performance
