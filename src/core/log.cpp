#include "core/log.h"

#include <boost/json/serialize.hpp>

#include <cstdio>
#include <mutex>

#include "core/clock.h"
#include "core/dates.h"
#include "core/text.h"

namespace pathway {

namespace {

// A field may carry bytes from outside (a request's method or path); JSON text must be
// valid UTF-8, so every string in the line is made so before it is written.
void make_valid_utf8(boost::json::value& value) {
  if (auto* text = value.if_string()) {
    *text = with_valid_utf8(*text);
  } else if (auto* object = value.if_object()) {
    for (auto& member : *object) make_valid_utf8(member.value());
  } else if (auto* array = value.if_array()) {
    for (auto& element : *array) make_valid_utf8(element);
  }
}

}  // namespace

std::string log_line(std::string_view level, std::string_view message, boost::json::object fields,
                     std::int64_t unix_seconds) {
  boost::json::object line;
  line["time"] = to_iso_instant(unix_seconds);
  line["level"] = level;
  line["message"] = message;
  for (auto& [name, value] : fields) line[name] = std::move(value);
  boost::json::value whole(std::move(line));
  make_valid_utf8(whole);
  std::string text = boost::json::serialize(whole);
  text += '\n';
  return text;
}

void log_json(std::string_view level, std::string_view message, boost::json::object fields) {
  std::string text = log_line(level, message, std::move(fields), now_unix_seconds());
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace pathway
