#include "core/free_text.h"

#include <gtest/gtest.h>

namespace pathway {
namespace {

constexpr std::size_t limit = 100;

TEST(FreeText, AcceptsNamesFromManyScripts) {
  for (const char* name : {"Zoë", "O'Brien", "Smith-Jones", "Nguyễn Thị Phương", "Ó Súilleabháin", "李小龍",
                           "Zoe\xCC\x88",                  // e + combining diaeresis
                           "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF",  // محمد: right-to-left letters are fine
                           "\xD7\x93\xD7\x95\xD7\x93",          // דוד
                           "\xE0\xA4\xAA\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA4\xBE",  // प्रिया
                           "Mohammad\xE2\x80\x8CReza",     // a zero-width non-joiner between letters
                           "\xE2\x9D\xA4\xEF\xB8\x8F",     // ❤ with a variation selector
                           "=HYPERLINK(\"x\")", "+44", "-", "@home"}) {  // formulas are neutralised on export
    EXPECT_EQ(free_text_problem(name, limit), std::nullopt) << name;
  }
}

struct Refused {
  const char* text;
  const char* problem;
};

const char* const blank = "must contain letters or other visible characters, not only spaces or invisible characters";
const char* const edge_space = "must not start or end with a space";
const char* const control = "must not contain tabs, line breaks or other control characters";
const char* const bidi = "must not contain characters that change the direction of text";
const char* const unassigned = "must not contain private-use or unassigned characters";
const char* const special_space =
    "must use ordinary spaces between words, not no-break, ideographic or other special spaces";
const char* const invisible = "must not contain invisible characters such as zero-width spaces or soft hyphens";
const char* const lone_mark = "must not start a word with an accent or other combining mark on its own";

TEST(FreeText, RefusesBlankAndDeceptiveText) {
  const Refused cases[] = {
      {"", blank},
      {"   ", blank},
      {"\xC2\xA0\xC2\xA0", blank},           // no-break spaces
      {"\xE2\x80\x8B", blank},               // zero-width space
      {"\xE2\x80\x8D\xE2\x80\x8C", blank},   // zero-width joiner and non-joiner
      {"\xE3\x80\x80", blank},               // ideographic space
      {"\xE2\x80\x83 \xE2\x80\x89", blank},  // em space, space, thin space
      {"\xEF\xBB\xBF", blank},               // byte-order mark
      {"\xE2\x80\xAE", blank},               // a right-to-left override on its own
      {" Amir", edge_space},
      {"Amir\xC2\xA0", edge_space},
      {"\xE3\x80\x80Li", edge_space},
      {"Amir\tKhan", control},
      {"Eve\nAnn", control},
      {"Eve\rAnn", control},
      {"Ng\xE2\x80\xA8Li", control},  // line separator
      {"Ann\xC2\x85Lee", control},    // next line (C1)
      {"Amir\xE2\x80\xAEnahK", bidi},
      {"Amir\xE2\x81\xA6x", bidi},    // U+2066
      {"Amir\xE2\x81\xA9x", bidi},    // U+2069
      {"Amir\xE2\x80\x8Ex", bidi},    // U+200E
      {"Amir\xE2\x80\x8Fx", bidi},    // U+200F
      {"Amir\xD8\x9Cx", bidi},        // U+061C
      {"\xEE\x80\x80mir", unassigned},   // private use U+E000
      {"Ann\xCD\xB8", unassigned},       // unassigned U+0378
      {"Bob\xEF\xBF\xBF", unassigned},   // noncharacter U+FFFF
      {"Mary\xC2\xA0" "Ann", special_space},
      {"Ann\xE2\x80\xAFMarie", special_space},  // narrow no-break space
      {"Zo\xE2\x80\x8B" "e", invisible},          // zero-width space inside
      {"Ann\xC2\xAD" "Marie", invisible},         // soft hyphen
      {"Li\xE2\x81\xA0u", invisible},             // word joiner
      {"Amir\xE2\x80\x8D", invisible},            // a joiner joining nothing
      {"\xE2\x80\x8D" "Amir", invisible},
      {"Sam\xF3\xA0\x81\x81", invisible},         // tag character
      {"\xCC\x81", lone_mark},                    // a combining acute on its own
      {"\xCC\x88Zoe", lone_mark},
      {"Ann \xCC\x81Lee", lone_mark},
      {"\xE0\xA4\xBF", lone_mark},                // a Devanagari vowel sign on its own
  };
  for (const auto& [text, problem] : cases) {
    EXPECT_EQ(free_text_problem(text, limit), std::optional<std::string>(problem)) << text;
  }
}

TEST(FreeText, RefusesTextThatIsNotUtf8) {
  for (const char* text : {"Am\xFFir", "\x80", "\xC3", "\xC0\xAF", "\xED\xA0\x80"}) {
    EXPECT_EQ(free_text_problem(text, limit), std::optional<std::string>("must be valid UTF-8 text")) << text;
  }
}

TEST(FreeText, CountsCharactersNotBytes) {
  std::string accented;
  for (int i = 0; i < 100; ++i) accented += "é";
  EXPECT_EQ(free_text_problem(accented, limit), std::nullopt);
  EXPECT_EQ(free_text_problem(accented + "é", limit), std::optional<std::string>("must be 100 characters or fewer"));
}

}  // namespace
}  // namespace pathway
