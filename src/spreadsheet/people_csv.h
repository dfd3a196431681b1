#pragma once
// CSV for people: the one writer every report and audit export meant to be opened in a
// spreadsheet program uses (the exchange format, for other systems, is written exactly and
// is not this). UTF-8 with a byte-order mark, so that spreadsheet programs read accented
// names correctly; RFC 4180 quoting; text cells neutralised (formula_guard.h).
#include <string>

#include "spreadsheet/people_table.h"

namespace pathway::spreadsheet {

// The whole file: the headings row, then one record a row. Text cells (headings included)
// pass through neutralise_formula; numbers are written as numbers ("-3", "0.25").
std::string people_csv(const PeopleTable& table);

}  // namespace pathway::spreadsheet
