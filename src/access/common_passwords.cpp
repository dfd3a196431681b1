#include <algorithm>
#include <string_view>

#include "access/password_policy.h"

namespace pathway::access {

namespace {

// Passwords and passphrases of 12 or more characters that people often choose, so that the
// length rule alone does not let them through: number runs, keyboard walks, "password" and
// "welcome" variants, endearments, football clubs, local places and words of this service.
// Kept lower case and sorted so a lookup is a binary search with no set to build.
constexpr std::string_view common_passwords[] = {
    "!qaz@wsx#edc", "000000000000", "0000000000000", "012345678901", "0123456789012",
    "098765432109", "098765432112", "101010101010", "111111111111", "1111111111111",
    "11111111111111", "111222333444", "112233445566", "121212121212", "12121212121212",
    "123123123123", "123321123321", "123412341234", "123456123456", "123456654321", "1234567890000",
    "123456789012", "1234567890123", "12345678901234", "123456789012345", "1234567890abc",
    "1234567890qwerty", "1234567890qwertyuiop", "123456789123", "1234567891234", "123456qwerty",
    "1234qwerty1234", "135791357913", "147258369147", "147852369147", "159753159753",
    "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "1q2w3e4r5t6y7u8i", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv",
    "1qaz@wsx3edc", "1qazxsw23edc", "222222222222", "246824682468", "333333333333", "444444444444",
    "555555555555", "666666666666", "696969696969", "777777777777", "888888888888", "987654321012",
    "987654321098", "987654321987", "999999999999", "a1b2c3d4e5f6", "a1s2d3f4g5h6", "aaaaaaaaaaaa",
    "aaaaaaaaaaaaaa", "abc123456789", "abc123abc123", "abcabcabcabc", "abcd12345678",
    "abcd1234abcd", "abcdef123456", "abcdefg12345", "abcdefghijkl", "abcdefghijklm",
    "abcdefghijklmnop", "admin1234567", "admin12345678", "adminadmin12", "administrator",
    "administrator!", "administrator1", "administrator123", "adminpassword", "arsenal12345",
    "arsenalfc123", "asdf1234asdf", "asdfasdfasdf", "asdfghjkl123", "asdfghjkl1234",
    "asdfghjklqwerty", "autumn123456", "babygirl1234", "baseball1234", "basketball12",
    "basketball123", "batman123456", "birmingham12", "blessed12345", "blink182blink",
    "butterfly123", "canterbury12", "canterbury123", "caseworker123", "caseworker1234",
    "changeme123!", "changeme1234", "changeme12345", "changeme2024", "changeme2025", "changemenow1",
    "changemeplease", "chelsea12345", "chelseafc123", "chocolate123", "chocolate1234",
    "christmas123", "christmas2024", "company12345", "computer1234", "computer12345",
    "correcthorse1", "correcthorsebatterystaple", "council12345", "council123456",
    "cristianoronaldo", "december2024", "december2025", "default12345", "defaultpassword",
    "doctorwho123", "dontforget12", "dragon123456", "england12345", "england1966!", "facebook1234",
    "family123456", "february2024", "february2025", "firstlogin12", "flowers12345", "football1234",
    "football12345", "football123456", "footballfootball", "forgetmenot1", "fortnite1234",
    "friends12345", "godisgood123", "godisgood1234", "goodluck1234", "goodmorning1",
    "goodmorning123", "goodnight123", "google123456", "grandchildren", "greatbritain",
    "guest1234567", "happybirthday", "happybirthday1", "happydays123", "harrypotter1",
    "harrypotter12", "harrypotter123", "hello1234567", "hello123456789", "hellohello12",
    "hellohello123", "helloworld12", "helloworld123", "helloworld1234", "iamthebest12",
    "idontknow123", "ilovegod1234", "ilovejesus123", "iloveyou!!!!", "iloveyou1234",
    "iloveyou12345", "iloveyou123456", "iloveyou2024", "iloveyou2025", "iloveyou4ever",
    "iloveyoubaby", "iloveyouforever", "iloveyouiloveyou", "iloveyoumore", "iloveyousomuch",
    "iloveyoutoo1", "internet1234", "ireland12345", "jamesbond007", "january2025!", "jesuschrist1",
    "jesusislord1", "jesuslovesme", "kentcouncil1", "kentcouncil123", "kentcounty123",
    "letmein1234!", "letmein12345", "letmein123456", "letmein2024!", "letmeinletmein",
    "letmeinplease", "letsgo123456", "linkedin1234", "lionelmessi10", "liverpool1234",
    "liverpoolfc1", "liverpoolfc123", "login1234567", "loginlogin12", "london12345!",
    "london123456", "lovemykids12", "loveyou12345", "loveyouforever", "maidstone123",
    "maidstone1234", "manchester12", "manchester123", "manchestercity", "manchesterunited",
    "manutd123456", "master123456", "michaeljordan", "microsoft123", "minecraft123",
    "minecraft1234", "monkey123456", "mychildren12", "mydaughter12", "myfamily1234", "mylove123456",
    "mypassphrase", "mypassword12", "mypassword123", "mypassword1234", "mypathway123",
    "myson1234567", "newpassword1", "newpassword12", "newpassword123", "newpassword1234",
    "newuser12345", "nopassword12", "november2024", "november2025", "office123456", "oldpassword1",
    "oldpassword123", "opensesame12", "p@ssw0rd123!", "p@ssw0rd1234", "p@ssword1234",
    "passphrase123", "passw0rd123!", "passw0rd1234", "password!123", "password#123", "password0000",
    "password01234", "password1111", "password123!", "password123!!", "password1234",
    "password12345", "password123456", "password1234567", "password12345678", "password1password",
    "password2020", "password2021", "password2022", "password2023", "password2024", "password2024!",
    "password2025", "password2025!", "password2026", "password2222", "password9999", "password@123",
    "passwordpassword", "passwordreset", "pathway1234!", "pathway12345", "pathway123456",
    "pathway2024!", "pathway2025!", "pathway2026!", "pathwaypassword", "pathwaypathway",
    "pokemon12345", "pokemon123456", "princess1234", "princess12345", "probation123!",
    "probation1234", "q1w2e3r4t5y6", "q1w2e3r4t5y6u7", "qazwsxedc123", "qazwsxedcrfv",
    "qazwsxedcrfvtgb", "qwe123qwe123", "qweasdzxc123", "qweasdzxcqwe", "qwerasdfzxcv",
    "qwerty123!@#", "qwerty123456", "qwerty1234567", "qwerty12345678", "qwerty123456789",
    "qwerty123qwe", "qwerty2024!!", "qwertyasdfgh", "qwertyasdfghjkl", "qwertyqwerty",
    "qwertyqwerty1", "qwertyuiop12", "qwertyuiop123", "qwertyuiop1234", "qwertyuiop12345",
    "qwertyuiop[]", "qwertyuiopasdf", "qwertyuiopasdfghjkl", "rainbow12345", "rememberme12",
    "resetpassword", "roblox123456", "root12345678", "rootpassword", "scotland1234", "secret123456",
    "secret12345678", "secretpassword", "september2024", "september2025", "shadow123456",
    "socialwork123", "socialworker1", "socialworker123", "spiderman123", "spiderman1234",
    "spring123456", "starwars1234", "starwars12345", "summer123456", "summertime12",
    "summertime123", "sunshine1234", "sunshine12345", "superman1234", "supersecret1",
    "supersecret12", "supersecret123", "sweetheart12", "sweetheart123", "temp12345678",
    "temporary123", "temppassword", "test12345678", "testing12345", "testing123456", "testpassword",
    "testtest1234", "thanet123456", "thisisapassword", "thisismypassword", "topsecret123",
    "topsecret1234", "tottenham123", "tottenhamhotspur", "trustno1trustno1", "unicorn12345",
    "unitedkingdom", "user12345678", "username1234", "username12345", "wales1234567",
    "welcome1234!", "welcome12345", "welcome123456", "welcome2024!", "welcome2025!", "welcome@1234",
    "welcomehome1", "welcomehome123", "welcometothejungle", "welcomewelcome", "whatever1234",
    "whatsup12345", "windows12345", "winter123456", "xxxxxxxxxxxx", "yot123456789", "youthjustice",
    "youthjustice1", "youthjustice123", "youthjustice2025", "youthoffending", "z1x2c3v4b5n6",
    "zaq12wsxcde3", "zaq1xsw2cde3", "zaq1zaq1zaq1", "zxcvbnm12345", "zxcvbnm123456",
    "zxcvbnmasdfgh", "zzzzzzzzzzzz",
};

constexpr bool is_lower_case(std::string_view text) {
  return std::ranges::none_of(text, [](char c) { return c >= 'A' && c <= 'Z'; });
}

constexpr bool is_long_enough(std::string_view text) {
  return text.size() >= minimum_password_length;
}

static_assert(std::ranges::is_sorted(common_passwords), "keep the list sorted");
static_assert(std::ranges::adjacent_find(common_passwords) == std::ranges::end(common_passwords),
              "no duplicates");
static_assert(std::ranges::all_of(common_passwords, is_lower_case), "lower case only");
static_assert(std::ranges::all_of(common_passwords, is_long_enough),
              "shorter passwords are refused by length already");

}  // namespace

// Declared in access/password_policy.cpp, the only caller.
bool is_common_password(std::string_view lower_case_password) {
  return std::ranges::binary_search(common_passwords, lower_case_password);
}

}  // namespace pathway::access
