// A year of case notes for each demo child with a case manager: a contact every two or
// three weeks, information received, safeguarding notes, multi-agency meetings, and a
// manager's oversight each quarter; one note in eleven corrected by its author a few days
// later, with why. Each note is recorded at the end of the day it describes.
#include <array>
#include <string_view>

#include "demo/demo_case_children.h"
#include "demo/demo_practice_records.h"
#include "practice/notes/case_notes.h"

namespace pathway::demo {

namespace {

constexpr std::array<NoteText, 8> contacts = {{
    {"contact", "Office appointment", "{name} arrived on time. We went through the week: school attendance has improved and {name} said things at home are calmer. Next appointment booked."},
    {"contact", "Home visit", "Visited {name} at home with mum present. Bedroom tidy; {name} showed me the college application. Talked about staying away from the group at the park."},
    {"contact", "Session on consequences of offending", "Worked through the victim awareness session. {name} was quiet at first, then talked about how the shop worker might have felt."},
    {"contact", "Phone call", "{name} rang to say the bus was cancelled and could not make the appointment. Rearranged for Thursday; this is an acceptable absence."},
    {"contact", "Reparation review", "Checked on {name}'s reparation hours at the food bank. The supervisor says {name} works hard and is polite."},
    {"contact", "Office appointment: missed", "{name} did not attend and did not call. Texted and left a voicemail for mum. First unacceptable absence on this order."},
    {"contact", "Walk and talk", "Went for a walk with {name} around the town centre. {name} opened up about money worries at home; referred to the family support worker."},
    {"contact", "Education meeting", "Met {name} and the head of year. A reduced timetable for four weeks, then full time. {name} agreed to the plan."},
}};

constexpr std::array<NoteText, 4> others = {{
    {"information_received", "Police information", "Police shared that {name} was stopped and searched last night with two older boys; nothing found. No further action."},
    {"safeguarding", "Concern about exploitation", "{name} had a new phone and cash and could not say where they came from. Discussed with the manager; a referral to children's social care made today."},
    {"multi_agency", "Strategy meeting", "Strategy meeting with social care, police and school about {name}. Agreed a safety plan; the youth justice service will see {name} twice weekly."},
    {"information_received", "School attendance", "School emailed {name}'s attendance: 86% this half term, up from 71%."},
}};

constexpr NoteText oversight = {"management_oversight", "Management oversight",
                                "Case discussed in supervision. The plan is proportionate to {name}'s assessed needs; contact to continue as planned. Review the safeguarding concerns at the next supervision."};

// Notes are recorded, and corrected, in the evening of a working day in the demo.
std::string evening_of(Date day, int plus_days = 0) {
  return to_iso(std::chrono::sys_days{day} + std::chrono::days{plus_days}) + "T17:30:00Z";
}

void write_note(store::Connection& connection, const DemoCaseChild& child, const NoteText& text, Date day,
                const children::ChangeAuthor& author, int& count, int& corrected) {
  std::string time = (count % 3 == 0) ? "" : std::to_string(10 + count % 7) + ":" + (count % 2 ? "30" : "00");
  practice::NoteContent content{std::string(text.type), day,
                                time.empty() ? std::nullopt : std::optional<std::string>(time),
                                std::string(text.summary), with_name(text.body, child.given_name)};
  bool correct = ++count % 11 == 0;
  practice::NoteContent first = content;
  if (correct) first.body += " (Seen at the youth centre.)";
  std::int64_t id = practice::create_case_note(connection, child.id, first, author);
  connection.execute("UPDATE case_notes SET recorded_at = ? WHERE id = ?", {evening_of(day), id});
  if (!correct) return;
  auto note = *practice::find_case_note(connection, child.id, id);
  practice::correct_case_note(connection, note, content,
                              {author, "Wrong place: the appointment was at the office, not the youth centre"});
  connection.execute("UPDATE record_corrections SET corrected_at = ? WHERE record_kind = 'case_note' AND record_id = ?",
                     {evening_of(day, 3), id});
  ++corrected;
}

}  // namespace

std::span<const NoteText> demo_contact_notes() { return contacts; }

std::string with_name(std::string_view text, const std::string& name) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    auto mark = text.find("{name}", at);
    if (mark == std::string_view::npos) {
      out.append(text.substr(at));
      break;
    }
    out.append(text.substr(at, mark - at)).append(name);
    at = mark + 6;
  }
  return out;
}

int add_demo_case_notes(store::Connection& connection, Date today, int& corrected) {
  int count = 0;
  for (const auto& child : demo_case_children(connection)) {
    auto k = static_cast<int>(child.id);
    int gap = 14 + k % 8;  // days between contacts
    int index = 0;
    for (int back = 365 - k % 10; back > 0; back -= gap, ++index) {
      Date day = std::chrono::sys_days{today} - std::chrono::days{back};
      if (day <= child.date_of_birth) continue;
      write_note(connection, child, contacts[(k + index) % contacts.size()], day, child.worker, count, corrected);
      if ((k + index) % 3 == 0) {
        Date later = std::chrono::sys_days{day} + std::chrono::days{2};
        if (later < today) write_note(connection, child, others[(k + index) % others.size()], later, child.worker, count, corrected);
      }
      if (child.manager && index % 6 == 5) {
        Date review = std::chrono::sys_days{day} + std::chrono::days{1};
        if (review < today) write_note(connection, child, oversight, review, *child.manager, count, corrected);
      }
    }
  }
  return count;
}

}  // namespace pathway::demo
