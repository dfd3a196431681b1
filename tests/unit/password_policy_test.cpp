#include "access/password_policy.h"

#include <gtest/gtest.h>

namespace pathway::access {
namespace {

TEST(PasswordPolicy, AcceptsALongPassphrase) {
  EXPECT_EQ(check_new_password("correct horse battery staple", "caseworker"), std::nullopt);
  EXPECT_EQ(check_new_password("plum kettle orbit 7", "amir.khan"), std::nullopt);
}

TEST(PasswordPolicy, NeedsNoMixOfCharacterKinds) {
  EXPECT_EQ(check_new_password("thistleweatherlamp", "caseworker"), std::nullopt);
}

TEST(PasswordPolicy, RefusesPasswordsShorterThan12Characters) {
  EXPECT_EQ(check_new_password("Tr0ub4dor&3", "caseworker"),
            "Password must be at least 12 characters");
  EXPECT_EQ(check_new_password("", "caseworker"), "Password must be at least 12 characters");
  EXPECT_EQ(check_new_password("plumkettle12", "caseworker"), std::nullopt);
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  // 11 characters, 22 bytes: too short.
  EXPECT_TRUE(check_new_password("ééééééééééé", "caseworker"));
  // 12 characters.
  EXPECT_EQ(check_new_password("éééééééééééé", "caseworker"), std::nullopt);
  EXPECT_EQ(check_new_password("日本語のパスワードです", "caseworker"),
            "Password must be at least 12 characters");
}

TEST(PasswordPolicy, RefusesPasswordsLongerThan256Characters) {
  EXPECT_EQ(check_new_password(std::string(256, 'k'), "caseworker"), std::nullopt);
  EXPECT_EQ(check_new_password(std::string(257, 'k'), "caseworker"),
            "Password must be 256 characters or fewer");
  std::string long_in_bytes;
  for (int i = 0; i < 200; ++i) long_in_bytes += "é";  // 400 bytes, 200 characters
  EXPECT_EQ(check_new_password(long_in_bytes, "caseworker"), std::nullopt);
}

TEST(PasswordPolicy, RefusesCommonPasswords) {
  for (std::string_view common : {"password1234", "qwertyuiop123", "123456789012", "iloveyou1234",
                                  "letmein12345", "welcome12345", "changeme1234", "pathway12345",
                                  "111111111111", "1qaz2wsx3edc", "correcthorsebatterystaple"}) {
    auto refusal = check_new_password(common, "caseworker");
    ASSERT_TRUE(refusal) << common;
    EXPECT_EQ(*refusal, "Password is too easy to guess: it is one that many people use");
  }
}

TEST(PasswordPolicy, ComparesCommonPasswordsIgnoringCase) {
  EXPECT_TRUE(check_new_password("Password1234", "caseworker"));
  EXPECT_TRUE(check_new_password("QWERTYUIOP123", "caseworker"));
  EXPECT_TRUE(check_new_password("ChangeMe1234", "caseworker"));
}

TEST(PasswordPolicy, OnlyRefusesExactCommonPasswords) {
  EXPECT_EQ(check_new_password("password1234 tulip river", "caseworker"), std::nullopt);
  EXPECT_EQ(check_new_password(" password1234", "caseworker"), std::nullopt);
}

TEST(PasswordPolicy, RefusesPasswordsContainingTheUsername) {
  EXPECT_EQ(check_new_password("caseworker-tulip-river", "caseworker"),
            "Password must not contain your username");
  EXPECT_EQ(check_new_password("my CaseWorker password", "caseworker"),
            "Password must not contain your username");
  EXPECT_EQ(check_new_password("tulip river amir.khan", "Amir.Khan"),
            "Password must not contain your username");
}

TEST(PasswordPolicy, IgnoresUsernamesShorterThanFourCharacters) {
  EXPECT_EQ(check_new_password("dreamy amy tulip river", "amy"), std::nullopt);
  EXPECT_EQ(check_new_password("tulip river sam1 forest", "sam1"),
            "Password must not contain your username");
  EXPECT_EQ(check_new_password("tulip river forest", ""), std::nullopt);
}

TEST(PasswordPolicy, ChecksLengthBeforeCommonnessAndUsername) {
  EXPECT_EQ(check_new_password("caseworker", "caseworker"),
            "Password must be at least 12 characters");
}

}  // namespace
}  // namespace pathway::access
