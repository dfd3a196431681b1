#pragma once
// Structured logging: one JSON object per line on standard error. Never log personal data
// (names, dates of birth, query strings): log ids and codes.
#include <cstdint>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

namespace pathway {

// `fields` are added to the line: log_json("error", "request failed", {{"correlation_id", id}}).
void log_json(std::string_view level, std::string_view message, boost::json::object fields = {});

// The line log_json writes, ending in a newline: always valid JSON in valid UTF-8, whatever
// bytes the fields hold (invalid sequences become U+FFFD).
std::string log_line(std::string_view level, std::string_view message, boost::json::object fields,
                     std::int64_t unix_seconds);

}  // namespace pathway
