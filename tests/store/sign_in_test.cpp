#include "access/sign_in.h"

#include <gtest/gtest.h>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

#include "access/password_hash.h"
#include "store/migrations.h"
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

// A sign-in service on the test database, as the web application builds one.
struct SignInDesk {
  explicit SignInDesk(store::Database& database, access::ThrottlePolicy policy = {},
                      access::PasswordCheckLimits limits = {2, 64, std::chrono::seconds(60)})
      : audit_log(database), checks(limits), service(database, audit_log, checks, policy) {}
  std::optional<access::StartedSession> sign_in(const std::string& username, const std::string& typed_password,
                                                const std::string& address, std::int64_t now) {
    return service.sign_in({username, typed_password, address}, now).started;
  }
  access::AuditWriter audit_log;
  access::PasswordChecks checks;
  access::SignInService service;
};

TEST(SignIn, StartsASessionForTheRightPassword) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  SignInDesk desk(test.database());
  auto started = desk.sign_in("sam", password, "127.0.0.1", 1000);
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
  SignInDesk desk(test.database());
  EXPECT_FALSE(desk.sign_in("sam", "wrong password here", "127.0.0.1", 1000));
  EXPECT_FALSE(desk.sign_in("nobody", password, "127.0.0.1", 1000));
}

TEST(SignInThrottle, LocksAnAccountFromAnAddressUntilTheWindowPasses) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  access::ThrottlePolicy policy;
  SignInDesk desk(test.database(), policy);
  for (int i = 0; i < policy.failures_per_account_and_address; ++i) {
    EXPECT_FALSE(desk.sign_in("sam", "wrong", "10.0.0.1", 1000 + i));
  }
  EXPECT_FALSE(desk.sign_in("sam", password, "10.0.0.1", 1010));
  EXPECT_TRUE(desk.sign_in("sam", password, "10.0.0.1", 1004 + policy.window_seconds + 1));
}

TEST(SignInThrottle, AStrangerCannotLockSomeoneOut) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  SignInDesk desk(test.database());
  for (int i = 0; i < 50; ++i) EXPECT_FALSE(desk.sign_in("sam", "wrong " + std::to_string(i), "203.0.113.7", 1000 + i));
  EXPECT_FALSE(desk.sign_in("sam", password, "203.0.113.7", 1100));
  EXPECT_TRUE(desk.sign_in("sam", password, "10.0.0.2", 1100));
}

TEST(SignInThrottle, CountsTheAccountHoweverItsNameIsTyped) {
  testing::TestDatabase test;
  add_account(test.database(), "caseworker");
  SignInDesk desk(test.database());
  for (std::string typed : {"caseworker", "CaseWorker", "CASEWORKER", "caseWorker", "Caseworker"}) {
    EXPECT_FALSE(desk.sign_in(typed, "wrong", "10.0.0.1", 1000));
  }
  EXPECT_FALSE(desk.sign_in("CaseWorker", password, "10.0.0.1", 1001));
  EXPECT_FALSE(desk.sign_in("caseworker", password, "10.0.0.1", 1001));
  auto connection = test.database().acquire();
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM sign_in_failures WHERE username = 'caseworker'")->integer(0), 5);
}

TEST(SignInThrottle, RefusedAttemptsCostNoPasswordCheckAndAreNotCounted) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  access::ThrottlePolicy policy;
  SignInDesk desk(test.database(), policy);
  for (int i = 0; i < policy.failures_per_account_and_address; ++i) desk.sign_in("sam", "wrong", "10.0.0.1", 1000);
  unsigned long checked = desk.checks.total_checks();
  // One try a minute would have kept the account locked for ever if each were counted.
  std::int64_t now = 1000;
  for (; now < 1000 + policy.window_seconds; now += 60) EXPECT_FALSE(desk.sign_in("sam", "wrong", "10.0.0.1", now));
  EXPECT_EQ(desk.checks.total_checks(), checked);
  EXPECT_TRUE(desk.sign_in("sam", password, "10.0.0.1", now));
  auto connection = test.database().acquire();
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM sign_in_failures")->integer(0),
            policy.failures_per_account_and_address);
  EXPECT_GE(connection->query_one("SELECT COUNT(*) FROM audit_events WHERE detail = 'throttled'")->integer(0), 15);
}

TEST(SignInThrottle, AnOfficeBehindOneAddressIsNotShutOutByOnePersonsGuessing) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  add_account(test.database(), "alex");
  add_account(test.database(), "jodie");
  access::ThrottlePolicy policy;
  SignInDesk desk(test.database(), policy);
  const std::string office = "198.51.100.1";
  for (int i = 0; i < 20; ++i) EXPECT_FALSE(desk.sign_in("guess" + std::to_string(i % 5), "wrong", office, 1000 + i));
  // Colleagues behind the same address sign in, one of them after a typing mistake.
  EXPECT_TRUE(desk.sign_in("sam", password, office, 1030));
  EXPECT_FALSE(desk.sign_in("alex", "a typing mistake", office, 1031));
  EXPECT_TRUE(desk.sign_in("alex", password, office, 1032));
  // The guessing address gets fewer tries at each further account.
  for (int i = 0; i < policy.failures_when_under_attack; ++i) EXPECT_FALSE(desk.sign_in("jodie", "wrong", office, 1040));
  EXPECT_FALSE(desk.sign_in("jodie", password, office, 1041));
}

TEST(SignInThrottle, AnAccountGuessedAtFromManyAddressesStillLetsItsOwnerIn) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  access::ThrottlePolicy policy;
  SignInDesk desk(test.database(), policy);
  for (int i = 0; i < policy.failures_per_account; ++i) {
    EXPECT_FALSE(desk.sign_in("sam", "wrong", "10.1.0." + std::to_string(i / 4), 1000 + i));
  }
  // A further guessing address gets fewer tries; the owner, elsewhere, gets in.
  for (int i = 0; i < policy.failures_when_under_attack; ++i) EXPECT_FALSE(desk.sign_in("sam", "wrong", "10.2.0.1", 1030));
  EXPECT_FALSE(desk.sign_in("sam", password, "10.2.0.1", 1031));
  EXPECT_TRUE(desk.sign_in("sam", password, "10.9.9.9", 1031));
}

TEST(SignInThrottle, UnlockingForgetsTheFailures) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  SignInDesk desk(test.database());
  for (int i = 0; i < 5; ++i) desk.sign_in("sam", "wrong", "10.0.0.1", 1000);
  EXPECT_FALSE(desk.sign_in("sam", password, "10.0.0.1", 1001));
  EXPECT_EQ(access::clear_sign_in_failures(*test.database().acquire(), "sam"), 5);
  EXPECT_TRUE(desk.sign_in("sam", password, "10.0.0.1", 1002));
}

TEST(SignInThrottle, FailuresRecordedBeforeSchemaVersion4CountByTheFoldedName) {
  testing::TestDatabase test(testing::TestDatabase::Schema::empty);
  store::migrate(test.database(), 3);
  {
    auto connection = test.database().acquire();
    for (int i = 0; i < 5; ++i) {
      connection->execute("INSERT INTO sign_in_failures (username, address, failed_at) VALUES ('CaseWorker', '10.0.0.1', 1000)");
    }
  }
  store::migrate(test.database());
  add_account(test.database(), "caseworker");
  SignInDesk desk(test.database());
  EXPECT_FALSE(desk.sign_in("caseworker", password, "10.0.0.1", 1001));
}

TEST(PasswordChecks, NeverRunMoreHashesAtOnceThanTheirBound) {
  testing::TestDatabase test;
  add_account(test.database(), "sam");
  SignInDesk desk(test.database(), {}, {2, 64, std::chrono::seconds(60)});
  std::atomic<int> signed_in = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 12; ++t) {
    threads.emplace_back([&desk, &signed_in, t] {
      std::string address = "10.3.0." + std::to_string(t);
      for (int i = 0; i < 2; ++i) desk.sign_in("nobody" + std::to_string(i), "wrong", address, 1000);
      if (desk.sign_in("sam", password, address, 1000)) ++signed_in;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(signed_in, 12);
  EXPECT_EQ(desk.checks.total_checks(), 36u);
  EXPECT_LE(desk.checks.peak_at_once(), 2u);
  EXPECT_GE(desk.checks.peak_at_once(), 1u);
}

TEST(PasswordChecks, TurnAwayAttemptsBeyondTheWaitingRoomWithoutCountingThem) {
  initialise_crypto();
  access::PasswordChecks checks({1, 0, std::chrono::seconds(60)});
  const std::string hash = access::hash_password(password);
  std::latch start(8);
  std::atomic<int> busy = 0;
  std::atomic<int> matched = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      start.arrive_and_wait();
      auto result = checks.check(hash, password);
      if (!result) ++busy;
      else if (*result) ++matched;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(busy + matched, 8);
  EXPECT_GT(busy, 0);
  EXPECT_EQ(checks.total_checks(), static_cast<unsigned long>(matched));
  EXPECT_EQ(checks.peak_at_once(), 1u);
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
  SignInDesk desk(test.database());
  auto started = desk.sign_in("sam", password, "127.0.0.1", 1000);
  ASSERT_TRUE(started);
  access::sign_out(test.database(), started->token, staff, "127.0.0.1");
  auto connection = test.database().acquire();
  EXPECT_FALSE(access::resume_session(*connection, started->token, 1001, {}));
}

}  // namespace
}  // namespace pathway
