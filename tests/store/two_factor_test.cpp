// Two-factor sign-in against a real database (SQLite, or PostgreSQL under with-postgres):
// enrolment, replay, recovery codes, throttling, reset, and the roles that require it.
#include "access/two_factor.h"

#include <gtest/gtest.h>
#include <liboath/oath.h>
#include <sodium.h>

#include <cctype>
#include <cstdlib>

#include "access/audit_writer.h"
#include "access/password_checks.h"
#include "access/sessions.h"
#include "access/sign_in.h"
#include "access/totp.h"
#include "access/two_factor_policy.h"
#include "test_database.h"

namespace pathway {
namespace {

constexpr const char* password = "a long enough pass phrase";
constexpr std::int64_t start = 1'800'000'000;  // a step boundary: 60,000,000 x 30

access::TwoFactorKey test_key() {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return access::TwoFactorKey::from_hex(hex).value();
}

// The code an authenticator app shows at `now` for the secret it was given (base32, as
// the enrolment page shows it), made by liboath independently of the code under test.
std::string app_code(const std::string& shown_secret, std::int64_t now) {
  std::string base32;
  for (char c : shown_secret) {
    if (c != ' ') base32 += c;
  }
  char* secret = nullptr;
  size_t length = 0;
  EXPECT_EQ(oath_base32_decode(base32.c_str(), base32.size(), &secret, &length), OATH_OK);
  char code[7] = {};
  EXPECT_EQ(oath_totp_generate(secret, length, static_cast<time_t>(now), 30, 0, 6, code), OATH_OK);
  std::free(secret);
  return code;
}

struct Desk {
  explicit Desk(store::Database& database) : database(database), two_factor(database, test_key()) {
    oath_init();
  }
  access::StaffMember add(const std::string& username, access::Role role) {
    auto connection = database.acquire();
    return access::add_staff_member(*connection, {username, "Sam Example", role, password}).value();
  }
  // Enrols the account at `start`: the secret as shown, and the recovery codes.
  std::pair<std::string, std::vector<std::string>> enrol(const access::StaffMember& staff) {
    auto enrolment = two_factor.enrolment(staff, start);
    EXPECT_TRUE(enrolment.ok());
    auto codes = two_factor.confirm_enrolment({staff, app_code(enrolment->secret_for_reading, start), "10.0.0.1", start},
                                              "");
    EXPECT_TRUE(codes.ok()) << (codes.ok() ? "" : codes.error().message);
    return {enrolment->secret_for_reading, codes.ok() ? codes.value() : std::vector<std::string>{}};
  }
  Result<Done> second_step(const access::StaffMember& staff, const std::string& code, std::int64_t now) {
    return two_factor.complete_sign_in({staff, code, "10.0.0.1", now}, "");
  }
  std::int64_t count(const std::string& sql) { return database.acquire()->query_one(sql)->integer(0); }

  store::Database& database;
  access::TwoFactorService two_factor;
};

TEST(TwoFactor, EnrolmentTakesEffectOnlyWithACurrentCode) {
  testing::TestDatabase test;
  Desk desk(test.database());
  auto sam = desk.add("sam", access::Role::case_manager);
  auto enrolment = desk.two_factor.enrolment(sam, start);
  ASSERT_TRUE(enrolment.ok());
  EXPECT_EQ(enrolment->secret_for_reading.size(), 39u);  // 32 base32 characters in groups of four
  EXPECT_NE(enrolment->uri.find("otpauth://totp/Pathway:sam?secret="), std::string::npos);
  // Reloading the page shows the same secret until it is confirmed.
  EXPECT_EQ(desk.two_factor.enrolment(sam, start + 5)->secret_for_reading, enrolment->secret_for_reading);
  EXPECT_FALSE(desk.two_factor.status(sam).enrolled);

  auto wrong = desk.two_factor.confirm_enrolment({sam, "000000", "10.0.0.1", start}, "");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().kind, ErrorKind::invalid);
  EXPECT_FALSE(desk.two_factor.status(sam).enrolled);

  auto codes = desk.two_factor.confirm_enrolment({sam, app_code(enrolment->secret_for_reading, start), "10.0.0.1", start},
                                                 "");
  ASSERT_TRUE(codes.ok());
  EXPECT_EQ(codes->size(), 10u);
  auto status = desk.two_factor.status(sam);
  EXPECT_TRUE(status.enrolled);
  EXPECT_EQ(status.recovery_codes_left, 10);
  EXPECT_FALSE(desk.two_factor.enrolment(sam, start).ok()) << "enrolled already";
}

TEST(TwoFactor, TheDatabaseHoldsNeitherTheSecretNorTheRecoveryCodes) {
  testing::TestDatabase test;
  Desk desk(test.database());
  auto sam = desk.add("sam", access::Role::case_manager);
  auto [secret, codes] = desk.enrol(sam);
  auto connection = test.database().acquire();
  std::string base32 = secret;
  std::erase(base32, ' ');
  std::string sealed = connection->query_one("SELECT sealed_secret FROM staff_two_factor")->text(0);
  EXPECT_EQ(sealed.find(base32), std::string::npos);
  for (const auto& code : codes) {
    std::string pattern = "%";
    pattern.append(code, 0, 4).append(code, 5, 4).append("%");
    EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM two_factor_recovery_codes WHERE code_hash LIKE ?", {pattern})
                  ->integer(0),
              0);
  }
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM two_factor_recovery_codes WHERE LENGTH(code_hash) = 64")
                ->integer(0),
            10);
}

TEST(TwoFactor, ACodeIsAcceptedOnceAndNeverAgain) {
  testing::TestDatabase test;
  Desk desk(test.database());
  auto sam = desk.add("sam", access::Role::case_manager);
  auto [secret, codes] = desk.enrol(sam);
  // The code that confirmed enrolment is used up, as is every earlier one.
  auto replayed = desk.second_step(sam, app_code(secret, start), start + 10);
  ASSERT_FALSE(replayed.ok());
  EXPECT_NE(replayed.error().message.find("used already"), std::string::npos);
  EXPECT_TRUE(desk.second_step(sam, app_code(secret, start + 30), start + 31).ok());
  EXPECT_FALSE(desk.second_step(sam, app_code(secret, start + 30), start + 40).ok());
  EXPECT_FALSE(desk.second_step(sam, app_code(secret, start), start + 40).ok()) << "an earlier step";
  EXPECT_TRUE(desk.second_step(sam, app_code(secret, start + 60), start + 61).ok());
}

TEST(TwoFactor, EachRecoveryCodeWorksOnce) {
  testing::TestDatabase test;
  Desk desk(test.database());
  auto sam = desk.add("sam", access::Role::case_manager);
  auto [secret, codes] = desk.enrol(sam);
  std::string typed = codes[3];
  for (char& c : typed) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_TRUE(desk.second_step(sam, typed, start + 100).ok()) << "typed in capitals";
  EXPECT_EQ(desk.two_factor.status(sam).recovery_codes_left, 9);
  EXPECT_FALSE(desk.second_step(sam, codes[3], start + 200).ok());
  EXPECT_FALSE(desk.second_step(sam, "aaaa-bbbb-cccc-dddd", start + 200).ok());
  // New codes need a current authenticator code, and replace the old ones.
  EXPECT_FALSE(desk.two_factor.replace_recovery_codes({sam, codes[4], "10.0.0.1", start + 300}).ok());
  auto fresh = desk.two_factor.replace_recovery_codes({sam, app_code(secret, start + 300), "10.0.0.1", start + 300});
  ASSERT_TRUE(fresh.ok());
  EXPECT_FALSE(desk.second_step(sam, codes[5], start + 400).ok()) << "an old code after replacement";
  EXPECT_TRUE(desk.second_step(sam, fresh->front(), start + 400).ok());
}

TEST(TwoFactor, WrongCodesLockTheAccountsCodesForAWhileAndAreAudited) {
  testing::TestDatabase test;
  Desk desk(test.database());
  auto sam = desk.add("sam", access::Role::case_manager);
  auto [secret, codes] = desk.enrol(sam);
  access::TwoFactorThrottle throttle;
  for (int i = 0; i < throttle.failures; ++i) EXPECT_FALSE(desk.second_step(sam, "000000", start + 60 + i).ok());
  auto locked = desk.second_step(sam, app_code(secret, start + 90), start + 90);
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().kind, ErrorKind::forbidden);
  EXPECT_FALSE(desk.second_step(sam, codes[0], start + 91).ok()) << "recovery codes are locked too";
  EXPECT_EQ(desk.count("SELECT COUNT(*) FROM two_factor_failures"), throttle.failures) << "refusals are not counted";
  EXPECT_EQ(desk.count("SELECT COUNT(*) FROM audit_events WHERE action = 'two_factor.refused' AND detail LIKE "
                       "'sign-in: wrong code'"),
            throttle.failures);
  EXPECT_EQ(desk.count("SELECT COUNT(*) FROM audit_events WHERE action = 'two_factor.refused' AND detail LIKE "
                       "'%too many%'"),
            2);
  std::int64_t later = start + 64 + throttle.window_seconds + 1;
  EXPECT_TRUE(desk.second_step(sam, app_code(secret, later), later).ok());
}

TEST(TwoFactor, ResetForgetsTheSecretAndCodesAndEndsSessions) {
  testing::TestDatabase test;
  Desk desk(test.database());
  auto sam = desk.add("sam", access::Role::case_manager);
  desk.enrol(sam);
  auto connection = test.database().acquire();
  auto session = access::start_session(*connection, sam, start);
  EXPECT_TRUE(access::reset_two_factor(*connection, sam));
  EXPECT_FALSE(access::resume_session(*connection, session.token, start + 1, {}));
  EXPECT_EQ(connection->query_one("SELECT COUNT(*) FROM two_factor_recovery_codes")->integer(0), 0);
  connection.reset();
  EXPECT_FALSE(desk.two_factor.status(sam).enrolled);
  EXPECT_TRUE(desk.two_factor.enrolment(sam, start + 100).ok()) << "enrols again";
}

TEST(TwoFactor, TheRolesTheAdministratorChoosesMustEnrolAndEnrolledAccountsAlwaysGiveACode) {
  testing::TestDatabase test;
  Desk desk(test.database());
  auto manager = desk.add("manager", access::Role::manager);
  auto worker = desk.add("worker", access::Role::case_manager);
  auto connection = test.database().acquire();
  EXPECT_EQ(access::second_step_after_password(*connection, manager), access::SecondStep::enrol) << "by default";
  EXPECT_EQ(access::second_step_after_password(*connection, worker), access::SecondStep::none);
  access::set_two_factor_roles(*connection, {access::Role::case_manager});
  EXPECT_EQ(access::two_factor_roles(*connection), std::vector<access::Role>{access::Role::case_manager});
  EXPECT_EQ(access::second_step_after_password(*connection, manager), access::SecondStep::none);
  EXPECT_EQ(access::second_step_after_password(*connection, worker), access::SecondStep::enrol);
  access::set_two_factor_roles(*connection, {});
  EXPECT_TRUE(access::two_factor_roles(*connection).empty());
  connection.reset();
  desk.enrol(worker);
  connection = test.database().acquire();
  EXPECT_EQ(access::second_step_after_password(*connection, worker), access::SecondStep::code);
}

TEST(TwoFactor, ASessionStaysPendingUntilItsSecondStep) {
  testing::TestDatabase test;
  Desk desk(test.database());
  auto manager = desk.add("manager", access::Role::manager);
  access::AuditWriter audit_log(test.database());
  access::PasswordChecks checks({2, 64, std::chrono::seconds(60)});
  access::SignInService sign_ins(test.database(), audit_log, checks);
  auto result = sign_ins.sign_in({"manager", password, "10.0.0.1"}, start);
  ASSERT_EQ(result.outcome, access::SignInResult::Outcome::signed_in);
  EXPECT_EQ(result.next, access::SecondStep::enrol);
  std::string token = result.started->token;
  auto resumed = [&] {
    auto connection = test.database().acquire();
    return access::resume_session(*connection, token, start + 1, {});
  };
  EXPECT_TRUE(resumed()->two_factor_pending);
  auto enrolment = desk.two_factor.enrolment(manager, start);
  ASSERT_TRUE(desk.two_factor
                  .confirm_enrolment({manager, app_code(enrolment->secret_for_reading, start), "10.0.0.1", start}, token)
                  .ok());
  EXPECT_FALSE(resumed()->two_factor_pending);

  auto again = sign_ins.sign_in({"manager", password, "10.0.0.1"}, start + 60);
  EXPECT_EQ(again.next, access::SecondStep::code);
  token = again.started->token;
  EXPECT_TRUE(resumed()->two_factor_pending);
  ASSERT_TRUE(desk.two_factor.complete_sign_in({manager, app_code(enrolment->secret_for_reading, start + 60), "10.0.0.1",
                                                start + 60},
                                               token)
                  .ok());
  EXPECT_FALSE(resumed()->two_factor_pending);
}

TEST(TwoFactor, WithoutAKeyNothingIsSealedOrChecked) {
  testing::TestDatabase test;
  access::TwoFactorService two_factor(test.database(), std::nullopt);
  auto connection = test.database().acquire();
  auto sam = access::add_staff_member(*connection, {"sam", "Sam", access::Role::manager, password}).value();
  connection.reset();
  EXPECT_FALSE(two_factor.available());
  auto enrolment = two_factor.enrolment(sam, start);
  ASSERT_FALSE(enrolment.ok());
  EXPECT_EQ(enrolment.error().kind, ErrorKind::unavailable);
}

}  // namespace
}  // namespace pathway
