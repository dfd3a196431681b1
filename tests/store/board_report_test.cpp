// The board report from a small hand-worked database (SQLite; PostgreSQL under
// scripts/with-postgres): the right quarters, targets met and missed, the places in order,
// and the files: a workbook holding numbers, a PDF holding the text, a CSV per table.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "performance/board_report_files.h"
#include "performance/board_report_request_form.h"
#include "performance/board_report_tables.h"
#include "measures_fixture.h"
#include "reference/geography.h"
#include "temporary_folder.h"

namespace pathway {
namespace {

using measures::ScopeKind;
using performance::BoardReport;
using performance::TargetStatus;

constexpr std::string_view custody_key = "custody.percent_of_court_disposals";

class BoardReportModel : public ::testing::Test {
 protected:
  void SetUp() override {
    db.district("ASHFORD", "EAST", {{2025, 10'000}, {2024, 10'000}});
    db.district("DOVER", "EAST", {{2025, 5'000}, {2024, 5'000}});
    db.district("MAIDSTONE", "WEST", {{2025, 20'000}, {2024, 20'000}});
    auto ashford = db.child("2010-05-01", "ASHFORD");
    // July to September 2025: 1 custodial sentence of 4 court disposals, 25%.
    db.proven(ashford, "2025-07-01", "detention_and_training_order");
    db.proven(ashford, "2025-08-01", "fine");
    db.proven(ashford, "2025-09-01", "fine");
    db.proven(ashford, "2025-09-30", "referral_order");  // the quarter's last day
    // April to June 2025: 1 of 2, 50%.
    db.proven(ashford, "2025-04-01", "section_250");
    db.proven(ashford, "2025-06-30", "fine");
    // July to September 2024: none of 1, 0%.
    db.proven(ashford, "2024-07-15", "fine");
    db.proven(ashford, "2025-10-01", "detention_and_training_order");  // the next quarter: not counted
    auto maidstone = db.child("2010-05-01", "MAIDSTONE");
    db.proven(maidstone, "2025-08-01", "fine");  // 0 of 1: 0%
    // Dover has no court disposal in the quarter: no figure.
  }

  // The service's target is 30%, East's own 20%.
  std::vector<measures::MeasureTarget> targets = {{std::string(custody_key), ScopeKind::service, "", 30.0},
                                                  {std::string(custody_key), ScopeKind::area, "EAST", 20.0}};

  Result<BoardReport> report(performance::BoardReportRequest request) {
    auto districts = reference::list_districts(*db.database().database().acquire());
    return performance::build_board_report(db.snapshot(), districts, targets, request, *parse_iso_date("2030-01-01"),
                                           "1 January 2030 at 09:00");
  }

  BoardReport whole_service() {
    auto built = report({{2025, 3}, ScopeKind::service, ""});
    EXPECT_TRUE(built.ok());
    return built.value();
  }

  static const performance::BoardReportFigure& custody(const performance::BoardReportSection& section) {
    for (const auto& figure : section.figures) {
      if (figure.measure->key() == custody_key) return figure;
    }
    throw std::logic_error("no custody figure");
  }

  testing::MeasuresFixture db;
};

TEST_F(BoardReportModel, ReportsTheQuarterThePreviousQuarterAndTheSameQuarterAYearBefore) {
  auto report = whole_service();
  const auto& ashford = custody(report.sections[2]);
  ASSERT_EQ(report.sections[2].name, "ASHFORD");
  EXPECT_DOUBLE_EQ(*ashford.this_quarter, 25.0);
  EXPECT_DOUBLE_EQ(*ashford.previous_quarter, 50.0);
  EXPECT_DOUBLE_EQ(*ashford.year_before, 0.0);
  // The whole service: 1 of 5 court disposals this quarter, 20%.
  EXPECT_DOUBLE_EQ(*custody(report.sections[0]).this_quarter, 20.0);
}

TEST_F(BoardReportModel, GivesTheServiceThenEachAreaFollowedByItsDistricts) {
  auto report = whole_service();
  std::vector<std::string> order;
  for (const auto& section : report.sections) order.push_back(section.name);
  EXPECT_EQ(order, (std::vector<std::string>{"Whole service", "EAST", "ASHFORD", "DOVER", "WEST", "MAIDSTONE"}));
  EXPECT_EQ(report.sections[1].kind, ScopeKind::area);
  EXPECT_EQ(report.sections[2].kind, ScopeKind::district);
}

TEST_F(BoardReportModel, ATargetIsMetMissedUnsetOrWithoutAFigure) {
  auto report = whole_service();
  EXPECT_EQ(custody(report.sections[0]).status, TargetStatus::met);     // 20% against the service's 30%
  EXPECT_EQ(custody(report.sections[1]).status, TargetStatus::missed);  // East 25% against its own 20%
  EXPECT_DOUBLE_EQ(*custody(report.sections[1]).target, 20.0);
  EXPECT_EQ(custody(report.sections[2]).status, TargetStatus::met);     // Ashford 25% against the service's 30%
  EXPECT_EQ(custody(report.sections[3]).status, TargetStatus::no_figure);  // Dover: nothing to divide by
  EXPECT_FALSE(custody(report.sections[3]).this_quarter.has_value());
  targets.clear();
  EXPECT_EQ(custody(whole_service().sections[0]).status, TargetStatus::no_target);
}

TEST_F(BoardReportModel, AReoffendingFigureStillGrowingIsNotJudgedAgainstItsTarget) {
  targets.push_back({"reoffending.binary_rate", ScopeKind::service, "", 31.0});
  auto districts = reference::list_districts(*db.database().database().acquire());
  auto early = performance::build_board_report(db.snapshot(), districts, targets, {{2025, 3}, ScopeKind::service, ""},
                                               *parse_iso_date("2025-10-01"), "1 October 2025");
  ASSERT_TRUE(early.ok());
  for (const auto& figure : early->sections[0].figures) {
    if (figure.measure->key() != "reoffending.binary_rate") continue;
    EXPECT_TRUE(figure.still_counting);
    EXPECT_EQ(figure.status, TargetStatus::not_final);  // the cohort's 18 months have not passed
  }
  auto later = whole_service();  // counted in 2030: every follow-up has ended
  for (const auto& figure : later.sections[0].figures) {
    if (figure.measure->key() == "reoffending.binary_rate") {
      EXPECT_NE(figure.status, TargetStatus::not_final);
    }
  }
}

TEST_F(BoardReportModel, ATargetIsComparedWithTheFigureAsPrintedToOneDecimalPlace) {
  const auto* measure = measures::find_headline_measure(custody_key);
  ASSERT_NE(measure, nullptr);
  EXPECT_EQ(performance::target_status(*measure, 3.5, 3.5), TargetStatus::met);  // lower is better: at the target
  EXPECT_EQ(performance::target_status(*measure, 3.6, 3.5), TargetStatus::missed);
  for (const auto& headline : measures::headline_measures()) {
    if (headline.better != measures::Better::higher) continue;
    EXPECT_EQ(performance::target_status(headline, 80.0, 80.0), TargetStatus::met) << headline.key();
    EXPECT_EQ(performance::target_status(headline, 79.9, 80.0), TargetStatus::missed) << headline.key();
  }
}

TEST_F(BoardReportModel, AnAreaHasItsDistrictsAndADistrictItselfOnly) {
  auto east = report({{2025, 3}, ScopeKind::area, "EAST"});
  ASSERT_TRUE(east.ok());
  ASSERT_EQ(east->sections.size(), 3u);
  EXPECT_EQ(east->sections[0].name, "EAST");
  EXPECT_EQ(east->sections[2].name, "DOVER");
  auto dover = report({{2025, 3}, ScopeKind::district, "DOVER"});
  ASSERT_TRUE(dover.ok());
  ASSERT_EQ(dover->sections.size(), 1u);
  auto unknown = report({{2025, 3}, ScopeKind::district, "NOWHERE"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().kind, ErrorKind::not_found);
  EXPECT_FALSE(report({{2025, 3}, ScopeKind::area, "NOWHERE"}).ok());
}

TEST_F(BoardReportModel, TheFormRefusesAQuarterNotEndedAndAPlaceThatIsNotOne) {
  auto districts = reference::list_districts(*db.database().database().acquire());
  Date today = *parse_iso_date("2025-10-01");
  auto ok = performance::check_board_report_form({"2025-Q3", "area:EAST"}, districts, today);
  ASSERT_TRUE(ok.request.has_value());
  EXPECT_EQ(ok.request->scope_kind, ScopeKind::area);
  auto not_ended = performance::check_board_report_form({"2025-Q4", "service"}, districts, today);
  ASSERT_EQ(not_ended.errors.size(), 1u);
  EXPECT_EQ(not_ended.errors[0].field, "quarter");
  auto nowhere = performance::check_board_report_form({"2025-Q3", "district:NOWHERE"}, districts, today);
  ASSERT_EQ(nowhere.errors.size(), 1u);
  EXPECT_EQ(nowhere.errors[0].field, "place");
  EXPECT_EQ(performance::check_board_report_form({"Q3", "elsewhere"}, districts, today).errors.size(), 2u);
}

// ---- The files

std::string run(const std::string& command) {
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
  std::string text;
  char buffer[4096];
  for (std::size_t read; pipe && (read = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) text.append(buffer, read);
  return text;
}

std::filesystem::path saved(const testing::TemporaryFolder& folder, const std::string& name, const std::string& bytes) {
  auto path = folder / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST_F(BoardReportModel, TheWorkbookHasASheetPerTableAndOneOfDefinitionsWithFiguresAsNumbers) {
  testing::TemporaryFolder folder;
  auto path = saved(folder, "report.xlsx", performance::board_report_xlsx(whole_service()));
  std::string workbook = run("unzip -p '" + path.string() + "' xl/workbook.xml");
  for (const char* sheet : {"Whole service", "Area EAST", "District ASHFORD", "District MAIDSTONE", "Definitions"}) {
    EXPECT_NE(workbook.find("name=\"" + std::string(sheet) + "\""), std::string::npos) << sheet;
  }
  // Ashford's sheet (the third): 25, 50 and 0 as number cells, and the target 30.
  std::string ashford = run("unzip -p '" + path.string() + "' xl/worksheets/sheet3.xml");
  for (const char* number : {"<v>25</v>", "<v>50</v>", "<v>0</v>", "<v>30</v>"}) {
    EXPECT_NE(ashford.find(number), std::string::npos) << number;
  }
  EXPECT_NE(run("unzip -p '" + path.string() + "' xl/sharedStrings.xml").find("In plain words"), std::string::npos);
}

TEST_F(BoardReportModel, ThePdfIsAValidPdfWithItsTextSelectable) {
  testing::TemporaryFolder folder;
  std::vector<std::size_t> progress;
  auto pdf = performance::board_report_pdf(whole_service(), [&](std::size_t done, std::size_t) { progress.push_back(done); });
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
  EXPECT_EQ(progress, (std::vector<std::size_t>{1, 2, 3, 4, 5, 6}));  // one step per section
  auto path = saved(folder, "report.pdf", pdf);
  std::string text = run("pdftotext -layout '" + path.string() + "' -");
  for (const char* words : {"Quarterly performance report: July to September 2025", "Data as at 1 January 2030",
                            "Places: Whole service, 2 areas and 3 districts",
                            "MAIDSTONE (district)", "Custodial sentences", "April to June 2025", "Missed",
                            "What the measures mean"}) {
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text.substr(0, 2000);
  }
  // Tagged: a structure tree, and bookmarks for the sections.
  EXPECT_NE(pdf.find("/StructTreeRoot"), std::string::npos);
  EXPECT_NE(pdf.find("/Outlines"), std::string::npos);
}

TEST_F(BoardReportModel, EveryTableIsACsvFileOfItsOwn) {
  auto files = performance::board_report_files(whole_service());
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.name);
  EXPECT_EQ(names, (std::vector<std::string>{"board-report.pdf", "board-report.xlsx", "service.csv", "area-east.csv",
                                             "district-ashford.csv", "district-dover.csv", "area-west.csv",
                                             "district-maidstone.csv", "definitions.csv"}));
  const auto& ashford = files[4];
  EXPECT_EQ(ashford.media_type, "text/csv; charset=utf-8");
  EXPECT_NE(ashford.content.find("July to September 2025,April to June 2025,July to September 2024,Target"),
            std::string::npos);
  EXPECT_NE(ashford.content.find(",25,50,0,30,Met,"), std::string::npos) << ashford.content;
}

}  // namespace
}  // namespace pathway
