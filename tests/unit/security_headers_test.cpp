#include "web/security_headers.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <fstream>
#include <sstream>

#include "app/resources.h"

namespace pathway::web {
namespace {

// The CSP allows exactly one inline script by its hash: if the layout's js-enabled line
// changes, this test says so before a browser silently refuses to run it.
TEST(SecurityHeaders, AllowTheLayoutsInlineScriptByItsHash) {
  std::ifstream in((app::source_directory() / "templates/partials/layout_top.mustache").string());
  std::stringstream text;
  text << in.rdbuf();
  std::string layout = text.str();
  auto open = layout.find("<script>");
  ASSERT_NE(open, std::string::npos);
  auto close = layout.find("</script>", open);
  std::string body = layout.substr(open + 8, close - open - 8);
  EXPECT_EQ(layout.find("<script>", close), std::string::npos) << "only one inline script is allowed";

  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(body.data()), body.size());
  char encoded[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
  sodium_bin2base64(encoded, sizeof encoded, digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
  EXPECT_EQ(js_enabled_script_hash, "sha256-" + std::string(encoded));
}

TEST(SecurityHeaders, AreStrictAndKeepPagesOutOfCaches) {
  Response response;
  add_security_headers(response, false);
  auto csp = std::string(*response.header("Content-Security-Policy"));
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.header("Cache-Control"), "no-store");
  EXPECT_FALSE(response.header("Strict-Transport-Security"));
  Response secure;
  add_security_headers(secure, true);
  EXPECT_TRUE(secure.header("Strict-Transport-Security"));
}

}  // namespace
}  // namespace pathway::web
