#include "web/http.h"

#include <gtest/gtest.h>

namespace pathway::web {
namespace {

TEST(AllowHeader, NamesEachMethodOnceInAFixedOrder) {
  EXPECT_EQ(allow_header({Method::post, Method::get, Method::post, Method::get}), "GET, HEAD, POST");
  EXPECT_EQ(allow_header({Method::post}), "POST");
  EXPECT_EQ(allow_header({Method::delete_, Method::put, Method::other}), "PUT, DELETE");
}

TEST(AllowHeader, AddsHeadWhereverGetIsAllowed) {
  EXPECT_EQ(allow_header({Method::get}), "GET, HEAD");
  EXPECT_EQ(allow_header({Method::head, Method::get}), "GET, HEAD");
}

}  // namespace
}  // namespace pathway::web
