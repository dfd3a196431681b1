// libFuzzer target for the form decoder: every request body and query string goes through
// decode_form, so it must never crash, and what it accepts must be safe to store and echo.
// Built and run by scripts/run-fuzz.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "web/form_decoding.h"

namespace {

using pathway::web::decode_form;
using pathway::web::encode_query_value;

constexpr std::size_t max_fields = 64;

void require(bool condition, const char* invariant) {
  if (condition) return;
  std::fprintf(stderr, "invariant broken: %s\n", invariant);
  std::abort();
}

// Encoding a decoded text and decoding it again must give the same text back.
void check_round_trip(const std::string& text) {
  auto again = decode_form("v=" + encode_query_value(text));
  require(again && again->size() == 1, "an encoded value decodes to one field");
  require((*again)[0].first == "v" && (*again)[0].second == text,
          "encode_query_value then decode_form gives the value back");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view encoded(reinterpret_cast<const char*>(data), size);
  auto fields = decode_form(encoded, max_fields);
  if (!fields) return 0;

  require(fields->size() <= max_fields, "no more than max_fields pairs");
  std::size_t decoded_bytes = 0;
  for (const auto& [name, value] : *fields) {
    require(name.find('\0') == std::string::npos, "no NUL in a name");
    require(value.find('\0') == std::string::npos, "no NUL in a value");
    decoded_bytes += name.size() + value.size();
    check_round_trip(name);
    check_round_trip(value);
  }
  require(decoded_bytes <= encoded.size(), "decoding never lengthens the input");
  if (!fields->empty()) {
    require(pathway::web::first_value(*fields, fields->front().first) == fields->front().second,
            "first_value finds the first pair");
  }
  return 0;
}
