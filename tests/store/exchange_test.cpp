// The exchange format (shared/spec/exchange-format.md) against real SQLite files: imports
// that succeed, every kind of problem an import reports (the data sets under
// tests/data/exchange/invalid/, one folder a case), and byte-for-byte repeatable exports.
#include "app/resources.h"
#include "exchange/exchange.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <variant>

#include "children/child_repository.h"
#include "core/dates.h"
#include "core/random.h"
#include "exchange/csv.h"
#include "reference/geography.h"
#include "temporary_folder.h"
#include "test_database.h"

namespace pathway {
namespace {

namespace fs = std::filesystem;
using exchange::ImportProblem;
using exchange::ImportReport;

const fs::path data_root = app::source_directory() / "tests" / "data" / "exchange";
const std::vector<std::string> exchange_files = {"districts.csv",  "population.csv", "children.csv",
                                                 "offences.csv",   "outcomes.csv",   "remands.csv",
                                                 "custody_episodes.csv"};

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_text(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

using testing::TemporaryFolder;

std::string where(const std::string& file, std::size_t line, const std::string& column, const std::string& value) {
  return file + " | " + std::to_string(line) + " | " + column + " | " + value;
}

std::vector<std::string> where_all(const ImportReport& report) {
  std::vector<std::string> all;
  for (const auto& p : report.problems) all.push_back(where(p.file, p.line, p.column, p.value));
  return all;
}

std::string trimmed(std::string_view text) {
  auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
}

// A quoted value of expected.txt with \n and \r standing for line feed and carriage return.
std::string unescaped(std::string_view quoted) {
  std::string value;
  for (std::size_t at = 0; at < quoted.size(); ++at) {
    bool escape = quoted[at] == '\\' && at + 1 < quoted.size() && (quoted[at + 1] == 'n' || quoted[at + 1] == 'r');
    if (!escape) {
      value += quoted[at];
      continue;
    }
    value += quoted[++at] == 'n' ? '\n' : '\r';
  }
  return value;
}

// expected.txt: "file | line | column | value" a line; '#' starts a comment. A value with
// surrounding spaces or a line break is written in single quotes: '  ', 'Eve\nAnn'.
std::vector<std::string> expected_problems(const fs::path& path) {
  std::vector<std::string> expected;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (trimmed(line).empty() || line.starts_with("#")) continue;
    std::vector<std::string> parts;
    for (std::size_t start = 0, bar = 0; parts.size() < 3; start = bar + 1) {
      bar = line.find('|', start);
      parts.push_back(trimmed(std::string_view(line).substr(start, bar - start)));
    }
    std::string value = trimmed(line.substr(line.find('|', line.find('|', line.find('|') + 1) + 1) + 1));
    if (value.size() >= 2 && value.starts_with("'") && value.ends_with("'")) {
      value = unescaped(std::string_view(value).substr(1, value.size() - 2));
    }
    expected.push_back(where(parts[0], std::stoul(parts[1]), parts[2], value));
  }
  return expected;
}

struct Counts {
  std::int64_t districts = 0, areas = 0, populations = 0, children = 0, child_changes = 0, audit_events = 0,
               offences = 0, outcomes = 0, outcome_offences = 0, remands = 0, custody_episodes = 0;
  bool operator==(const Counts&) const = default;
};

void PrintTo(const Counts& c, std::ostream* out) {
  *out << "{districts " << c.districts << ", areas " << c.areas << ", populations " << c.populations
       << ", children " << c.children << ", child_changes " << c.child_changes << ", audit_events "
       << c.audit_events << ", offences " << c.offences << ", outcomes " << c.outcomes << ", outcome_offences "
       << c.outcome_offences << ", remands " << c.remands << ", custody_episodes " << c.custody_episodes << "}";
}

Counts count_rows(store::Database& database) {
  auto connection = database.acquire();
  auto count = [&](const std::string& table) {
    return connection->query("SELECT COUNT(*) FROM " + table, {}).front().integer(0);
  };
  return {count("districts"),     count("areas"),        count("district_populations"),
          count("children"),      count("child_changes"), count("audit_events"),
          count("offences"),      count("outcomes"),     count("outcome_offences"),
          count("remands"),       count("custody_episodes")};
}

// Every row of every table the exchange format fills, each column but the database's own ids
// and times (references written as the exchange ids they stand for), sorted: two databases
// with equal snapshots hold the same data.
std::vector<std::string> table_rows(store::Database& database, const std::string& sql) {
  auto connection = database.acquire();
  std::vector<std::string> rows;
  for (const auto& row : connection->query(sql, {})) {
    std::string text;
    for (std::size_t column = 0; column < row.size(); ++column) {
      const auto& value = row.value(column);
      if (std::holds_alternative<std::nullptr_t>(value)) text += "NULL";
      if (const auto* number = std::get_if<std::int64_t>(&value)) text += std::to_string(*number);
      if (const auto* string = std::get_if<std::string>(&value)) text += "'" + *string + "'";
      text += '|';
    }
    rows.push_back(std::move(text));
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::map<std::string, std::vector<std::string>> snapshot(store::Database& database) {
  const std::map<std::string, std::string> queries = {
      {"areas", "SELECT code, name FROM areas"},
      {"districts", "SELECT code, name, area_code FROM districts"},
      {"district_populations", "SELECT district_code, year, population_10_17 FROM district_populations"},
      {"children", "SELECT exchange_id, given_name, family_name, date_of_birth, sex, ethnicity, district_code,"
                   " looked_after FROM children"},
      {"offences", "SELECT f.exchange_id, c.exchange_id, f.offence_date, f.category, f.gravity, f.description"
                   " FROM offences f JOIN children c ON c.id = f.child_id"},
      {"outcomes", "SELECT o.exchange_id, c.exchange_id, o.outcome_date, o.outcome_type, o.start_date, o.end_date,"
                   " o.length_months, o.completion, o.end_ete, o.end_accommodation FROM outcomes o"
                   " JOIN children c ON c.id = o.child_id"},
      {"outcome_offences", "SELECT o.exchange_id, f.exchange_id FROM outcome_offences oo"
                           " JOIN outcomes o ON o.id = oo.outcome_id JOIN offences f ON f.id = oo.offence_id"},
      {"remands", "SELECT r.exchange_id, c.exchange_id, r.start_date, r.end_date, r.remand_type FROM remands r"
                  " JOIN children c ON c.id = r.child_id"},
      {"custody_episodes", "SELECT e.exchange_id, c.exchange_id, o.exchange_id, e.establishment,"
                           " e.establishment_type, e.start_date, e.release_date FROM custody_episodes e"
                           " JOIN children c ON c.id = e.child_id LEFT JOIN outcomes o ON o.id = e.outcome_id"},
  };
  std::map<std::string, std::vector<std::string>> tables;
  for (const auto& [table, sql] : queries) tables[table] = table_rows(database, sql);
  return tables;
}

class ExchangeTest : public ::testing::Test {
 protected:
  ImportReport import(const fs::path& folder) { return exchange::import_data_set(test_.database(), folder, "tester"); }
  ImportReport import_valid_set() { return import(data_root / "valid"); }

  std::optional<children::Child> child_by_exchange_id(const std::string& child_id) {
    auto connection = test_.database().acquire();
    for (auto& summary : children::search_children(*connection, {"", std::nullopt, 1, 1000}).children) {
      if (summary.child.exchange_id == child_id) return summary.child;
    }
    return std::nullopt;
  }

  testing::TestDatabase test_;
};

// ---- Imports that succeed ---------------------------------------------------------------

TEST_F(ExchangeTest, ImportsTheValidSet) {
  auto report = import_valid_set();
  EXPECT_TRUE(report.ok()) << ::testing::PrintToString(where_all(report));
  EXPECT_EQ(report.districts, 3u);
  EXPECT_EQ(report.populations, 4u);
  EXPECT_EQ(report.children, 5u);
  EXPECT_EQ(report.offences, 6u);
  EXPECT_EQ(report.outcomes, 5u);
  EXPECT_EQ(report.remands, 3u);
  EXPECT_EQ(report.custody_episodes, 3u);
  auto counts = count_rows(test_.database());
  EXPECT_EQ(counts.areas, 2);
  EXPECT_EQ(counts.audit_events, 1);
  EXPECT_EQ(counts.offences, 6);
  EXPECT_EQ(counts.outcome_offences, 6);

  auto connection = test_.database().acquire();
  auto maidstone = reference::find_district(*connection, "MAIDSTONE");
  ASSERT_TRUE(maidstone);
  EXPECT_EQ(maidstone->name, "Maidstone");
  EXPECT_EQ(maidstone->area_name, "West Kent");
  auto audit = connection->query_one("SELECT actor, action, detail FROM audit_events");
  EXPECT_EQ(audit->text(0), "tester");
  EXPECT_EQ(audit->text(1), "exchange.import");
  EXPECT_EQ(audit->text(2),
            "districts=3, populations=4, children=5, offences=6, outcomes=5, remands=3, custody_episodes=3");
}

TEST_F(ExchangeTest, ImportedChildrenKeepTheirValuesExchangeIdAndHistory) {
  ASSERT_TRUE(import_valid_set().ok());
  using namespace std::chrono;
  auto zoe = child_by_exchange_id("C-1003");
  ASSERT_TRUE(zoe);
  EXPECT_EQ(zoe->details, (children::ChildDetails{"Zoë", "Ó Súilleabháin", year{2011} / 3 / 27, children::Sex::female,
                                                  "WIRI", "MAIDSTONE", children::LookedAfter::no}));
  auto jordan = child_by_exchange_id("C-1002");
  ASSERT_TRUE(jordan);
  EXPECT_EQ(jordan->details.given_name, "Jordan \"JJ\"");
  EXPECT_EQ(jordan->details.family_name, "Okafor, Smith");
  EXPECT_EQ(jordan->details.date_of_birth, year{2012} / 2 / 29);
  EXPECT_FALSE(jordan->details.ethnicity);
  EXPECT_EQ(jordan->details.looked_after, children::LookedAfter::unknown);
  EXPECT_NE(jordan->public_id, "C-1002");

  auto connection = test_.database().acquire();
  auto history = children::child_history(*connection, zoe->id);
  ASSERT_EQ(history.size(), 7u);
  for (const auto& change : history) {
    EXPECT_EQ(change.changed_by, "tester");
    EXPECT_EQ(change.version, 1);
  }
}

TEST_F(ExchangeTest, ChildrenAreNotRejectedForTheirAgeToday) {
  ASSERT_TRUE(import_valid_set().ok());
  Date today = today_utc();
  auto young = child_by_exchange_id("leg.9");
  auto old = child_by_exchange_id("C-0999");
  ASSERT_TRUE(young && old);
  EXPECT_LT(age_on(young->details.date_of_birth, today), 10);
  EXPECT_GT(age_on(old->details.date_of_birth, today), 17);
}

TEST_F(ExchangeTest, MissingOptionalColumnsMeanUnknownForEveryRow) {
  TemporaryFolder folder;
  fs::copy_file(data_root / "valid" / "districts.csv", folder / "districts.csv");
  write_text(folder / "children.csv",
             "child_id,given_name,family_name,date_of_birth,sex,district_code\n"
             "A1,Amir,Khan,2010-11-02,male,THANET\n"
             "A2,Bea,Ng,2011-01-05,female,MAIDSTONE\n");
  auto report = import(folder.path());
  ASSERT_TRUE(report.ok()) << ::testing::PrintToString(where_all(report));
  EXPECT_EQ(report.children, 2u);
  EXPECT_EQ(report.populations, 0u);
  for (const char* id : {"A1", "A2"}) {
    auto child = child_by_exchange_id(id);
    ASSERT_TRUE(child);
    EXPECT_FALSE(child->details.ethnicity);
    EXPECT_EQ(child->details.looked_after, children::LookedAfter::unknown);
  }
}

// The valid set rewritten with a byte-order mark, CRLF line ends and its columns reversed.
void write_bom_crlf_reversed(const fs::path& from, const fs::path& to) {
  std::string text = "\xEF\xBB\xBF";
  for (const auto& record : exchange::parse_csv(read_text(from)).records) {
    std::vector<std::string> reversed(record.fields.rbegin(), record.fields.rend());
    std::string line = exchange::format_csv_record(reversed);
    line.back() = '\r';  // format_csv_record ends the record with "\n"
    line += '\n';
    text += line;
  }
  write_text(to, text);
}

TEST_F(ExchangeTest, AcceptsAByteOrderMarkCrlfLineEndsAndColumnsInAnyOrder) {
  TemporaryFolder folder;
  for (const auto& name : exchange_files) write_bom_crlf_reversed(data_root / "valid" / name, folder / name);
  ASSERT_TRUE(read_text(folder / "children.csv").starts_with("\xEF\xBB\xBFlooked_after,district_code,"));
  auto report = import(folder.path());
  ASSERT_TRUE(report.ok()) << ::testing::PrintToString(where_all(report));
  EXPECT_EQ(report.children, 5u);

  TemporaryFolder exported;
  exchange::export_data_set(test_.database(), exported.path(), "tester");
  for (const auto& name : exchange_files) {
    EXPECT_EQ(read_text(exported / name), read_text(data_root / "exported" / name)) << name;
  }
}

TEST_F(ExchangeTest, AbsentEmptyAndHeaderOnlyFilesAreEmpty) {
  TemporaryFolder folder;
  auto empty_folder = import(folder.path());
  EXPECT_TRUE(empty_folder.ok());
  write_text(folder / "districts.csv", "");
  write_text(folder / "children.csv", "child_id,given_name,family_name,date_of_birth,sex,district_code\r\n");
  auto header_only = import(folder.path());
  EXPECT_TRUE(header_only.ok()) << ::testing::PrintToString(where_all(header_only));
  EXPECT_EQ(header_only.children, 0u);
}

TEST_F(ExchangeTest, ReferencesResolveToDistrictsAlreadyInTheDatabase) {
  TemporaryFolder first, second;
  fs::copy_file(data_root / "valid" / "districts.csv", first / "districts.csv");
  ASSERT_TRUE(import(first.path()).ok());
  fs::copy_file(data_root / "valid" / "population.csv", second / "population.csv");
  fs::copy_file(data_root / "valid" / "children.csv", second / "children.csv");
  auto report = import(second.path());
  EXPECT_TRUE(report.ok()) << ::testing::PrintToString(where_all(report));
  EXPECT_EQ(report.populations, 4u);
  EXPECT_EQ(report.children, 5u);
}

TEST_F(ExchangeTest, JusticeRecordsMayNameRecordsAlreadyInTheDatabase) {
  ASSERT_TRUE(import_valid_set().ok());
  TemporaryFolder later;
  write_text(later / "offences.csv", "offence_id,child_id,offence_date,category,gravity\nF-7,C-1003,2025-01-05,arson,6\n");
  write_text(later / "outcomes.csv", "outcome_id,child_id,outcome_date,outcome_type,offence_ids,length_months\n"
                                     "X-6,C-1003,2025-03-01,detention_and_training_order,F-2;F-7,4\n");
  write_text(later / "remands.csv", "remand_id,child_id,start_date,remand_type\nR-4,C-1003,2025-01-06,bail_iss\n");
  write_text(later / "custody_episodes.csv", "episode_id,child_id,outcome_id,establishment,establishment_type,"
                                             "start_date\nE-4,C-1001,X-2,Feltham YOI,yoi,2024-11-19\n");
  auto report = import(later.path());
  ASSERT_TRUE(report.ok()) << ::testing::PrintToString(where_all(report));
  EXPECT_EQ(report.offences + report.outcomes + report.remands + report.custody_episodes, 4u);
  auto rows = snapshot(test_.database());
  EXPECT_NE(std::find(rows["outcome_offences"].begin(), rows["outcome_offences"].end(), "'X-6'|'F-2'|"),
            rows["outcome_offences"].end());

  // The database's records are the same child's or not at all, and their identifiers are taken.
  TemporaryFolder wrong;
  write_text(wrong / "outcomes.csv", "outcome_id,child_id,outcome_date,outcome_type,offence_ids\n"
                                     "X-7,C-1001,2025-03-01,fine,F-1;F-7\n"
                                     "X-1,C-1001,2025-03-01,fine,F-1\n");
  write_text(wrong / "custody_episodes.csv", "episode_id,child_id,outcome_id,establishment,establishment_type,"
                                             "start_date\nE-5,C-1003,X-2,Feltham YOI,yoi,2024-11-19\n");
  Counts before = count_rows(test_.database());
  auto refused = import(wrong.path());
  EXPECT_EQ(where_all(refused), (std::vector<std::string>{where("outcomes.csv", 2, "offence_ids", "F-1;F-7"),
                                                          where("outcomes.csv", 3, "outcome_id", "X-1"),
                                                          where("custody_episodes.csv", 2, "outcome_id", "X-2")}));
  EXPECT_EQ(refused.problems[0].reason, "offence F-7 is child C-1003's, not child C-1001's: a record names only its "
                                        "own child's records");
  EXPECT_EQ(refused.problems[1].reason, "the database already has an outcome with this identifier");
  EXPECT_EQ(count_rows(test_.database()), before);
}

// The format asks of a custody episode's outcome_id only that it resolves to its child's
// outcome (spec, "Rules the importer enforces"): not that it is custodial, and the
// establishment is free text, whatever the secure estate's reference data says (decision
// 0017). The custody form's rules are the form's.
TEST_F(ExchangeTest, AnImportedCustodyEpisodeNeedsOnlyWhatTheFormatSays) {
  ASSERT_TRUE(import_valid_set().ok());
  TemporaryFolder later;
  write_text(later / "custody_episodes.csv", "episode_id,child_id,outcome_id,establishment,establishment_type,"
                                             "start_date\nE-6,C-1001,X-1,Medway Secure Training Centre,stc,2023-03-02\n");
  auto report = import(later.path());
  ASSERT_TRUE(report.ok()) << ::testing::PrintToString(where_all(report));
  EXPECT_EQ(report.custody_episodes, 1u);
}

TEST_F(ExchangeTest, ADateOfBirthMayBeTodayButNotTomorrow) {
  Date today = today_utc();
  Date tomorrow{std::chrono::sys_days(today) + std::chrono::days{1}};
  TemporaryFolder folder;
  fs::copy_file(data_root / "valid" / "districts.csv", folder / "districts.csv");
  write_text(folder / "children.csv", "child_id,given_name,family_name,date_of_birth,sex,district_code\n"
                                      "T1,Tom,Day," + to_iso(today) + ",male,THANET\n"
                                      "T2,Tim,Day," + to_iso(tomorrow) + ",male,THANET\n");
  auto report = import(folder.path());
  ASSERT_EQ(where_all(report), std::vector<std::string>{where("children.csv", 3, "date_of_birth", to_iso(tomorrow))});
  EXPECT_EQ(report.problems[0].reason, "must be today or in the past");
}

// ---- Imports that are refused -------------------------------------------------------------

std::vector<std::string> invalid_cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(data_root / "invalid")) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class ExchangeInvalidSet : public ::testing::TestWithParam<std::string> {
 protected:
  testing::TestDatabase test_;
};

TEST_P(ExchangeInvalidSet, ReportsEveryProblemWhereItIsAndChangesNothing) {
  fs::path folder = data_root / "invalid" / GetParam();
  auto report = exchange::import_data_set(test_.database(), folder, "tester");
  EXPECT_EQ(where_all(report), expected_problems(folder / "expected.txt"));
  for (const auto& problem : report.problems) EXPECT_FALSE(problem.reason.empty()) << exchange::describe(problem);
  EXPECT_EQ(report.districts + report.populations + report.children + report.offences + report.outcomes +
                report.remands + report.custody_episodes,
            0u);
  EXPECT_EQ(count_rows(test_.database()), Counts{});
}

INSTANTIATE_TEST_SUITE_P(ExchangeFixtures, ExchangeInvalidSet, ::testing::ValuesIn(invalid_cases()),
                         [](const auto& info) { return info.param; });

TEST_F(ExchangeTest, ImportingTheSameSetTwiceReportsEachDuplicateAndChangesNothing) {
  ASSERT_TRUE(import_valid_set().ok());
  Counts before = count_rows(test_.database());
  auto report = import_valid_set();
  std::vector<std::string> expected = {
      where("districts.csv", 2, "district_code", "THANET"),
      where("districts.csv", 3, "district_code", "MAIDSTONE"),
      where("districts.csv", 4, "district_code", "TONBRIDGE_MALLING"),
      where("population.csv", 2, "year", "2025"),
      where("population.csv", 3, "year", "2025"),
      where("population.csv", 4, "year", "2024"),
      where("population.csv", 5, "year", "2025"),
      where("children.csv", 2, "child_id", "C-1003"),
      where("children.csv", 3, "child_id", "C-1001"),
      where("children.csv", 4, "child_id", "C-1002"),
      where("children.csv", 5, "child_id", "leg.9"),
      where("children.csv", 6, "child_id", "C-0999"),
      where("offences.csv", 2, "offence_id", "F-3"),
      where("offences.csv", 3, "offence_id", "F-1"),
      where("offences.csv", 4, "offence_id", "F-6"),
      where("offences.csv", 5, "offence_id", "F-2"),
      where("offences.csv", 6, "offence_id", "F-4"),
      where("offences.csv", 7, "offence_id", "F-5"),
      where("outcomes.csv", 2, "outcome_id", "X-2"),
      where("outcomes.csv", 3, "outcome_id", "X-1"),
      where("outcomes.csv", 4, "outcome_id", "X-3"),
      where("outcomes.csv", 5, "outcome_id", "X-4"),
      where("outcomes.csv", 6, "outcome_id", "X-5"),
      where("remands.csv", 2, "remand_id", "R-1"),
      where("remands.csv", 3, "remand_id", "R-3"),
      where("remands.csv", 4, "remand_id", "R-2"),
      where("custody_episodes.csv", 2, "episode_id", "E-2"),
      where("custody_episodes.csv", 3, "episode_id", "E-1"),
      where("custody_episodes.csv", 4, "episode_id", "E-3"),
  };
  EXPECT_EQ(where_all(report), expected);
  EXPECT_EQ(report.problems.front().reason, "the database already has a district with this code");
  EXPECT_EQ(count_rows(test_.database()), before);
}

TEST_F(ExchangeTest, AnAreaKeepsTheNameTheDatabaseKnows) {
  ASSERT_TRUE(import_valid_set().ok());
  TemporaryFolder folder;
  write_text(folder / "districts.csv", "district_code,district_name,area_code,area_name\nDOVER,Dover,EAST,Kent East\n");
  auto report = import(folder.path());
  EXPECT_EQ(where_all(report), std::vector<std::string>{where("districts.csv", 2, "area_name", "Kent East")});
  EXPECT_EQ(report.problems[0].reason, "area EAST is named 'East Kent' in the database");
}

TEST_F(ExchangeTest, TextThatIsNotCleanUtf8IsReported) {
  TemporaryFolder folder;
  fs::copy_file(data_root / "valid" / "districts.csv", folder / "districts.csv");
  write_text(folder / "children.csv", "child_id,given_name,family_name,date_of_birth,sex,district_code\n"
                                      "U1,Am\xFFir,Khan,2010-11-02,male,THANET\n"
                                      "U2,Bea,Ng\x01,2011-01-05,female,MAIDSTONE\n");
  auto report = import(folder.path());
  EXPECT_EQ(where_all(report), (std::vector<std::string>{where("children.csv", 2, "given_name", "Am\xFFir"),
                                                         where("children.csv", 3, "family_name", "Ng\x01")}));
  EXPECT_EQ(exchange::describe(report.problems[0]),
            "children.csv line 2, column given_name, value 'Am\\xFFir': "
            "is not valid UTF-8 text, or holds a control character");
  EXPECT_EQ(count_rows(test_.database()), Counts{});
}

TEST_F(ExchangeTest, AFolderThatDoesNotExistIsAProblem) {
  TemporaryFolder folder;
  auto report = import(folder / "missing");
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].file, "");
  EXPECT_EQ(report.problems[0].line, 0u);
}

// ---- Exports --------------------------------------------------------------------------------

TEST_F(ExchangeTest, ExportWritesSpecColumnsSortedRowsAndLfLineEnds) {
  ASSERT_TRUE(import_valid_set().ok());
  TemporaryFolder folder;
  auto report = exchange::export_data_set(test_.database(), folder / "new" / "folder", "analyst");
  EXPECT_EQ(report.districts, 3u);
  EXPECT_EQ(report.populations, 4u);
  EXPECT_EQ(report.children, 5u);
  EXPECT_EQ(report.offences, 6u);
  EXPECT_EQ(report.outcomes, 5u);
  EXPECT_EQ(report.remands, 3u);
  EXPECT_EQ(report.custody_episodes, 3u);
  for (const auto& name : exchange_files) {
    std::string text = read_text(folder / "new" / "folder" / name);
    EXPECT_EQ(text, read_text(data_root / "exported" / name)) << name;
    EXPECT_EQ(text.find('\r'), std::string::npos);
  }
  auto connection = test_.database().acquire();
  auto audit = connection->query_one("SELECT actor, detail FROM audit_events WHERE action = 'exchange.export'");
  ASSERT_TRUE(audit);
  EXPECT_EQ(audit->text(0), "analyst");
  EXPECT_EQ(audit->text(1),
            "districts=3, populations=4, children=5, offences=6, outcomes=5, remands=3, custody_episodes=3");
}

TEST_F(ExchangeTest, ExportOfAnEmptyDatabaseIsHeaderRows) {
  TemporaryFolder folder;
  auto report = exchange::export_data_set(test_.database(), folder.path(), "analyst");
  EXPECT_EQ(report.children, 0u);
  EXPECT_EQ(read_text(folder / "children.csv"),
            "child_id,given_name,family_name,date_of_birth,sex,ethnicity,district_code,looked_after\n");
  EXPECT_EQ(read_text(folder / "population.csv"), "district_code,year,population_10_17\n");
  EXPECT_EQ(read_text(folder / "custody_episodes.csv"),
            "episode_id,child_id,outcome_id,establishment,establishment_type,start_date,release_date\n");
}

TEST_F(ExchangeTest, ARoundTripGivesByteIdenticalFiles) {
  ASSERT_TRUE(import_valid_set().ok());
  {
    // A child added in Pathway itself: its child_id is its public id.
    auto connection = test_.database().acquire();
    using namespace std::chrono;
    children::create_child(*connection, {"Priya", "Sharma", year{2012} / 8 / 9, children::Sex::female, "AIND",
                                         "THANET", children::LookedAfter::yes},
                           "caseworker");
  }
  TemporaryFolder first, second;
  exchange::export_data_set(test_.database(), first.path(), "tester");

  testing::TestDatabase empty;
  auto report = exchange::import_data_set(empty.database(), first.path(), "tester");
  ASSERT_TRUE(report.ok()) << ::testing::PrintToString(where_all(report));
  EXPECT_EQ(report.children, 6u);
  EXPECT_EQ(report.offences, 6u);
  EXPECT_EQ(snapshot(empty.database()), snapshot(test_.database()));
  exchange::export_data_set(empty.database(), second.path(), "tester");
  for (const auto& name : exchange_files) {
    EXPECT_EQ(read_text(second / name), read_text(first / name)) << name;
  }
}

// The exchange format is for other systems: values are written exactly as stored, even
// those a spreadsheet would run (docs/decisions/0005-spreadsheet-formulas.md), and come
// back exactly. Reports for people neutralise them instead (spreadsheet/people_csv.h).
TEST_F(ExchangeTest, ValuesThatLookLikeFormulasAreExportedAndImportedExactly) {
  const std::vector<std::string> names = {"=HYPERLINK(\"http://evil.example\",\"Click\")", "+44", "-Jones", "@SUM(A1)"};
  {
    auto connection = test_.database().acquire();
    reference::add_district(*connection, {"EVIL", "=1+2", "EAST", "@Area"});
    using namespace std::chrono;
    for (const auto& name : names) {
      children::create_child(*connection, {name, "-" + name, year{2011} / 3 / 27, children::Sex::female, std::nullopt,
                                           "EVIL", children::LookedAfter::unknown},
                             "tester");
    }
  }
  TemporaryFolder exported;
  auto exported_report = exchange::export_data_set(test_.database(), exported.path(), "tester");
  EXPECT_EQ(exported_report.formula_like_values, 10u);  // 2 place names, 4 given and 4 family names
  EXPECT_NE(read_text(exported / "districts.csv").find("\nEVIL,=1+2,EAST,@Area\n"), std::string::npos);
  std::string children_text = read_text(exported / "children.csv");
  EXPECT_NE(children_text.find(",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\","), std::string::npos);
  EXPECT_NE(children_text.find(",+44,-+44,"), std::string::npos);
  EXPECT_EQ(children_text.find(",'"), std::string::npos);  // no apostrophe added

  testing::TestDatabase fresh;
  auto report = exchange::import_data_set(fresh.database(), exported.path(), "tester");
  ASSERT_TRUE(report.ok()) << ::testing::PrintToString(where_all(report));
  auto connection = fresh.database().acquire();
  EXPECT_EQ(reference::find_district(*connection, "EVIL")->name, "=1+2");
  EXPECT_EQ(reference::find_district(*connection, "EVIL")->area_name, "@Area");
  std::vector<std::string> given, family;
  for (auto& summary : children::search_children(*connection, {"", std::nullopt, 1, 100}).children) {
    given.push_back(summary.child.details.given_name);
    family.push_back(summary.child.details.family_name);
  }
  std::sort(given.begin(), given.end());
  std::vector<std::string> expected = names;
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(given, expected);
  for (const auto& name : names) EXPECT_NE(std::find(family.begin(), family.end(), "-" + name), family.end());
}

// ---- Describing problems --------------------------------------------------------------------

TEST(ExchangeDescribe, NamesFileLineColumnValueAndReason) {
  EXPECT_EQ(exchange::describe({"children.csv", 4, "date_of_birth", "2031-01-01", "date of birth is in the future"}),
            "children.csv line 4, column date_of_birth, value '2031-01-01': date of birth is in the future");
  EXPECT_EQ(exchange::describe({"children.csv", 3, "sex", "", "a value is required"}),
            "children.csv line 3, column sex: a value is required");
  EXPECT_EQ(exchange::describe({"children.csv", 5, "", "", "unterminated quoted field"}),
            "children.csv line 5: unterminated quoted field");
  EXPECT_EQ(exchange::describe({"offences.csv", 0, "", "", "not supported"}), "offences.csv: not supported");
  EXPECT_EQ(exchange::describe({"", 0, "", "/data", "the folder does not exist"}),
            "value '/data': the folder does not exist");
  EXPECT_EQ(exchange::describe({"children.csv", 2, "given_name", "Eve\nAnn\t\x80", "x"}),
            "children.csv line 2, column given_name, value 'Eve\\x0AAnn\\x09\\x80': x");
  // A bidi override would reverse the rest of the line; invisible characters would not show.
  EXPECT_EQ(exchange::describe({"children.csv", 2, "given_name", "Amir\xE2\x80\xAEnahK\xC2\xA0\xE2\x80\x8B", "x"}),
            "children.csv line 2, column given_name, value 'Amir\\u{202E}nahK\\u{00A0}\\u{200B}': x");
  EXPECT_EQ(exchange::describe({"children.csv", 2, "given_name", "Zoë Nguyễn 李 Jose\xCC\x81", "x"}),
            "children.csv line 2, column given_name, value 'Zoë Nguyễn 李 Jose\xCC\x81': x");
}

}  // namespace
}  // namespace pathway
