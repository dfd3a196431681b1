#include "access/totp.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "core/random.h"

namespace pathway::access {
namespace {

// RFC 6238 appendix B: the SHA-1 secret and its 8-digit codes. A 6-digit code is the last
// six digits of the same value (the code is the value modulo 10^digits).
const std::string rfc_secret = "12345678901234567890";
struct Vector {
  std::int64_t time;
  const char* eight_digits;
};
constexpr Vector rfc_vectors[] = {{59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
                                  {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"}};

std::string six_of(const char* eight) { return std::string(eight).substr(2); }

TEST(Totp, AcceptsTheRfc6238TestVectors) {
  for (const auto& vector : rfc_vectors) {
    auto check = check_totp(rfc_secret, six_of(vector.eight_digits), vector.time, 0);
    EXPECT_EQ(check.outcome, TotpCheck::Outcome::accepted) << vector.time;
    EXPECT_EQ(check.step, totp_step_at(vector.time)) << vector.time;
  }
}

TEST(Totp, AcceptsOneStepEitherSideAndNoFurther) {
  const Vector& vector = rfc_vectors[1];
  std::string code = six_of(vector.eight_digits);
  std::int64_t step = totp_step_at(vector.time);
  for (std::int64_t offset : {-totp_step_seconds, 0, totp_step_seconds}) {
    auto check = check_totp(rfc_secret, code, vector.time + offset, 0);
    EXPECT_EQ(check.outcome, TotpCheck::Outcome::accepted) << offset;
    EXPECT_EQ(check.step, step) << offset;
  }
  EXPECT_EQ(check_totp(rfc_secret, code, vector.time + 3 * totp_step_seconds, 0).outcome, TotpCheck::Outcome::wrong);
  EXPECT_EQ(check_totp(rfc_secret, code, vector.time - 3 * totp_step_seconds, 0).outcome, TotpCheck::Outcome::wrong);
}

TEST(Totp, RefusesTheStepAlreadyUsedAndEarlierOnes) {
  const Vector& vector = rfc_vectors[2];
  std::string code = six_of(vector.eight_digits);
  std::int64_t step = totp_step_at(vector.time);
  EXPECT_EQ(check_totp(rfc_secret, code, vector.time, step - 1).outcome, TotpCheck::Outcome::accepted);
  EXPECT_EQ(check_totp(rfc_secret, code, vector.time, step).outcome, TotpCheck::Outcome::replayed);
  EXPECT_EQ(check_totp(rfc_secret, code, vector.time, step + 1).outcome, TotpCheck::Outcome::replayed);
}

TEST(Totp, RefusesWrongCodesAndAnythingButSixDigits) {
  const Vector& vector = rfc_vectors[3];
  for (std::string typed : {"", "12345", "1234567", "abcdef", "89005924", "005925", "-05924"}) {
    EXPECT_EQ(check_totp(rfc_secret, typed, vector.time, 0).outcome, TotpCheck::Outcome::wrong) << typed;
  }
  EXPECT_EQ(check_totp(rfc_secret, "005 924", vector.time, 0).outcome, TotpCheck::Outcome::accepted);
  EXPECT_EQ(check_totp("another secret entirely", "005924", vector.time, 0).outcome, TotpCheck::Outcome::wrong);
}

TEST(Totp, WritesTheSecretAsAuthenticatorAppsTakeIt) {
  EXPECT_EQ(base32_text(rfc_secret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(grouped_for_reading(base32_text(rfc_secret)), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
  EXPECT_EQ(totp_enrolment_uri(rfc_secret, "Pathway", "sam.jones"),
            "otpauth://totp/Pathway:sam.jones?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Pathway"
            "&algorithm=SHA1&digits=6&period=30");
}

TEST(Totp, NewSecretsAre160RandomBits) {
  initialise_crypto();
  std::string first = new_totp_secret();
  EXPECT_EQ(first.size(), 20u);
  EXPECT_NE(first, new_totp_secret());
}

}  // namespace
}  // namespace pathway::access
