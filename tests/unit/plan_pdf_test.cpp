// The printed plans, drawn by the document writer: real text that pdftotext reads back, the
// child's own words first in the child-friendly print and in large type there, no need-area
// codes; and the full plan with the formulation, owners, actions and reviews.
#include "practice/plans/plan_pdf.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>

#include "../store/temporary_folder.h"

namespace pathway::practice {
namespace {

using namespace std::chrono;

std::string run(const std::string& command) {
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
  std::string text;
  char buffer[4096];
  for (std::size_t read; pipe && (read = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) text.append(buffer, read);
  return text;
}

PlanDocument sams_plan() {
  Plan plan;
  plan.id = 3;
  Objective school;
  school.id = 11;
  school.need_area = "education_training_employment";
  school.worker_words = "Sam returns to full-time education by the spring term.";
  school.child_words = "I want to fix motorbikes, so I need college.";
  school.owner = {OwnerKind::staff, 7, "Amara Nwosu"};
  school.review_on = year{2027} / 2 / 1;
  school.actions = {{1, "Visit the college open day", "Sam and Amara", year{2027} / 1 / 15}};
  Objective camhs;
  camhs.id = 12;
  camhs.need_area = "emotional_mental_health";
  camhs.worker_words = "Sam is seen by CAMHS about his sleep.";
  camhs.owner = {OwnerKind::agency, std::nullopt, "CAMHS"};
  camhs.review_on = year{2027} / 1 / 10;
  plan.objectives = {school, camhs};
  plan.reviews = {{5, year{2026} / 11 / 1, "Sam, his mum, Amara", "Agreed the plan.", year{2027} / 1 / 10, "Amara Nwosu"}};
  FormulationVersion formulation{9, 2, {{"what-happened", "Sam lost his grandad in 2024 and moved school twice."}},
                                 "Amara Nwosu", "2026-11-20T10:00:00Z"};
  return {"Sam Ward", "27 March 2010", plan, formulation, year{2026} / 12 / 1};
}

class PlanPdf : public ::testing::Test {
 protected:
  // The PDF's text as pdftotext reads it (one line per line of the page).
  std::string text_of(const std::string& pdf, const char* options = "") {
    auto path = folder_ / "plan.pdf";
    std::ofstream(path, std::ios::binary) << pdf;
    return run("pdftotext " + std::string(options) + " '" + path.string() + "' -");
  }
  testing::TemporaryFolder folder_;
};

TEST_F(PlanPdf, TheChildFriendlyPrintHoldsTheChildsWordsFirstInPlainWords) {
  auto pdf = child_friendly_plan_pdf(sams_plan());
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  std::string text = text_of(pdf);
  for (const char* words : {"My plan", "I want to fix motorbikes, so I need college.", "What I said", "What we agreed",
                            "Amara Nwosu will help with this.", "CAMHS will help with this.",
                            "School, training or work", "We will check how this is going on 1 February 2027."}) {
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
  }
  // The child's words come before the worker's.
  EXPECT_LT(text.find("I want to fix motorbikes"), text.find("Sam returns to full-time education"));
  // No codes and no service terms.
  for (const char* jargon : {"education_training_employment", "emotional_mental_health", "Objective", "Need area"}) {
    EXPECT_EQ(text.find(jargon), std::string::npos) << jargon;
  }
  EXPECT_NE(pdf.find("/StructTreeRoot"), std::string::npos);  // tagged
}

TEST_F(PlanPdf, TheChildFriendlyPrintIsSetInLargeType) {
  // pdftotext -bbox gives each word's box: every word is at least 16 points high, except the
  // page footer.
  std::string boxes = text_of(child_friendly_plan_pdf(sams_plan()), "-bbox");
  std::regex word(R"re(<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>)re");
  int words = 0;
  for (auto match = std::sregex_iterator(boxes.begin(), boxes.end(), word); match != std::sregex_iterator(); ++match) {
    double height = std::stod((*match)[2]) - std::stod((*match)[1]);
    if (std::stod((*match)[1]) > 770) continue;  // the footer, at the foot of the page
    ++words;
    EXPECT_GE(height, child_friendly_body_size) << (*match)[3];
  }
  EXPECT_GT(words, 50);
}

TEST_F(PlanPdf, TheFullPlanHoldsTheFormulationObjectivesOwnersActionsAndReviews) {
  std::string text = text_of(full_plan_pdf(sams_plan()), "-layout");
  for (const char* words : {"Intervention plan: Sam Ward", "Case formulation",
                            "Sam lost his grandad in 2024 and moved school twice.",
                            "Objective 1: Education, training and employment", "I want to fix motorbikes",
                            "Owner: Amara Nwosu (youth justice)", "Partner agency: CAMHS", "Visit the college open day",
                            "15 January 2027", "Review on 1 November 2026", "Next review of the plan: 10 January 2027"}) {
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
  }
}

}  // namespace
}  // namespace pathway::practice
