// The server's two-factor key, recovery codes and the enrolment QR code.
#include <gtest/gtest.h>

#include <set>

#include <sodium.h>

#include "access/recovery_codes.h"
#include "access/two_factor_key.h"
#include "core/random.h"
#include "web/qr_code.h"

namespace pathway::access {
namespace {

std::string random_key_hex() {
  initialise_crypto();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

TEST(TwoFactorKey, NeedsSixtyFourHexDigits) {
  EXPECT_FALSE(TwoFactorKey::from_hex("").ok());
  EXPECT_FALSE(TwoFactorKey::from_hex("abcd").ok());
  EXPECT_FALSE(TwoFactorKey::from_hex(std::string(64, 'g')).ok());
  auto refused = TwoFactorKey::from_hex(std::string(63, 'a'));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().message.find("aaaa"), std::string::npos) << "the message repeats the key";
  EXPECT_TRUE(TwoFactorKey::from_hex(random_key_hex()).ok());
}

TEST(TwoFactorKey, SealsASecretSoOnlyThatKeyOpensItForThatAccount) {
  auto key = TwoFactorKey::from_hex(random_key_hex());
  auto other = TwoFactorKey::from_hex(random_key_hex());
  ASSERT_TRUE(key.ok() && other.ok());
  std::string secret = "12345678901234567890";
  std::string sealed = key->seal(secret, 7);
  EXPECT_EQ(sealed.find("3132333435"), std::string::npos) << "the secret is readable in the sealed text";
  EXPECT_NE(sealed, key->seal(secret, 7)) << "each seal has its own nonce";
  EXPECT_EQ(key->open(sealed, 7), secret);
  EXPECT_EQ(key->open(sealed, 8), std::nullopt) << "moved to another account";
  EXPECT_EQ(other->open(sealed, 7), std::nullopt) << "another key";
  std::string altered = sealed;
  altered.back() = altered.back() == '0' ? '1' : '0';
  EXPECT_EQ(key->open(altered, 7), std::nullopt) << "altered";
  EXPECT_EQ(key->open("not hex", 7), std::nullopt);
  EXPECT_EQ(key->open("", 7), std::nullopt);
}

TEST(RecoveryCodes, TenDistinctCodesInGroupsOfFour) {
  initialise_crypto();
  auto codes = new_recovery_codes();
  ASSERT_EQ(codes.size(), 10u);
  std::set<std::string> distinct(codes.begin(), codes.end());
  EXPECT_EQ(distinct.size(), codes.size());
  for (const auto& code : codes) {
    EXPECT_EQ(code.size(), 19u) << code;
    EXPECT_EQ(code.find_first_not_of("abcdefghijklmnopqrstuvwxyz234567-"), std::string::npos) << code;
    EXPECT_EQ(code[4], '-');
    EXPECT_TRUE(looks_like_recovery_code(code));
  }
  EXPECT_FALSE(looks_like_recovery_code("123456"));
}

TEST(RecoveryCodes, HashIgnoresCaseSpacesAndHyphensAndHidesTheCode) {
  std::string hash = recovery_code_hash("abcd-efgh-ijkl-mn23");
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash, recovery_code_hash("ABCD EFGH IJKL MN23"));
  EXPECT_EQ(hash, recovery_code_hash("abcdefghijklmn23"));
  EXPECT_NE(hash, recovery_code_hash("abcd-efgh-ijkl-mn24"));
  EXPECT_EQ(hash.find("abcd"), std::string::npos);
}

TEST(QrCode, IsAnSvgImageInADataAddress) {
  initialise_crypto();
  std::string uri = web::qr_code_data_uri("otpauth://totp/Pathway:sam?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  std::string prefix = "data:image/svg+xml;base64,";
  ASSERT_EQ(uri.rfind(prefix, 0), 0u);
  std::string base64 = uri.substr(prefix.size());
  std::string svg(base64.size(), '\0');
  std::size_t length = 0;
  ASSERT_EQ(sodium_base642bin(reinterpret_cast<unsigned char*>(svg.data()), svg.size(), base64.data(), base64.size(),
                              nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL),
            0);
  svg.resize(length);
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("h1v1h-1z"), std::string::npos) << "no dark modules";
}

}  // namespace
}  // namespace pathway::access
