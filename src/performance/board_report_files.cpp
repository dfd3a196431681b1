#include "performance/board_report_files.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "performance/board_report_tables.h"
#include "spreadsheet/people_csv.h"
#include "spreadsheet/people_xlsx.h"

namespace pathway::performance {

namespace {

// A file of its own in the temporary folder, removed when done with: libxlsxwriter writes
// only to a file.
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pathway-report-XXXXXX").string();
    int descriptor = mkstemp(pattern.data());
    if (descriptor < 0) throw std::runtime_error("could not make a temporary file for the workbook");
    close(descriptor);
    path_ = pattern;
  }
  ~TemporaryFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace

std::string board_report_xlsx(const BoardReport& report) {
  auto tables = board_report_tables(report);
  tables.push_back(board_report_definitions(report));
  std::vector<spreadsheet::PeopleSheet> sheets;
  for (const auto& table : tables) sheets.push_back({table.sheet_name, table.table});
  TemporaryFile file;
  spreadsheet::write_people_workbook(sheets, file.path());
  std::ifstream in(file.path(), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<ReportFile> board_report_files(const BoardReport& report, const ReportProgress& progress) {
  std::vector<ReportFile> files;
  files.push_back({"board-report.pdf", std::string(pdf_media_type), "PDF: the whole report, with charts",
                   board_report_pdf(report, progress)});
  files.push_back({"board-report.xlsx", std::string(xlsx_media_type), "XLSX: every table, a worksheet each",
                   board_report_xlsx(report)});
  auto tables = board_report_tables(report);
  tables.push_back(board_report_definitions(report));
  for (const auto& table : tables) {
    files.push_back({table.file_name, std::string(csv_media_type), "CSV: " + table.title,
                     spreadsheet::people_csv(table.table)});
  }
  return files;
}

}  // namespace pathway::performance
