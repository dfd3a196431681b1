#pragma once
// A practitioner's coming appointments as an iCalendar file (RFC 5545) that a phone or
// desktop calendar subscribes to. It carries no more of a child than a practitioner needs
// to turn up: the kind of appointment, the child's initials and the place, never a name or
// a date of birth (docs/decisions/0031-calendar-feed.md). Pure: the caller passes the time.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace pathway::practice {

// One event of the feed.
struct CalendarEvent {
  std::int64_t appointment_id = 0;  // the UID: stays the same when it is rescheduled
  Date starts_on;
  int start_minute = 0;  // UK local time
  int minutes = 60;
  std::string summary;   // e.g. "Home visit: J.S."
  std::string location;
};

// The feed: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
// text escaped, each event with a UID under `domain`, a DTSTAMP of `now` (unix seconds),
// its start in Europe/London time (with the zone's rules) and a duration.
std::string calendar_feed(const std::vector<CalendarEvent>& events, std::int64_t now, std::string_view domain);

// Text as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks as \n.
std::string escape_calendar_text(std::string_view text);
// One content line folded at 75 octets, each continuation begun with a space, ending CRLF.
std::string folded_line(std::string_view line);

}  // namespace pathway::practice
