#include "web/return_target.h"

#include <gtest/gtest.h>

namespace pathway {
namespace {

TEST(ReturnTarget, APathOnThisSiteIsKept) {
  EXPECT_EQ(web::safe_return_target("/children?name=a%20b&page=2"), "/children?name=a%20b&page=2");
  EXPECT_EQ(web::safe_return_target("/"), "/");
}

TEST(ReturnTarget, AnythingThatCouldLeaveTheSiteGoesHome) {
  for (std::string_view target :
       {"", "children", "https://evil.example/", "//evil.example/", "/\\evil.example", "\\\\evil.example",
        "/\t/evil.example", "/\n/evil.example", "/\r//evil.example", "/ /evil.example", "/%09/ok-because-encoded"}) {
    std::string expected = std::string_view(target) == "/%09/ok-because-encoded" ? std::string(target) : "/";
    EXPECT_EQ(web::safe_return_target(target), expected) << target;
  }
  EXPECT_EQ(web::safe_return_target(std::string_view("/\0/evil.example", 15)), "/");
  EXPECT_EQ(web::safe_return_target("/caf\xc3\xa9"), "/");
}

}  // namespace
}  // namespace pathway
