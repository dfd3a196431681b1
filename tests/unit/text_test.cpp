#include "core/text.h"

#include <gtest/gtest.h>

#include <vector>

namespace pathway {
namespace {

TEST(FoldForSearch, FoldsTheExampleFromTheHeader) {
  EXPECT_EQ(fold_for_search("  Zoë  O'Brien-Ñúñez "), "zoe obriennunez");
}

TEST(FoldForSearch, LowerCasesAscii) {
  EXPECT_EQ(fold_for_search("AMIR KHAN"), "amir khan");
  EXPECT_EQ(fold_for_search("McDonald"), "mcdonald");
}

TEST(FoldForSearch, RemovesAccentsFromLatinLetters) {
  EXPECT_EQ(fold_for_search("Éloïse Čapek"), "eloise capek");
  EXPECT_EQ(fold_for_search("Søren Øvrebø"), "soren ovrebo");
  EXPECT_EQ(fold_for_search("Łukasz Wiśniewski"), "lukasz wisniewski");
  EXPECT_EQ(fold_for_search("Ó Súilleabháin"), "o suilleabhain");
  EXPECT_EQ(fold_for_search("Şerban Ţepeş Ștefan Țară"), "serban tepes stefan tara");
  EXPECT_EQ(fold_for_search("Ğülşen İnce Işık"), "gulsen ince isik");
  EXPECT_EQ(fold_for_search("Dvořák Ševčík Žofie"), "dvorak sevcik zofie");
  EXPECT_EQ(fold_for_search("Gwenllïan Ŵyn"), "gwenllian wyn");
}

TEST(FoldForSearch, SpellsOutLigaturesAndSharpS) {
  EXPECT_EQ(fold_for_search("Æthelred"), "aethelred");
  EXPECT_EQ(fold_for_search("Œdipe"), "oedipe");
  EXPECT_EQ(fold_for_search("Straße STRAẞE"), "strasse strasse");
  EXPECT_EQ(fold_for_search("Þóra"), "thora");
}

TEST(FoldForSearch, FoldsVietnameseNames) {
  EXPECT_EQ(fold_for_search("Nguyễn Thị Phương"), "nguyen thi phuong");
  EXPECT_EQ(fold_for_search("Trần Đức Hùng"), "tran duc hung");
}

TEST(FoldForSearch, DropsCombiningAccentsSoDecomposedTextMatches) {
  // "Zoë" typed as Z, o, e and a combining diaeresis (U+0308).
  EXPECT_EQ(fold_for_search("Zoe\xCC\x88"), fold_for_search("Zoë"));
  EXPECT_EQ(fold_for_search("Jose\xCC\x81"), "jose");
}

TEST(FoldForSearch, DropsApostrophesHyphensAndDotsTypographicOnesToo) {
  EXPECT_EQ(fold_for_search("O’Brien"), "obrien");
  EXPECT_EQ(fold_for_search("O'Brien"), "obrien");
  EXPECT_EQ(fold_for_search("D‘Souza"), "dsouza");
  EXPECT_EQ(fold_for_search("Smith‐Jones"), "smithjones");  // U+2010 hyphen
  EXPECT_EQ(fold_for_search("Smith–Jones"), "smithjones");  // en dash
  EXPECT_EQ(fold_for_search("Smith-Jones"), "smithjones");
  EXPECT_EQ(fold_for_search("St. John"), "st john");
  EXPECT_EQ(fold_for_search("100%_x"), "100x");
}

// Real names as they are written, and as staff type them. Every spelling in a row must
// give the same name key, so search and the duplicate check treat them as one name.
TEST(NameKey, IgnoresApostrophesHyphensDotsAndSpacesInRealNames) {
  const std::vector<std::vector<std::string_view>> variants = {
      {"O'Brien", "O’Brien", "OBrien", "O Brien", "o-brien", "obrien"},
      {"O'Neill", "O’Neill", "Oneill", "O Neill", "ONEILL"},
      {"Éabha", "Eabha", "EABHA"},
      {"Anne-Marie", "Anne Marie", "Annemarie", "anne‐marie", "Anne  Marie"},
      {"McDonald", "Mc Donald", "Mcdonald", "Mc-Donald", "MC DONALD"},
      {"St John", "St. John", "St-John", "StJohn", "st.john", "St.  John"},
      {"D'Souza", "D’Souza", "Dsouza", "D Souza", "D‘Souza"},
      {"Al-Hassan", "Al Hassan", "Alhassan", "AL-HASSAN"},
      {"Ó Súilleabháin", "O'Suilleabhain", "O Suilleabhain", "Osuilleabhain"},
      {"Jean-Luc", "Jean Luc", "Jeanluc", "Jean.Luc"},
      {"Lilly-Mae", "Lilly Mae", "Lillymae"},
      {"Van der Berg", "Van Der Berg", "Vanderberg", "van-der-berg"},
      {"N'Golo", "N’Golo", "Ngolo", "N Golo"},
      {"Zoë", "Zoe", "Zoe\xCC\x88", "ZOË"},
  };
  for (const auto& row : variants) {
    for (auto spelling : row) EXPECT_EQ(name_key(spelling), name_key(row.front())) << spelling;
  }
  EXPECT_EQ(name_key("Anne-Marie"), "annemarie");
  EXPECT_NE(name_key("O'Brien"), name_key("O'Brian"));
}

TEST(NameKey, IsFoldedTextWithoutSpaces) {
  EXPECT_EQ(name_key("  Zoë  O'Brien-Ñúñez "), "zoeobriennunez");
  EXPECT_EQ(name_key("   "), "");
}

TEST(FoldForSearch, CollapsesEveryKindOfWhiteSpace) {
  EXPECT_EQ(fold_for_search("\t Amir \r\n\n  Khan \v"), "amir khan");
  EXPECT_EQ(fold_for_search("Amir\xC2\xA0Khan"), "amir khan");      // no-break space
  EXPECT_EQ(fold_for_search("Amir\xE2\x80\x83Khan"), "amir khan");  // em space
  EXPECT_EQ(fold_for_search("   "), "");
  EXPECT_EQ(fold_for_search(""), "");
}

TEST(FoldForSearch, DropsInvisibleCharactersAndControls) {
  EXPECT_EQ(fold_for_search("\xEF\xBB\xBF"
                            "Amir"),
            "amir");                                       // byte-order mark
  EXPECT_EQ(fold_for_search("Am\xE2\x80\x8Bir"), "amir");  // zero-width space
  EXPECT_EQ(fold_for_search("Am\xC2\xADir"), "amir");      // soft hyphen
  EXPECT_EQ(fold_for_search(std::string_view("Am\0ir\x07", 6)), "amir");
}

TEST(FoldForSearch, DropsInvalidUtf8) {
  EXPECT_EQ(fold_for_search("Zo\xFF"
                            "e"),
            "zoe");
  EXPECT_EQ(fold_for_search("Zo\xC3"), "zo");  // truncated sequence
  EXPECT_EQ(fold_for_search("\xC0\xAF"
                            "a"),
            "a");  // overlong "/"
  EXPECT_EQ(fold_for_search("\xED\xA0\x80"
                            "a"),
            "a");  // surrogate
  EXPECT_EQ(fold_for_search("\xF4\x90\x80\x80"
                            "a"),
            "a");  // beyond U+10FFFF
  EXPECT_EQ(fold_for_search("\x80\x80 b"), "b");
}

TEST(FoldForSearch, LowerCasesGreekAndCyrillicAndKeepsOtherScripts) {
  EXPECT_EQ(fold_for_search("ОЛЕНА Ёлка"), "олена ёлка");
  EXPECT_EQ(fold_for_search("ΣΟΦΙΑ"), "σοφια");
  EXPECT_EQ(fold_for_search("محمد 李"), "محمد 李");
  EXPECT_EQ(fold_for_search("3 × 4"), "3 × 4");
}

TEST(FoldForSearch, IsIdempotent) {
  for (std::string_view name : {"  Zoë  O'Brien-Ñúñez ", "Nguyễn Thị", "ОЛЕНА", "Straße"}) {
    std::string once = fold_for_search(name);
    EXPECT_EQ(fold_for_search(once), once) << name;
  }
}

TEST(Trim, RemovesAsciiWhiteSpaceAtBothEnds) {
  EXPECT_EQ(trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(trim("\v\fx\f"), "x");
  EXPECT_EQ(trim("x"), "x");
  EXPECT_EQ(trim("   "), "");
  EXPECT_EQ(trim(""), "");
}

TEST(Trim, LeavesOtherSpacesAlone) { EXPECT_EQ(trim("\xC2\xA0x\xC2\xA0"), "\xC2\xA0x\xC2\xA0"); }

TEST(IsCleanUtf8, AcceptsTextWithTabsAndLineBreaks) {
  EXPECT_TRUE(is_clean_utf8(""));
  EXPECT_TRUE(is_clean_utf8("Zoë O'Brien"));
  EXPECT_TRUE(is_clean_utf8("line one\r\nline two\tend"));
  EXPECT_TRUE(is_clean_utf8("Nguyễn 李 😀"));
}

TEST(IsCleanUtf8, RefusesControlCharacters) {
  EXPECT_FALSE(is_clean_utf8(std::string_view("a\0b", 3)));
  EXPECT_FALSE(is_clean_utf8("a\x1B[31m"));
  EXPECT_FALSE(is_clean_utf8("a\x7F"));
  EXPECT_FALSE(is_clean_utf8("a\xC2\x85"));  // C1 next line
  EXPECT_FALSE(is_clean_utf8("a\xC2\x9F"));
}

TEST(IsCleanUtf8, RefusesMalformedSequences) {
  EXPECT_FALSE(is_clean_utf8("\xFF"));
  EXPECT_FALSE(is_clean_utf8("\x80"));
  EXPECT_FALSE(is_clean_utf8("\xC3"));
  EXPECT_FALSE(is_clean_utf8("\xC3(a"));
  EXPECT_FALSE(is_clean_utf8("\xC0\xAF"));
  EXPECT_FALSE(is_clean_utf8("\xE0\x80\xAF"));
  EXPECT_FALSE(is_clean_utf8("\xED\xA0\x80"));
  EXPECT_FALSE(is_clean_utf8("\xF4\x90\x80\x80"));
  EXPECT_FALSE(is_clean_utf8("\xF8\x88\x80\x80\x80"));
}

TEST(IsCleanUtf8, AcceptsTheEdgesOfTheValidRanges) {
  EXPECT_TRUE(is_clean_utf8("\xC2\xA0"));          // U+00A0
  EXPECT_TRUE(is_clean_utf8("\xED\x9F\xBF"));      // U+D7FF
  EXPECT_TRUE(is_clean_utf8("\xEE\x80\x80"));      // U+E000
  EXPECT_TRUE(is_clean_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

}  // namespace
}  // namespace pathway
