#pragma once
// Client addresses as the server counts and records them.
#include <optional>
#include <string>
#include <string_view>

namespace pathway::web {

// The address in its usual text form ("192.0.2.7", "2001:db8::1") if `text` is one IPv4
// address in dotted form or one IPv6 address, and nullopt for anything else (a host name,
// a port, a list, an empty string).
std::optional<std::string> parse_ip_address(std::string_view text);

// The client a connection from `address` is counted against: an IPv4 address stands for
// itself; an IPv6 address stands for its /64 network ("2001:db8:1:2::/64"), since one
// client is usually given a whole /64 and could otherwise open connections from as many
// addresses as it likes; an IPv4-mapped IPv6 address ("::ffff:192.0.2.7") is its IPv4
// address. Text that is not an address stands for itself.
std::string connection_client(std::string_view address);

}  // namespace pathway::web
