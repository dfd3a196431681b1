#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "core/log.h"
#include "core/text.h"

namespace pathway {
namespace {

const std::string replacement = "\xEF\xBF\xBD";

TEST(WithValidUtf8, KeepsValidTextAsItIs) {
  EXPECT_EQ(with_valid_utf8(""), "");
  EXPECT_EQ(with_valid_utf8("/children?name=Zo\xC3\xAB"), "/children?name=Zo\xC3\xAB");
  EXPECT_EQ(with_valid_utf8("\xF0\x9F\x98\x80 \xE2\x80\x8B"), "\xF0\x9F\x98\x80 \xE2\x80\x8B");
}

TEST(WithValidUtf8, ReplacesEachMalformedByte) {
  EXPECT_EQ(with_valid_utf8("a\xFF" "b"), "a" + replacement + "b");
  EXPECT_EQ(with_valid_utf8("\x80\x80"), replacement + replacement);          // stray continuations
  EXPECT_EQ(with_valid_utf8("x\xC3"), "x" + replacement);                     // truncated
  EXPECT_EQ(with_valid_utf8("\xC0\xAF"), replacement + replacement);          // overlong '/'
  EXPECT_EQ(with_valid_utf8("\xED\xA0\x80"), replacement + replacement + replacement);  // surrogate
  EXPECT_EQ(with_valid_utf8("\xF4\x90\x80\x80").find('\xF4'), std::string::npos);      // beyond U+10FFFF
}

TEST(WithValidUtf8, ItsOutputIsAlwaysValid) {
  std::string every_byte;
  for (int b = 0; b < 256; ++b) every_byte += static_cast<char>(b);
  std::string cleaned = with_valid_utf8(every_byte + every_byte);
  std::string without_controls;
  for (char c : cleaned) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) without_controls += c;
  }
  EXPECT_TRUE(is_clean_utf8(without_controls));
}

TEST(LogLine, IsValidJsonInValidUtf8WhateverTheFieldsHold) {
  std::string line = log_line("info", "request", {{"method", "G\xC0T"}, {"path", "/\xFF\xFE/x"}}, 0);
  ASSERT_EQ(line.back(), '\n');
  line.pop_back();
  EXPECT_TRUE(is_clean_utf8(line)) << line;
  auto parsed = boost::json::parse(line).as_object();
  EXPECT_EQ(parsed.at("path").as_string(), "/" + replacement + replacement + "/x");
  EXPECT_EQ(parsed.at("method").as_string(), "G" + replacement + "T");
  EXPECT_EQ(parsed.at("time").as_string(), "1970-01-01T00:00:00Z");
}

}  // namespace
}  // namespace pathway
