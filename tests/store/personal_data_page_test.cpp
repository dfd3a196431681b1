// A page declared as showing personal data is rendered only after the request has durably
// recorded who was shown it; a page that shows none needs no event.
#include <gtest/gtest.h>

#include "app/resources.h"
#include "test_database.h"
#include "web/page.h"

namespace pathway::web {
namespace {

std::int64_t audit_count(store::Database& database) {
  return database.acquire()->query_one("SELECT COUNT(*) FROM audit_events")->integer(0);
}

class PersonalDataPage : public ::testing::Test {
 protected:
  testing::TestDatabase test_;
  Views views_{app::source_directory() / "templates"};
  access::AuditWriter audit_log_{test_.database()};
  Request request_{.remote_address = "10.0.0.1", .correlation_id = "c0ffee"};
  PageContext context_{request_, {}, std::nullopt, {}, {}, test_.database(), views_, audit_log_};
};

TEST_F(PersonalDataPage, IsRefusedUntilItsAuditEventIsRecorded) {
  EXPECT_THROW(render_page(context_, pages::child_record, ViewData{}), std::logic_error);
  EXPECT_THROW(render_page(context_, pages::child_form, ViewData{}, 409), std::logic_error);
  EXPECT_EQ(audit_count(test_.database()), 0);

  context_.record_view("child.view", "child", "K7M2P9QX4R");
  EXPECT_EQ(audit_count(test_.database()), 1);
  EXPECT_EQ(render_page(context_, pages::child_record, ViewData{}).status, 200);
}

TEST_F(PersonalDataPage, ThatShowsNoneNeedsNoEvent) {
  EXPECT_EQ(render_page(context_, pages::message, ViewData{}, 404).status, 404);
  EXPECT_EQ(render_page(context_, pages::new_child_form, ViewData{}).status, 200);
  EXPECT_EQ(audit_count(test_.database()), 0);
}

}  // namespace
}  // namespace pathway::web
