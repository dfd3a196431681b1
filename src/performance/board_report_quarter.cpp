#include "performance/board_report_quarter.h"

namespace pathway::performance {

std::vector<Quarter> ended_quarters(Date today, int count) {
  std::vector<Quarter> quarters;
  Quarter quarter = quarter_of(today).previous();
  for (int i = 0; i < count; ++i, quarter = quarter.previous()) quarters.push_back(quarter);
  return quarters;
}

}  // namespace pathway::performance
