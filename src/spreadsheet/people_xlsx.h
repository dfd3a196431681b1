#pragma once
// XLSX for people, beside people_csv: every text cell is written as a string cell, never
// as a formula, so a spreadsheet program shows it exactly as it is stored: no apostrophe
// is needed and nothing is lost.
#include <filesystem>
#include <span>
#include <string_view>

#include "spreadsheet/people_table.h"

namespace pathway::spreadsheet {

// Writes the table to `path` as one worksheet named `sheet_name` (at most 31 characters,
// none of []:*?/\), headings in bold. Throws std::runtime_error if the workbook cannot be
// written (a text longer than the 32,767 characters a cell holds, say), leaving no file.
void write_people_xlsx(const PeopleTable& table, const std::filesystem::path& path, std::string_view sheet_name);

// One worksheet of a workbook: its name (as above, and unique in the workbook) and table.
struct PeopleSheet {
  std::string_view name;
  const PeopleTable& table;
};

// Writes each table to `path` as its own worksheet, in order, as write_people_xlsx does one.
void write_people_workbook(std::span<const PeopleSheet> sheets, const std::filesystem::path& path);

}  // namespace pathway::spreadsheet
