#include "web/form_decoding.h"

#include <gtest/gtest.h>

namespace pathway::web {
namespace {

TEST(DecodeForm, DecodesTheExampleFromTheHeader) {
  auto fields = decode_form("a=1&b=x%20y+z&c");
  ASSERT_TRUE(fields);
  EXPECT_EQ(*fields, (FormFields{{"a", "1"}, {"b", "x y z"}, {"c", ""}}));
}

TEST(DecodeForm, AcceptsAnEmptyBody) {
  auto fields = decode_form("");
  ASSERT_TRUE(fields);
  EXPECT_TRUE(fields->empty());
}

TEST(DecodeForm, KeepsRepeatedNamesInOrder) {
  auto fields = decode_form("ethnicity=WBRI&district=THANET&ethnicity=APKN");
  ASSERT_TRUE(fields);
  EXPECT_EQ(*fields,
            (FormFields{{"ethnicity", "WBRI"}, {"district", "THANET"}, {"ethnicity", "APKN"}}));
}

TEST(DecodeForm, SkipsEmptySegments) {
  auto fields = decode_form("&a=1&&b=2&");
  ASSERT_TRUE(fields);
  EXPECT_EQ(*fields, (FormFields{{"a", "1"}, {"b", "2"}}));
}

TEST(DecodeForm, SplitsOnlyAtTheFirstEqualsSign) {
  auto fields = decode_form("token=abc==&empty=");
  ASSERT_TRUE(fields);
  EXPECT_EQ(*fields, (FormFields{{"token", "abc=="}, {"empty", ""}}));
}

TEST(DecodeForm, DecodesEscapesInNamesAndValues) {
  auto fields = decode_form("given%2Dname=Zo%C3%AB&family-name=O%27Brien%26Co%2b1&q=%25");
  ASSERT_TRUE(fields);
  EXPECT_EQ(*fields,
            (FormFields{{"given-name", "Zoë"}, {"family-name", "O'Brien&Co+1"}, {"q", "%"}}));
}

TEST(DecodeForm, KeepsLineBreaksFromTextAreas) {
  auto fields = decode_form("notes=line+one%0D%0Aline+two");
  ASSERT_TRUE(fields);
  EXPECT_EQ(first_value(*fields, "notes"), "line one\r\nline two");
}

TEST(DecodeForm, AcceptsRawUtf8) {
  auto fields = decode_form("name=Zoë");
  ASSERT_TRUE(fields);
  EXPECT_EQ(first_value(*fields, "name"), "Zoë");
}

TEST(DecodeForm, RefusesBadPercentEscapes) {
  for (std::string_view body :
       {"a=%G1", "a=%4", "a=%", "a=1%", "a=%%41", "%zz=1", "a=%4g", "a=% 1"}) {
    EXPECT_FALSE(decode_form(body)) << body;
  }
}

TEST(DecodeForm, RefusesNulWhetherEscapedOrRaw) {
  EXPECT_FALSE(decode_form("a=x%00y"));
  EXPECT_FALSE(decode_form(std::string_view("a=x\0y", 5)));
  EXPECT_FALSE(decode_form("a%00=1"));
}

TEST(DecodeForm, RefusesTextThatIsNotUtf8) {
  EXPECT_FALSE(decode_form("a=%FF"));
  EXPECT_FALSE(decode_form("a=%C3"));           // truncated
  EXPECT_FALSE(decode_form("a=%C0%AF"));        // overlong "/"
  EXPECT_FALSE(decode_form("a=%ED%A0%80"));     // surrogate
  EXPECT_FALSE(decode_form("a=%F4%90%80%80"));  // beyond U+10FFFF
  EXPECT_FALSE(decode_form("a=\xE9"));          // raw Latin-1
  EXPECT_FALSE(decode_form("%E9=1"));
}

TEST(DecodeForm, AcceptsFourByteCharacters) {
  auto fields = decode_form("a=%F0%9F%98%80");
  ASSERT_TRUE(fields);
  EXPECT_EQ(first_value(*fields, "a"), "\xF0\x9F\x98\x80");
}

TEST(DecodeForm, RefusesMoreThanTheMaximumNumberOfFields) {
  EXPECT_TRUE(decode_form("a=1&b=2&c=3", 3));
  EXPECT_FALSE(decode_form("a=1&b=2&c=3&d=4", 3));
  EXPECT_TRUE(decode_form("a=1&&&&b=2&c=3&&", 3));  // empty segments do not count

  std::string many;
  for (int i = 0; i < 501; ++i) many += "f=1&";
  EXPECT_FALSE(decode_form(many));
  EXPECT_TRUE(decode_form(many.substr(4)));
}

TEST(EncodeQueryValue, KeepsUnreservedCharacters) {
  EXPECT_EQ(encode_query_value("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(encode_query_value(""), "");
}

TEST(EncodeQueryValue, EscapesEverythingElseWithUpperCaseHex) {
  EXPECT_EQ(encode_query_value("O'Brien & Co"), "O%27Brien%20%26%20Co");
  EXPECT_EQ(encode_query_value("a+b=c/d?e#f%"), "a%2Bb%3Dc%2Fd%3Fe%23f%25");
  EXPECT_EQ(encode_query_value("Zoë"), "Zo%C3%AB");
  EXPECT_EQ(encode_query_value("/children?page=2"), "%2Fchildren%3Fpage%3D2");
}

TEST(EncodeQueryValue, DecodesBackToTheSameValue) {
  for (std::string_view value : {"", "Zoë O'Brien-Ñúñez", "a+b c&d=e%f", "line\r\nbreak", "~_.-"}) {
    auto fields = decode_form("v=" + encode_query_value(value));
    ASSERT_TRUE(fields) << value;
    EXPECT_EQ(first_value(*fields, "v"), std::string(value));
  }
}

TEST(FirstValue, ReturnsTheFirstOfRepeatedNames) {
  FormFields fields{{"a", "1"}, {"b", "2"}, {"a", "3"}};
  EXPECT_EQ(first_value(fields, "a"), "1");
  EXPECT_EQ(first_value(fields, "b"), "2");
  EXPECT_FALSE(first_value(fields, "c"));
  EXPECT_FALSE(first_value(fields, "A"));
}

}  // namespace
}  // namespace pathway::web
