#pragma once
// A table meant for people to open in a spreadsheet program (a report, an audit export),
// as opposed to the exchange format, which is meant for other systems. Written by
// people_csv or write_people_xlsx, which never let a cell run as a formula.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace pathway::spreadsheet {

// Text stays text; numbers are written as numbers, so that a count or a rate can be summed
// (and a negative number is not mistaken for a formula to neutralise).
using PeopleCell = std::variant<std::string, std::int64_t, double>;

struct PeopleTable {
  std::vector<std::string> headings;
  std::vector<std::vector<PeopleCell>> rows;  // each as long as headings
};

}  // namespace pathway::spreadsheet
