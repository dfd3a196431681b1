#include "access/sign_in.h"

#include <gtest/gtest.h>

#include "access/password_hash.h"
#include "store/transaction.h"
#include "test_database.h"

namespace pathway {
namespace {

constexpr const char* password = "a long enough pass phrase";

access::StaffMember add_account(store::Database& database, const std::string& username) {
  auto connection = database.acquire();
  auto added = access::add_staff_member(*connection, {username, "Sam Example", access::Role::case_manager, password});
  EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message);
  return added.value();
}

TEST(Staff, PasswordsAreStoredAsArgon2idHashes) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  auto connection = test.database().acquire();
  auto found = access::find_staff_with_password_hash(*connection, "SAM");
  ASSERT_TRUE(found);
  EXPECT_TRUE(found->second.starts_with("$argon2id$"));
  EXPECT_TRUE(access::verify_password(found->second, password));
  EXPECT_FALSE(access::verify_password(found->second, "something else entirely"));
}

TEST(Staff, WeakPasswordsAndBadUsernamesAreRefused) {
  testing::TestDatabase test;
  auto connection = test.database().acquire();
  auto short_password = access::add_staff_member(*connection, {"sam", "", access::Role::analyst, "short"});
  ASSERT_FALSE(short_password.ok());
  EXPECT_EQ(short_password.error().kind, ErrorKind::invalid);
  auto bad_name = access::add_staff_member(*connection, {"no spaces", "", access::Role::analyst, password});
  ASSERT_FALSE(bad_name.ok());
}

TEST(Staff, UsernamesAreUnique) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  auto connection = test.database().acquire();
  auto again = access::add_staff_member(*connection, {"Sam", "", access::Role::analyst, password});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
}

TEST(SignIn, StartsASessionForTheRightPassword) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  auto started = access::sign_in(test.database(), {"sam", password, "127.0.0.1"}, 1000);
  ASSERT_TRUE(started);
  EXPECT_EQ(started->token.size(), 43u);
  auto connection = test.database().acquire();
  auto session = access::resume_session(*connection, started->token, 1001, {});
  ASSERT_TRUE(session);
  EXPECT_EQ(session->staff.username, "sam");
  // The database holds only the token's hash.
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM sessions WHERE token_hash = ?", {started->token})->integer(0), 0);
}

TEST(SignIn, RefusesWrongPasswordsAndUnknownAccounts) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  EXPECT_FALSE(access::sign_in(test.database(), {"sam", "wrong password here", "127.0.0.1"}, 1000));
  EXPECT_FALSE(access::sign_in(test.database(), {"nobody", password, "127.0.0.1"}, 1000));
}

TEST(SignIn, LocksAnAccountAfterRepeatedFailuresUntilTheWindowPasses) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  access::ThrottlePolicy policy;
  for (int i = 0; i < policy.failures_per_account; ++i) {
    EXPECT_FALSE(access::sign_in(test.database(), {"sam", "wrong", "10.0.0.1"}, 1000 + i, policy));
  }
  EXPECT_FALSE(access::sign_in(test.database(), {"sam", password, "10.0.0.2"}, 1010, policy));
  EXPECT_TRUE(access::sign_in(test.database(), {"sam", password, "10.0.0.2"}, 1010 + policy.window_seconds, policy));
}

TEST(SignIn, ThrottlesAnAddressGuessingAcrossAccounts) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  access::ThrottlePolicy policy{900, 5, 3};
  for (int i = 0; i < 3; ++i) {
    access::sign_in(test.database(), {"user" + std::to_string(i), "wrong", "10.0.0.9"}, 1000, policy);
  }
  EXPECT_FALSE(access::sign_in(test.database(), {"sam", password, "10.0.0.9"}, 1001, policy));
  EXPECT_TRUE(access::sign_in(test.database(), {"sam", password, "10.0.0.10"}, 1001, policy));
}

TEST(Sessions, EndAfterIdleAndAbsoluteLimits) {
  testing::TestDatabase test;
  auto staff = add_account(test.database(), "sam");
  auto connection = test.database().acquire();
  access::SessionPolicy policy;
  auto idle = access::start_session(*connection, staff, 0);
  EXPECT_TRUE(access::resume_session(*connection, idle.token, policy.idle_seconds, policy));
  EXPECT_FALSE(access::resume_session(*connection, idle.token, 2 * policy.idle_seconds + 1, policy));

  auto busy = access::start_session(*connection, staff, 0);
  std::int64_t now = 0;
  while (now + 600 <= policy.absolute_seconds) {
    now += 600;
    ASSERT_TRUE(access::resume_session(*connection, busy.token, now, policy)) << now;
  }
  EXPECT_FALSE(access::resume_session(*connection, busy.token, policy.absolute_seconds + 1, policy));
}

TEST(Sessions, EndAtSignOut) {
  testing::TestDatabase test;
  auto staff = add_account(test.database(), "sam");
  auto started = access::sign_in(test.database(), {"sam", password, "127.0.0.1"}, 1000);
  ASSERT_TRUE(started);
  access::sign_out(test.database(), started->token, staff, "127.0.0.1");
  auto connection = test.database().acquire();
  EXPECT_FALSE(access::resume_session(*connection, started->token, 1001, {}));
}

}  // namespace
}  // namespace pathway
