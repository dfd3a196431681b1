#include "core/log.h"

#include <boost/json/serialize.hpp>

#include <cstdio>
#include <mutex>

#include "core/clock.h"
#include "core/dates.h"

namespace pathway {

void log_json(std::string_view level, std::string_view message, boost::json::object fields) {
  boost::json::object line;
  line["time"] = to_iso_instant(now_unix_seconds());
  line["level"] = level;
  line["message"] = message;
  for (auto& [name, value] : fields) line[name] = std::move(value);
  std::string text = boost::json::serialize(line);
  text += '\n';
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace pathway
