#include "practice/contacts/calendar_feed.h"

#include <cstdio>

namespace pathway::practice {

namespace {

// Europe/London: GMT in winter, BST (UTC+1) from the last Sunday of March at 01:00 UTC to
// the last Sunday of October at 01:00 UTC, as RFC 5545's VTIMEZONE says it.
constexpr std::string_view london_zone[] = {
    "BEGIN:VTIMEZONE",      "TZID:Europe/London",   "BEGIN:DAYLIGHT",  "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",     "TZNAME:BST",           "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",       "END:DAYLIGHT",    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",   "TZOFFSETTO:+0000",     "TZNAME:GMT",      "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",      "END:STANDARD",    "END:VTIMEZONE"};

std::string local_date_time(Date date, int minute) {
  char text[32];
  std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d00", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), minute / 60, minute % 60);
  return text;
}

std::string utc_stamp(std::int64_t unix_seconds) {
  auto seconds = std::chrono::sys_seconds{std::chrono::seconds{unix_seconds}};
  auto day = std::chrono::floor<std::chrono::days>(seconds);
  Date date{day};
  std::chrono::hh_mm_ss time{seconds - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

}  // namespace

std::string escape_calendar_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      // Other controls are not allowed in TEXT: dropped.
    } else {
      out += c;
    }
  }
  return out;
}

std::string folded_line(std::string_view line) {
  std::string out;
  std::size_t limit = 75;  // octets on the first line; 74 after the leading space of the rest
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string calendar_feed(const std::vector<CalendarEvent>& events, std::int64_t now, std::string_view domain) {
  std::string out;
  for (std::string_view line : {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pathway//Appointments//EN",
                                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Pathway appointments"}) {
    out += folded_line(line);
  }
  for (auto line : london_zone) out += folded_line(line);
  std::string stamp = utc_stamp(now);
  for (const auto& event : events) {
    out += folded_line("BEGIN:VEVENT");
    out += folded_line("UID:appointment-" + std::to_string(event.appointment_id) + "@" + std::string(domain));
    out += folded_line("DTSTAMP:" + stamp);
    out += folded_line("DTSTART;TZID=Europe/London:" + local_date_time(event.starts_on, event.start_minute));
    out += folded_line("DURATION:PT" + std::to_string(event.minutes) + "M");
    out += folded_line("SUMMARY:" + escape_calendar_text(event.summary));
    if (!event.location.empty()) out += folded_line("LOCATION:" + escape_calendar_text(event.location));
    out += folded_line("CLASS:CONFIDENTIAL");
    out += folded_line("END:VEVENT");
  }
  out += folded_line("END:VCALENDAR");
  return out;
}

}  // namespace pathway::practice
