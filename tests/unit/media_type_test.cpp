#include "web/media_type.h"

#include <gtest/gtest.h>

namespace pathway::web {
namespace {

TEST(MediaType, ParsesTheTypeAndItsParameters) {
  auto media = parse_media_type("Text/HTML ;Charset=\"UTF-8\"; ; q=\"a\\\"b\"");
  ASSERT_TRUE(media);
  EXPECT_EQ(media->essence, "text/html");
  ASSERT_EQ(media->parameters.size(), 2u);
  EXPECT_EQ(media->parameters[0], (std::pair<std::string, std::string>{"charset", "UTF-8"}));
  EXPECT_EQ(media->parameters[1], (std::pair<std::string, std::string>{"q", "a\"b"}));
}

TEST(MediaType, RefusesWhatIsNotAMediaType) {
  for (std::string_view bad : {"", "text", "text/", "/html", "text/html x", "text/html;charset",
                               "text/html;charset=", "text/html;charset=\"utf-8", "text/html,text/plain",
                               "text /html", "text/ht\xC3\xA9ml"}) {
    EXPECT_FALSE(parse_media_type(bad)) << bad;
  }
}

TEST(FormContentType, AcceptsTheFormTypeInAnyCaseWithUtf8OrNoCharset) {
  for (std::string_view good : {"application/x-www-form-urlencoded", "APPLICATION/X-WWW-FORM-URLENCODED",
                                "application/x-www-form-urlencoded; charset=utf-8",
                                "application/x-www-form-urlencoded;charset=\"UTF-8\"",
                                " application/x-www-form-urlencoded ; foo=bar"}) {
    EXPECT_TRUE(is_form_content_type(good)) << good;
  }
}

TEST(FormContentType, MatchesTheTypeExactlyNotByPrefix) {
  for (std::string_view bad : {"application/x-www-form-urlencodedx", "application/x-www-form-urlencoded-evil",
                               "application/x-www-form-urlencoded/x", "application/x-www-form-urlencoded,text/plain",
                               "application/x-www-form-urlencoded; charset=iso-8859-1",
                               "application/x-www-form-urlencoded; charset", "multipart/form-data",
                               "text/plain", "application/x-www-form"}) {
    EXPECT_FALSE(is_form_content_type(bad)) << bad;
  }
  EXPECT_FALSE(is_form_content_type(std::nullopt));
}

}  // namespace
}  // namespace pathway::web
