// One rule for a valid child, everywhere (issue 7, point 8), checked on many random forms:
// whatever the child form accepts is saved, exported and imported into a fresh database
// unchanged; whatever it refuses, the import of the same values refuses too. The forms mix
// names from many scripts with the characters that make names blank or deceptive, and dates
// from the far past to the far future, 29 February included. PATHWAY_PROPERTY_SEED sets the
// seed (the failure messages name it).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>

#include "children/child_repository.h"
#include "children/child_validation.h"
#include "exchange/csv.h"
#include "exchange/exchange.h"
#include "reference/geography.h"
#include "store/transaction.h"
#include "temporary_folder.h"
#include "test_database.h"

namespace pathway {
namespace {

namespace fs = std::filesystem;
using children::ChildForm;
using testing::TemporaryFolder;

constexpr int forms_to_try = 400;

// Pieces names are built from: ordinary names in several scripts, characters a spreadsheet
// would run, and every class of blank, invisible, direction-changing, control or broken text.
const std::vector<std::string> name_pieces = {
    "Amir", "Zoë", "O'Brien", "Smith-Jones", "Nguyễn", "李", "محمد", "דוד", "प्रिया", "😀", "e\xCC\x81",
    "=", "+", "-", "@", "'", "\"", ",", " ", "  ",
    "\xC2\xA0", "\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE3\x80\x80", "\xE2\x80\x83", "\xE2\x80\xAF",
    "\xCC\x81", "\xCC\x88", "\xE0\xA4\xBF", "\xEF\xB8\x8F",
    "\xE2\x80\xAA", "\xE2\x80\xAE", "\xE2\x81\xA6", "\xE2\x81\xA9", "\xE2\x80\x8E", "\xE2\x80\x8F", "\xD8\x9C",
    "\t", "\n", "\r", "\r\n", "\x01", "\x7F", "\xC2\x85", "\xE2\x80\xA8",
    "\xEF\xBB\xBF", "\xC2\xAD", "\xE2\x81\xA0", "\xEE\x80\x80", "\xCD\xB8", "\xEF\xBF\xBF",
    "\xFF", "\x80", "\xC3",
};

class RandomForms {
 public:
  RandomForms(unsigned seed, Date today) : random_(seed), today_(today) {}

  ChildForm next() {
    ChildForm form;
    form.given_name = name();
    form.family_name = name();
    set_date_of_birth(form);
    form.sex = pick<std::string>({"male", "female", "unknown"});
    form.ethnicity = pick<std::string>({"", "WBRI", "APKN", "REFU"});
    form.district_code = "MAIDSTONE";
    form.looked_after = pick<std::string>({"yes", "no", ""});
    return form;
  }

 private:
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  bool chance(int percent) { return between(1, 100) <= percent; }

  template <class T>
  T pick(std::initializer_list<T> choices) {
    return *(choices.begin() + between(0, static_cast<int>(choices.size()) - 1));
  }

  // Mostly plain names, so that about half the forms are accepted.
  std::string name() {
    if (chance(3)) return std::string(static_cast<std::size_t>(between(99, 102)), 'a');
    std::string text;
    int pieces = chance(5) ? 0 : between(1, 3);
    for (int i = 0; i < pieces; ++i) {
      bool plain = chance(85);
      text += plain ? name_pieces[static_cast<std::size_t>(between(0, 10))]
                    : name_pieces[static_cast<std::size_t>(between(0, static_cast<int>(name_pieces.size()) - 1))];
    }
    return text;
  }

  void set_date(ChildForm& form, int year, int month, int day) {
    char text[8];
    std::snprintf(text, sizeof text, "%04d", year);
    form.dob_year = text;
    form.dob_month = std::to_string(month);
    form.dob_day = std::to_string(day);
  }

  void set_date_of_birth(ChildForm& form) {
    int this_year = static_cast<int>(today_.year());
    switch (between(0, 8)) {
      case 0:  // 29 February, in leap years and others (1900 was not one, 2000 was)
        set_date(form, pick({1900, 1999, 2000, 2011, 2012, 2016, 2023, 2024}), 2, 29);
        return;
      case 1: {  // today, tomorrow, yesterday
        Date date{std::chrono::sys_days(today_) + std::chrono::days{between(-1, 1)}};
        set_date(form, static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
        return;
      }
      case 2:  // the far past and far future
        set_date(form, pick({0, 1, 999, 1000, 1899, 1900, 1901, 2999, 3000, 9999}), between(1, 12), between(1, 28));
        return;
      case 3:  // days and months that do not exist
        set_date(form, between(1990, this_year), between(0, 13), between(0, 32));
        return;
      case 4:  // a part left out
        set_date(form, between(2005, this_year), between(1, 12), between(1, 28));
        (chance(50) ? form.dob_day : form.dob_month) = "";
        return;
      default:
        set_date(form, between(1900, this_year), between(1, 12), between(1, 31));
    }
  }

  std::mt19937 random_;
  Date today_;
};

unsigned seed() {
  const char* text = std::getenv("PATHWAY_PROPERTY_SEED");
  return text ? static_cast<unsigned>(std::strtoul(text, nullptr, 10)) : 20261130u;
}

// The date of birth as the exchange format writes it, from the form's parts as typed.
std::string iso_date_of_birth(const ChildForm& form) {
  auto two_digits = [](const std::string& part) { return part.size() == 1 ? "0" + part : part; };
  return form.dob_year + "-" + two_digits(form.dob_month) + "-" + two_digits(form.dob_day);
}

// The header row and one children.csv row holding the form's values as typed.
std::string children_csv(const std::vector<std::pair<std::string, ChildForm>>& rows) {
  std::string text = exchange::format_csv_record(
      {"child_id", "given_name", "family_name", "date_of_birth", "sex", "ethnicity", "district_code", "looked_after"});
  for (const auto& [child_id, form] : rows) {
    text += exchange::format_csv_record({child_id, form.given_name, form.family_name, iso_date_of_birth(form),
                                         form.sex, form.ethnicity, form.district_code, form.looked_after});
  }
  return text;
}

void write_text(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

// Every child in the database by exchange id.
std::map<std::string, children::ChildDetails> children_by_exchange_id(store::Database& database) {
  auto connection = database.acquire();
  children::ChildSearch everyone;
  everyone.page_size = static_cast<int>(children::count_children(*connection)) + 1;
  std::map<std::string, children::ChildDetails> found;
  for (const auto& summary : children::search_children(*connection, everyone).children) {
    found.emplace(summary.child.exchange_id, summary.child.details);
  }
  return found;
}

void add_maidstone(store::Database& database) {
  auto connection = database.acquire();
  reference::add_district(*connection, {"MAIDSTONE", "Maidstone", "WEST", "West Kent"});
}

std::string shown(const ChildForm& form) {
  return ::testing::PrintToString(std::vector<std::string>{form.given_name, form.family_name, form.dob_day,
                                                           form.dob_month, form.dob_year});
}

TEST(ChildDetailsProperty, WhatTheFormAcceptsSurvivesExportAndImportAndWhatItRefusesTheImportRefuses) {
  SCOPED_TRACE("PATHWAY_PROPERTY_SEED=" + std::to_string(seed()));
  Date today = today_utc();
  RandomForms forms(seed(), today);
  std::vector<std::pair<std::string, ChildForm>> accepted, refused;
  std::map<std::string, children::ChildDetails> saved;  // by exchange id

  testing::TestDatabase original;
  add_maidstone(original.database());
  {
    auto connection = original.database().acquire();
    store::Transaction transaction(*connection);
    for (int i = 0; i < forms_to_try; ++i) {
      ChildForm form = forms.next();
      auto checked = children::validate_child_form(form, today, {"MAIDSTONE"});
      if (!checked.details) {
        refused.emplace_back("R" + std::to_string(i), form);
        continue;
      }
      auto child = children::create_child(*connection, *checked.details, "tester");
      saved.emplace(child.exchange_id, *checked.details);
      accepted.emplace_back("A" + std::to_string(i), form);
    }
    transaction.commit();
  }
  // Both kinds in good number, or the property says little.
  ASSERT_GE(accepted.size(), forms_to_try / 5u);
  ASSERT_GE(refused.size(), forms_to_try / 5u);

  // Accepted: export, import into a fresh database, and every child comes back identical.
  TemporaryFolder exported;
  exchange::export_data_set(original.database(), exported.path(), "tester");
  testing::TestDatabase fresh;
  auto report = exchange::import_data_set(fresh.database(), exported.path(), "tester");
  ASSERT_TRUE(report.ok()) << exchange::describe(report.problems.front());
  EXPECT_EQ(children_by_exchange_id(fresh.database()), saved);

  // Accepted: the same values as typed import too, and give the details the form gave.
  TemporaryFolder typed;
  write_text(typed / "children.csv", children_csv(accepted));
  testing::TestDatabase direct;
  add_maidstone(direct.database());
  auto direct_report = exchange::import_data_set(direct.database(), typed.path(), "tester");
  ASSERT_TRUE(direct_report.ok()) << exchange::describe(direct_report.problems.front());
  auto imported = children_by_exchange_id(direct.database());
  for (const auto& [child_id, form] : accepted) {
    EXPECT_EQ(imported.at(child_id), *children::validate_child_form(form, today, {"MAIDSTONE"}).details)
        << shown(form);
  }

  // Refused: the import of the same values is refused too, each on its own.
  testing::TestDatabase target;
  add_maidstone(target.database());
  TemporaryFolder one;
  for (const auto& row : refused) {
    write_text(one / "children.csv", children_csv({row}));
    auto refusal = exchange::import_data_set(target.database(), one.path(), "tester");
    EXPECT_FALSE(refusal.ok()) << "the form refused, the import accepted: " << shown(row.second);
  }
  auto connection = target.database().acquire();
  EXPECT_EQ(children::count_children(*connection), 0);
}

}  // namespace
}  // namespace pathway
