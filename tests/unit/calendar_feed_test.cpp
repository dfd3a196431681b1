// The calendar feed as RFC 5545 wants it: CRLF line ends, no line over 75 octets (folded,
// never inside a UTF-8 character), TEXT escaped, a UID and DTSTAMP on each event, local
// times with their zone.
#include <gtest/gtest.h>

#include <algorithm>

#include "practice/contacts/calendar_feed.h"

namespace pathway {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

std::vector<std::string> lines_of(const std::string& feed) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (std::size_t end; (end = feed.find("\r\n", at)) != std::string::npos; at = end + 2) {
    lines.push_back(feed.substr(at, end - at));
  }
  EXPECT_EQ(at, feed.size()) << "the feed ends with CRLF";
  return lines;
}

// The content lines with their folds undone.
std::vector<std::string> unfolded(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines) {
    if (!line.empty() && line[0] == ' ') {
      out.back() += line.substr(1);
    } else {
      out.push_back(line);
    }
  }
  return out;
}

TEST(CalendarFeed, EscapesTextAsRfc5545Says) {
  EXPECT_EQ(practice::escape_calendar_text("a, b; c\\d\ne\r\nf"), "a\\, b\\; c\\\\d\\ne\\nf");
  EXPECT_EQ(practice::escape_calendar_text("tab\there"), "tabhere");
}

TEST(CalendarFeed, FoldsLongLinesAt75OctetsWithoutSplittingCharacters) {
  std::string long_text = "LOCATION:";
  for (int i = 0; i < 40; ++i) long_text += "é";  // two octets each
  auto folded = practice::folded_line(long_text);
  auto lines = lines_of(folded);
  ASSERT_GT(lines.size(), 1u);
  for (const auto& line : lines) {
    EXPECT_LE(line.size(), 75u);
    // No line begins (after the fold's space) with a continuation byte.
    std::size_t first = line[0] == ' ' ? 1 : 0;
    EXPECT_NE(static_cast<unsigned char>(line[first]) & 0xC0, 0x80);
  }
  EXPECT_EQ(unfolded(lines).front(), long_text);
}

TEST(CalendarFeed, EachEventHasItsUidStampStartDurationAndEscapedText) {
  std::vector<practice::CalendarEvent> events = {
      {42, Date{year{2027}, month{3}, day{9}}, 14 * 60 + 30, 45, "Home visit: J.S.", "12 High Street, Maidstone; flat 2"}};
  // 2026-12-01T07:00:00Z
  auto feed = practice::calendar_feed(events, 1796108400, "pathway");
  auto lines = unfolded(lines_of(feed));
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  auto has = [&](const std::string& line) { return std::find(lines.begin(), lines.end(), line) != lines.end(); };
  EXPECT_TRUE(has("VERSION:2.0"));
  EXPECT_TRUE(has("PRODID:-//Pathway//Appointments//EN"));
  EXPECT_TRUE(has("TZID:Europe/London"));
  EXPECT_TRUE(has("UID:appointment-42@pathway"));
  EXPECT_TRUE(has("DTSTAMP:20261201T070000Z"));
  EXPECT_TRUE(has("DTSTART;TZID=Europe/London:20270309T143000"));
  EXPECT_TRUE(has("DURATION:PT45M"));
  EXPECT_TRUE(has("SUMMARY:Home visit: J.S."));
  EXPECT_TRUE(has("LOCATION:12 High Street\\, Maidstone\\; flat 2"));
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT"), 1);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "END:VEVENT"), 1);
}

TEST(CalendarFeed, AnEmptyFeedIsStillACalendar) {
  auto lines = unfolded(lines_of(practice::calendar_feed({}, 0, "pathway")));
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT"), 0);
}

}  // namespace
}  // namespace pathway
