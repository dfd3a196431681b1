// The family and network of each demo child with a case manager: a mother, usually a
// father (a few who may not be contacted, with why), sometimes a grandparent; a foster or
// residential carer and a social worker for a child looked after; the school or college
// and, for some, the police or CAMHS. Phone numbers are in Ofcom's drama ranges and email
// addresses at example.org, so none reaches a real person.
#include <array>
#include <cctype>

#include "demo/demo_case_children.h"
#include "demo/demo_practice_records.h"
#include "practice/network/network.h"

namespace pathway::demo {

namespace {

constexpr std::array<std::string_view, 8> mothers = {"Kerry", "Natalie", "Joanne", "Amina", "Sarah", "Grace", "Leanne", "Priya"};
constexpr std::array<std::string_view, 8> fathers = {"Darren", "Lee", "Michael", "Tunde", "Craig", "Imran", "Paul", "Jason"};
constexpr std::array<std::string_view, 6> workers = {"Jo Patel", "Sam Okoro", "Ellie Fraser", "Chris Dunn", "Aisha Rahman",
                                                     "Tom Hughes"};

std::string phone(int k) {
  std::string digits = std::to_string(100 + k % 900);
  return "07700 900" + digits;
}

practice::MemberDetails family(std::string name, std::string_view relationship, bool responsibility, int k) {
  return {"family", std::move(name), std::string(relationship), "", phone(k), "", "", responsibility, true, ""};
}

practice::MemberDetails professional(std::string name, std::string_view role, std::string agency, std::string email) {
  return {"professional", std::move(name), std::string(role), std::move(agency), "01632 960" + std::to_string(100 + email.size()),
          std::move(email), "", std::nullopt, true, ""};
}

}  // namespace

int add_demo_networks(store::Connection& connection) {
  int count = 0;
  auto add = [&](std::int64_t child_id, const practice::MemberDetails& details, const std::string& username) {
    practice::add_network_member(connection, child_id, details, username);
    ++count;
  };
  for (const auto& child : demo_case_children(connection)) {
    auto k = static_cast<int>(child.id);
    const std::string& by = child.worker.username;
    auto mother = family(std::string(mothers[k % mothers.size()]) + " " + child.family_name, "mother", true, k);
    mother.address = std::to_string(1 + k % 90) + " Station Road\n" + child.district_name;
    add(child.id, mother, by);
    if (k % 3 != 0) {
      auto father = family(std::string(fathers[k % fathers.size()]) + " " + child.family_name, "father", k % 2 == 0, k + 7);
      if (k % 10 == 1) {
        father.may_contact = false;
        father.phone.clear();
        father.no_contact_reason = "A non-molestation order protects the child's mother; contact through social care only.";
      }
      add(child.id, father, by);
    }
    if (k % 5 == 0) add(child.id, family("Pat " + child.family_name, "grandparent", false, k + 13), by);
    std::string worker(workers[k % workers.size()]);
    std::string address = worker.substr(0, worker.find(' ')) + "." + worker.substr(worker.find(' ') + 1);
    for (char& c : address) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (child.looked_after) {
      add(child.id, family("Jackie Moore", k % 2 ? "foster_carer" : "residential_carer", false, k + 21), by);
    }
    if (child.looked_after || k % 3 == 0) {
      add(child.id, professional(worker, "social_worker", child.district_name + " children's services",
                                 address + "@childrens-services.example.org"),
          by);
    }
    add(child.id, professional("Head of year", "school", child.district_name + " Academy",
                               "pastoral@" + std::to_string(k % 40) + ".school.example.org"),
        by);
    if (k % 7 == 0) add(child.id, professional("PC Alex Reid", "police", "Kent Police", "alex.reid@police.example.org"), by);
    if (k % 9 == 0) {
      add(child.id, professional("Dr Nia Evans", "camhs", "Kent CAMHS", "nia.evans@camhs.example.org"), by);
    }
  }
  return count;
}

}  // namespace pathway::demo
