#pragma once
// QR codes drawn on the server (libqrencode), so a page can show one without JavaScript.
#include <string>
#include <string_view>

namespace pathway::web {

// The text as a QR code (error correction level M, a four-module quiet zone), as an SVG
// image in a data: address for an <img src>. Throws std::runtime_error if libqrencode
// cannot encode it (text too long for any QR code).
std::string qr_code_data_uri(std::string_view text);

}  // namespace pathway::web
