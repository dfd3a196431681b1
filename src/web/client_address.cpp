#include "web/client_address.h"

#include <arpa/inet.h>

#include <array>
#include <cstring>

namespace pathway::web {

namespace {

std::optional<std::array<unsigned char, 16>> parse_ipv6(const std::string& text) {
  std::array<unsigned char, 16> bytes{};
  if (inet_pton(AF_INET6, text.c_str(), bytes.data()) != 1) return std::nullopt;
  return bytes;
}

std::optional<std::array<unsigned char, 4>> parse_ipv4(const std::string& text) {
  std::array<unsigned char, 4> bytes{};
  if (inet_pton(AF_INET, text.c_str(), bytes.data()) != 1) return std::nullopt;
  return bytes;
}

std::string ipv4_text(const unsigned char* bytes) {
  char text[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, bytes, text, sizeof text);
  return text;
}

std::string ipv6_text(const std::array<unsigned char, 16>& bytes) {
  char text[INET6_ADDRSTRLEN];
  inet_ntop(AF_INET6, bytes.data(), text, sizeof text);
  return text;
}

bool is_ipv4_mapped(const std::array<unsigned char, 16>& bytes) {
  static constexpr unsigned char prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
  return std::memcmp(bytes.data(), prefix, sizeof prefix) == 0;
}

}  // namespace

std::optional<std::string> parse_ip_address(std::string_view text) {
  // inet_pton reads a C string: text with a NUL inside is not an address.
  if (text.find('\0') != std::string_view::npos) return std::nullopt;
  std::string copy(text);
  if (auto v4 = parse_ipv4(copy)) return ipv4_text(v4->data());
  if (auto v6 = parse_ipv6(copy)) return ipv6_text(*v6);
  return std::nullopt;
}

std::string connection_client(std::string_view address) {
  std::string copy(address);
  auto v6 = copy.find('\0') == std::string::npos ? parse_ipv6(copy) : std::nullopt;
  if (!v6) return copy;
  if (is_ipv4_mapped(*v6)) return ipv4_text(v6->data() + 12);
  std::fill(v6->begin() + 8, v6->end(), 0);
  return ipv6_text(*v6) + "/64";
}

}  // namespace pathway::web
