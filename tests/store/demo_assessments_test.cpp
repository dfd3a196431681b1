// The demo county's assessments, on either backend: every child with a case manager has a
// youth justice assessment by them; there are drafts, completed and countersigned ones, and
// reassessments that started from an earlier assessment of the same child and kind; no
// author countersigned their own, and nothing is completed before it was started.
#include <gtest/gtest.h>

#include "shared_demo_county.h"

namespace pathway {
namespace {

std::int64_t count(store::Connection& connection, const std::string& sql) {
  return connection.query_one(sql)->integer(0);
}

TEST(DemoAssessments, CaseManagersAssessTheirChildrenInEveryState) {
  auto connection = testing::SharedDemoCounty::instance().database().acquire();
  EXPECT_EQ(count(*connection,
                  "SELECT COUNT(*) FROM case_workers w WHERE w.case_role = 'case_manager' AND w.ended_at IS NULL"
                  " AND NOT EXISTS (SELECT 1 FROM assessments a JOIN assessment_templates t ON t.id = a.template_id"
                  " WHERE a.child_id = w.child_id AND a.author_id = w.staff_id AND t.kind = 'youth_justice')"),
            0);
  for (std::string state : {"draft", "completed", "countersigned"}) {
    EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM assessments WHERE state = '" + state + "'"), 0) << state;
  }
  EXPECT_GT(count(*connection, "SELECT COUNT(*) FROM assessments WHERE reassessment_of IS NOT NULL"), 0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM assessments a JOIN assessments p ON p.id = a.reassessment_of"
                               " WHERE p.child_id <> a.child_id OR p.template_id <> a.template_id"
                               " OR p.started_on > a.started_on"),
            0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM assessments WHERE countersigned_by = author_id"), 0);
  EXPECT_EQ(count(*connection, "SELECT COUNT(*) FROM assessments WHERE completed_on < started_on"
                               " OR countersigned_on < completed_on OR (state = 'draft') <> (completed_on IS NULL)"),
            0);
}

}  // namespace
}  // namespace pathway
