#include "spreadsheet/people_xlsx.h"

#include <xlsxwriter.h>

#include <stdexcept>
#include <string>

namespace pathway::spreadsheet {

namespace {

void check(lxw_error error, const std::filesystem::path& path) {
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error("could not write " + path.string() + ": " + lxw_strerror(error));
  }
}

// worksheet_write_string stores text as a string cell whatever it begins with; only
// worksheet_write_formula would make a formula, and nothing here calls it.
void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const PeopleCell& cell, lxw_format* format,
                const std::filesystem::path& path) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    check(worksheet_write_string(sheet, row, column, text->c_str(), format), path);
  } else if (const auto* whole = std::get_if<std::int64_t>(&cell)) {
    check(worksheet_write_number(sheet, row, column, static_cast<double>(*whole), format), path);
  } else {
    check(worksheet_write_number(sheet, row, column, std::get<double>(cell), format), path);
  }
}

// The worksheet's cells: headings in bold, then the rows.
void write_cells(lxw_workbook* workbook, lxw_worksheet* sheet, const PeopleTable& table,
                 const std::filesystem::path& path) {
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (std::size_t column = 0; column < table.headings.size(); ++column) {
    write_cell(sheet, 0, static_cast<lxw_col_t>(column), table.headings[column], bold, path);
  }
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    for (std::size_t column = 0; column < table.rows[row].size(); ++column) {
      write_cell(sheet, static_cast<lxw_row_t>(row + 1), static_cast<lxw_col_t>(column), table.rows[row][column],
                 nullptr, path);
    }
  }
}

}  // namespace

void write_people_xlsx(const PeopleTable& table, const std::filesystem::path& path, std::string_view sheet_name) {
  const PeopleSheet sheet{sheet_name, table};
  write_people_workbook(std::span(&sheet, 1), path);
}

void write_people_workbook(std::span<const PeopleSheet> sheets, const std::filesystem::path& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) throw std::runtime_error("could not create " + path.string());
  // A workbook missing some of its cells must not pass for a whole one: on any failure the
  // file goes.
  auto remove_file = [&path] {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  };
  try {
    for (const auto& sheet : sheets) {
      lxw_worksheet* worksheet = workbook_add_worksheet(workbook, std::string(sheet.name).c_str());
      if (!worksheet) throw std::runtime_error("not a worksheet name: " + std::string(sheet.name));
      write_cells(workbook, worksheet, sheet.table, path);
    }
  } catch (...) {
    workbook_close(workbook);
    remove_file();
    throw;
  }
  lxw_error closed = workbook_close(workbook);
  if (closed != LXW_NO_ERROR) remove_file();
  check(closed, path);
}

}  // namespace pathway::spreadsheet
