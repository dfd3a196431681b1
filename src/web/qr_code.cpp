#include "web/qr_code.h"

#include <qrencode.h>
#include <sodium.h>

#include <memory>
#include <stdexcept>

namespace pathway::web {

namespace {

constexpr int quiet_zone = 4;    // modules of white around the code, as the standard asks
constexpr int pixels_per_module = 5;

// One square per dark module, as a single path: small, and sharp at any zoom.
std::string svg_of(const QRcode& code) {
  int size = code.width + 2 * quiet_zone;
  std::string path;
  for (int y = 0; y < code.width; ++y) {
    for (int x = 0; x < code.width; ++x) {
      if (code.data[y * code.width + x] & 1) {
        path += "M" + std::to_string(x + quiet_zone) + " " + std::to_string(y + quiet_zone) + "h1v1h-1z";
      }
    }
  }
  std::string pixels = std::to_string(size * pixels_per_module);
  std::string box = std::to_string(size);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + box + " " + box + "\" width=\"" + pixels +
         "\" height=\"" + pixels + "\" shape-rendering=\"crispEdges\"><rect width=\"" + box + "\" height=\"" + box +
         "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace

std::string qr_code_data_uri(std::string_view text) {
  std::string nul_terminated(text);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString(nul_terminated.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  if (!code) throw std::runtime_error("libqrencode could not make a QR code of the text");
  std::string svg = svg_of(*code);
  std::string base64(sodium_base64_ENCODED_LEN(svg.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(base64.data(), base64.size(), reinterpret_cast<const unsigned char*>(svg.data()), svg.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  base64.pop_back();  // the terminating NUL
  return "data:image/svg+xml;base64," + base64;
}

}  // namespace pathway::web
