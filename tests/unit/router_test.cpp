#include "web/router.h"

#include <gtest/gtest.h>

#include "web/cookies.h"

namespace pathway::web {
namespace {

TEST(Router, MatchesLiteralAndPlaceholderSegments) {
  Router<int> router;
  router.add(Method::get, "/children", 1);
  router.add(Method::get, "/children/{id}", 2);
  router.add(Method::post, "/children/{id}/edit", 3);
  auto list = router.match(Method::get, "/children");
  ASSERT_TRUE(list.handler);
  EXPECT_EQ(*list.handler, 1);
  auto one = router.match(Method::get, "/children/ABC123");
  ASSERT_TRUE(one.handler);
  EXPECT_EQ(*one.handler, 2);
  EXPECT_EQ(one.params.at("id"), "ABC123");
  EXPECT_FALSE(router.match(Method::get, "/children/ABC/other").handler);
}

TEST(Router, ReportsAllowedMethodsWhenOnlyTheMethodIsWrong) {
  Router<int> router;
  router.add(Method::post, "/sign-out", 1);
  auto match = router.match(Method::get, "/sign-out");
  EXPECT_FALSE(match.handler);
  EXPECT_EQ(match.allowed, std::vector<Method>{Method::post});
  EXPECT_TRUE(router.match(Method::get, "/nowhere").allowed.empty());
}

TEST(Router, AnswersHeadWithTheGetHandler) {
  Router<int> router;
  router.add(Method::get, "/", 7);
  ASSERT_TRUE(router.match(Method::head, "/").handler);
}

TEST(Router, ListsItsRoutesAsAdded) {
  Router<int> router;
  router.add(Method::get, "/children/{id}", 1);
  router.add(Method::post, "/children/{id}/edit", 2);
  auto listed = router.list();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].method, Method::get);
  EXPECT_EQ(listed[0].pattern, "/children/{id}");
  EXPECT_EQ(*listed[0].handler, 1);
  EXPECT_EQ(listed[1].method, Method::post);
  EXPECT_EQ(listed[1].pattern, "/children/{id}/edit");
  EXPECT_EQ(*listed[1].handler, 2);
  EXPECT_EQ(method_name(Method::post), "POST");
}

TEST(Cookies, FindsANamedCookie) {
  EXPECT_EQ(cookie_value("a=1; pathway_session=xyz; b=2", "pathway_session"), "xyz");
  EXPECT_EQ(cookie_value("pathway_session_other=1", "pathway_session"), std::nullopt);
  EXPECT_EQ(cookie_value("", "a"), std::nullopt);
}

TEST(Cookies, AreHttpOnlyAndSameSite) {
  auto cookie = set_cookie("s", "v", {.secure = true});
  EXPECT_EQ(cookie, "s=v; Path=/; HttpOnly; SameSite=Lax; Secure");
  EXPECT_EQ(set_cookie("s", "", {.max_age_seconds = 0}), "s=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
}

}  // namespace
}  // namespace pathway::web
