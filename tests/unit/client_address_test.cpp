#include "web/client_address.h"

#include <gtest/gtest.h>

namespace pathway::web {
namespace {

TEST(ParseIpAddress, AcceptsOneAddressInItsUsualForm) {
  EXPECT_EQ(parse_ip_address("203.0.113.9"), "203.0.113.9");
  EXPECT_EQ(parse_ip_address("2001:DB8:0:0::1"), "2001:db8::1");
}

TEST(ParseIpAddress, RefusesAnythingElse) {
  for (std::string_view bad : {"", "unknown", "203.0.113.9:443", "203.0.113", "203.0.113.9, 10.0.0.1",
                               "[2001:db8::1]", "<script>", "example.org", " 203.0.113.9"}) {
    EXPECT_FALSE(parse_ip_address(bad)) << bad;
  }
  EXPECT_FALSE(parse_ip_address(std::string_view("1.2.3.4\0x", 9)));
}

TEST(ConnectionClient, CountsIpv4ByAddressAndIpv6ByItsSlash64) {
  EXPECT_EQ(connection_client("127.0.0.1"), "127.0.0.1");
  EXPECT_EQ(connection_client("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
  EXPECT_EQ(connection_client("2001:db8:1:2:bbbb::2"), connection_client("2001:db8:1:2:aaaa::1"));
  EXPECT_NE(connection_client("2001:db8:1:3::1"), connection_client("2001:db8:1:2::1"));
  EXPECT_EQ(connection_client("::ffff:192.0.2.7"), "192.0.2.7");
  EXPECT_EQ(connection_client(""), "");
}

}  // namespace
}  // namespace pathway::web
