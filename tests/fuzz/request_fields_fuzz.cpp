// libFuzzer target for what the server reads from request headers and writes to its log:
// Content-Type (parse_media_type, is_form_content_type), X-Forwarded-For and connection
// addresses (parse_ip_address, connection_client), and the UTF-8 repair of logged fields
// (with_valid_utf8). None may crash, and each must keep its contract on any bytes.
// Built and run by scripts/run-fuzz.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/text.h"
#include "web/client_address.h"
#include "web/media_type.h"

namespace {

void require(bool condition, const char* invariant) {
  if (condition) return;
  std::fprintf(stderr, "invariant broken: %s\n", invariant);
  std::abort();
}

bool has_upper_case(std::string_view text) {
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

void check_media_type(std::string_view value) {
  auto media = pathway::web::parse_media_type(value);
  if (pathway::web::is_form_content_type(value)) {
    require(media && media->essence == "application/x-www-form-urlencoded", "a form type is exactly the form type");
  }
  if (!media) return;
  require(!has_upper_case(media->essence), "the essence is in lower case");
  auto slash = media->essence.find('/');
  require(slash != std::string::npos && slash > 0 && slash + 1 < media->essence.size() &&
              media->essence.find('/', slash + 1) == std::string::npos,
          "the essence is type/subtype");
  for (const auto& [name, parameter] : media->parameters) {
    require(!name.empty() && !has_upper_case(name), "parameter names are in lower case and not empty");
  }
}

void check_addresses(std::string_view text) {
  if (auto address = pathway::web::parse_ip_address(text)) {
    require(pathway::web::parse_ip_address(*address) == address, "an address in its usual form parses to itself");
  }
  pathway::web::connection_client(text);
}

void check_utf8_repair(std::string_view text) {
  std::string repaired = pathway::with_valid_utf8(text);
  require(pathway::with_valid_utf8(repaired) == repaired, "repaired text is valid UTF-8");
  if (pathway::is_clean_utf8(text)) require(repaired == text, "valid text is left as it is");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  check_media_type(text);
  check_addresses(text);
  check_utf8_repair(text);
  return 0;
}
