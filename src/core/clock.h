#pragma once
// The one place the program reads the wall clock, so rules take "now" as a parameter.
#include <chrono>
#include <cstdint>

namespace pathway {

inline std::int64_t now_unix_seconds() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace pathway
