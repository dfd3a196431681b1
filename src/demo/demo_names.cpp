// Given and family names for the demo children, by heritage: common names for children born
// in England between about 2007 and 2016, and names from the communities that live in Kent
// or reach it (Kent receives many unaccompanied asylum-seeking children through Dover).
// Written for Pathway; spelled as families write them, accents, apostrophes and all, so
// that search and display are tried on real-world text.
#include "demo/demo_parts.h"

namespace pathway::demo {

namespace {

// Family names that do not change with sex.
std::vector<FamilyName> same(std::initializer_list<std::string_view> names) {
  std::vector<FamilyName> families;
  for (auto name : names) families.push_back({name, {}});
  return families;
}

std::vector<FamilyName> join(std::vector<FamilyName> a, const std::vector<FamilyName>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

NameList english() {
  return {
      {"Oliver", "Harry", "Jack", "Charlie", "George", "Alfie", "Thomas", "Jacob", "Joshua", "William",
       "James", "Daniel", "Samuel", "Joseph", "Ethan", "Lewis", "Max", "Leo", "Noah", "Oscar",
       "Archie", "Freddie", "Henry", "Logan", "Mason", "Riley", "Tyler", "Kai", "Callum", "Connor",
       "Liam", "Ryan", "Jake", "Kieran", "Reece", "Bradley", "Jayden", "Harvey", "Louie", "Frankie",
       "Alex", "Ben", "Luke", "Lucas", "Finley", "Toby", "Dylan", "Ellis", "Billy", "Ronnie",
       "Tommy", "Sonny", "Stanley", "Theo", "Elliot", "Jamie", "Owen", "Rhys", "Aaron", "Cameron",
       "Jordan", "Brandon", "Corey", "Mitchell", "Rory", "Ewan", "Kyle", "Nathan", "Jenson", "Alfie-Jay",
       "Tommy-Lee", "Dexter", "Reggie", "Albie", "Zak", "Morgan", "Jesse", "Louis", "Edward", "Matthew"},
      {"Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Chloe", "Chloé",
       "Zoë", "Zoe", "Ella", "Mia", "Ruby", "Evie", "Jessica", "Poppy", "Sophia", "Isabella",
       "Megan", "Holly", "Lacey", "Courtney", "Paige", "Jasmine", "Amber", "Keira", "Leah", "Ellie",
       "Maisie", "Millie", "Freya", "Scarlett", "Summer", "Tia", "Demi", "Kayleigh", "Abbie", "Charlotte",
       "Lauren", "Bethany", "Hannah", "Molly", "Daisy", "Lexi", "Skye", "Eloise", "Lilly-Mae", "Rhiannon",
       "Caitlin", "Morgan", "Taylor", "Harriet", "Phoebe", "Imogen", "Niamh", "Darcey", "Madison", "Kacey",
       "Anne-Marie", "Mary Kate"},
      same({"Smith",    "Jones",    "Taylor",   "Brown",    "Williams", "Wilson",   "Johnson",  "Davies",
            "Robinson", "Wright",   "Thompson", "Evans",    "Walker",   "White",    "Roberts",  "Green",
            "Hall",     "Wood",     "Jackson",  "Clarke",   "Harris",   "Lewis",    "Martin",   "Cooper",
            "King",     "Baker",    "Turner",   "Hill",     "Moore",    "Hughes",   "Edwards",  "Parker",
            "Marsh",    "Fuller",   "Chapman",  "Cox",      "Bennett",  "Mitchell", "Kemp",     "Payne",
            "Pearce",   "Barnes",   "Dixon",    "Fisher",   "Knight",   "Mills",    "Shaw",     "Gibbs",
            "Holmes",   "Stevens",  "Ellis",    "Russell",  "Harvey",   "Hammond",  "Oakley",   "Sutton",
            "Finch",    "Stone",    "Austin",   "Goodwin",  "Randall",  "Weller",   "Hobbs",    "Ashdown",
            "Tolhurst", "Fagg",     "Boorman",  "Pilcher",  "Wickens",  "Godden",   "Beeching", "Kingsnorth",
            "Dunk",     "Hukins",   "Larkin",   "Morgan",   "Price",    "Powell",   "Griffiths", "MacDonald",
            "Campbell", "Fraser",   "Stewart",  "Murray",   "Morris",   "Morley",   "Collins",  "Young",
            "Allen",    "Scott",    "Adams",    "Carter",   "Webb",     "Lloyd",    "Heath",    "Sharp",
            "Page",     "Spencer",  "Foster",   "Dawson",   "Rowe",     "Newman",   "Gardner",  "Pope",
            "St John",  "St. Clair", "D'Arcy",  "Mc Donald"}),
      0};
}

NameList irish() {
  return {{"Conor", "Seán", "Cian", "Oisín", "Darragh", "Ciarán", "Eoin", "Patrick", "Declan", "Liam",
           "Niall", "Fionn", "Rory", "Aidan", "Cillian", "Tadhg", "Ronan", "Shane"},
          {"Aoife", "Niamh", "Saoirse", "Caoimhe", "Siobhán", "Róisín", "Orla", "Ciara", "Clodagh",
           "Aisling", "Sinéad", "Erin", "Méabh", "Éabha", "Shauna", "Nuala"},
          join({{"Ó Briain", "Ní Bhriain"}, {"Mac Suibhne", "Nic Suibhne"}},
               same({"O'Brien", "O'Sullivan", "Murphy", "Kelly", "Walsh", "Byrne", "Ryan", "O'Connor", "O'Neill",
                     "McCarthy", "Doyle", "Gallagher", "Fitzgerald", "Quinn", "Brennan", "Kavanagh", "Nolan",
                     "Duffy", "Reilly", "O'Driscoll", "Donnelly", "Keane", "Flanagan", "Lynch", "O'Shea",
                     "Hennessy"})),
          100};
}

NameList traveller() {
  return {{"Patrick", "John", "Michael", "Martin", "Johnny", "Jimmy", "Francie", "Paddy", "Tommy",
           "Christy", "Willie", "Mikey", "Bernard", "Pa"},
          {"Bridget", "Margaret", "Kathleen", "Mary", "Nora", "Winnie", "Ellen", "Chelsea", "Shannon",
           "Roseanne", "Sadie", "Josie"},
          same({"Ward", "McDonagh", "Joyce", "Connors", "Maughan", "McGinley", "Doherty", "Stokes",
                "Collins", "Cash", "Delaney", "Quilligan", "Purcell", "Sherlock", "McInerney", "Keenan"}),
          50};
}

NameList romany() {
  return {{"Levi", "Sonny", "Jimmy", "Tommy", "Billy", "Noah", "Louie", "Tyson", "Henry", "Joe", "Elijah",
           "Aaron", "Jesse", "Fred", "Lenny", "Sampson"},
          {"Vashti", "Lena", "Britney", "Chantelle", "Rosie", "Violet", "Lilly-Mae", "Mia", "Priscilla",
           "Cherry", "Tiffany", "Delaine", "Jolene", "Shamira"},
          same({"Lee", "Smith", "Boswell", "Loveridge", "Buckland", "Penfold", "Ayres", "Hilden", "Doe",
                "Brazil", "Cooper", "Taylor", "Lamb", "Eastwood", "Biddle", "Hearn", "Matthews", "Wells"}),
          0};
}

NameList roma() {
  return {{"Marek", "Dávid", "Roman", "Patrik", "Milan", "Štefan", "Ladislav", "Denis", "Tomáš", "Jozef",
           "Adrián", "Kevin", "Dominik", "Mário"},
          {"Kristína", "Denisa", "Monika", "Nikola", "Veronika", "Simona", "Sabína", "Natália", "Vanesa",
           "Klaudia", "Esmeralda"},
          {{"Balog", "Balogová"},
           {"Lakatoš", "Lakatošová"},
           {"Horváth", "Horváthová"},
           {"Oláh", "Oláhová"},
           {"Kováč", "Kováčová"},
           {"Dunka", "Dunková"},
           {"Ferko", "Ferková"},
           {"Tancoš", "Tancošová"},
           {"Červeňák", "Červeňáková"},
           {"Giňa", "Giňová"},
           {"Mižigár", "Mižigárová"},
           {"Rostaș", {}},
           {"Stoica", {}},
           {"Gabor", {}}},
          150};
}

NameList polish() {
  return {{"Jakub", "Kacper", "Szymon", "Filip", "Mateusz", "Bartosz", "Michał", "Łukasz", "Oskar", "Wiktor",
           "Dawid", "Patryk", "Kamil", "Maciej", "Paweł", "Igor", "Franciszek", "Miłosz", "Tomasz", "Adrian"},
          {"Zuzanna", "Julia", "Lena", "Maja", "Hanna", "Zofia", "Natalia", "Wiktoria", "Oliwia", "Aleksandra",
           "Nikola", "Amelia", "Kinga", "Martyna", "Weronika", "Gabriela", "Małgosia", "Agnieszka"},
          {{"Nowak", {}},
           {"Kowalski", "Kowalska"},
           {"Wiśniewski", "Wiśniewska"},
           {"Wójcik", {}},
           {"Kowalczyk", {}},
           {"Kamiński", "Kamińska"},
           {"Lewandowski", "Lewandowska"},
           {"Zieliński", "Zielińska"},
           {"Szymański", "Szymańska"},
           {"Woźniak", {}},
           {"Dąbrowski", "Dąbrowska"},
           {"Kozłowski", "Kozłowska"},
           {"Jankowski", "Jankowska"},
           {"Mazur", {}},
           {"Krawczyk", {}},
           {"Piotrowski", "Piotrowska"},
           {"Grabowski", "Grabowska"},
           {"Pawlak", {}},
           {"Michalski", "Michalska"},
           {"Wróbel", {}},
           {"Zając", {}},
           {"Król", {}},
           {"Jabłoński", "Jabłońska"},
           {"Sikora", {}},
           {"Górecki", "Górecka"}},
          150};
}

NameList lithuanian() {
  return {{"Jokūbas", "Lukas", "Matas", "Dominykas", "Nojus", "Kajus", "Mantas", "Tomas", "Paulius", "Gytis",
           "Domantas", "Rokas", "Arnas", "Justas"},
          {"Emilija", "Gabija", "Austėja", "Ugnė", "Kamilė", "Gabrielė", "Urtė", "Eglė", "Karolina", "Rūta",
           "Miglė", "Viltė"},
          {{"Kazlauskas", "Kazlauskaitė"},
           {"Jankauskas", "Jankauskaitė"},
           {"Petrauskas", "Petrauskaitė"},
           {"Stankevičius", "Stankevičiūtė"},
           {"Vasiliauskas", "Vasiliauskaitė"},
           {"Žukauskas", "Žukauskaitė"},
           {"Butkus", "Butkutė"},
           {"Paulauskas", "Paulauskaitė"},
           {"Urbonas", "Urbonaitė"},
           {"Kavaliauskas", "Kavaliauskaitė"},
           {"Navickas", "Navickaitė"},
           {"Rimkus", "Rimkutė"},
           {"Šimkus", "Šimkutė"},
           {"Balčiūnas", "Balčiūnaitė"}},
          150};
}

NameList romanian() {
  return {{"Andrei", "Alexandru", "Ștefan", "Mihai", "Ionuț", "Gabriel", "Darius", "Răzvan", "Cristian",
           "Florin", "David", "Denis", "Sebastian", "Marius", "Bogdan", "Luca"},
          {"Andreea", "Ioana", "Maria", "Elena", "Alexandra", "Bianca", "Denisa", "Larisa", "Daria", "Ana-Maria",
           "Roxana", "Ilinca", "Iulia", "Ramona"},
          same({"Popescu", "Ionescu", "Popa", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu", "Munteanu",
                "Matei", "Constantin", "Șerban", "Lungu", "Ciobanu", "Moldovan", "Țurcanu", "Bălan", "Dinu"}),
          120};
}

NameList albanian() {
  return {{"Ardit", "Kristi", "Erion", "Klevis", "Arlind", "Dritan", "Endri", "Elion", "Alban", "Besnik", "Rei",
           "Mateo", "Xhuljano", "Ergi"},
          {"Ana", "Klea", "Ajla", "Era", "Sara", "Dea", "Ersa", "Elira", "Jonida", "Anxhela", "Megi"},
          same({"Hoxha", "Shehu", "Krasniqi", "Gashi", "Berisha", "Dervishi", "Leka", "Kola", "Prifti", "Çela",
                "Marku", "Bregu", "Topalli", "Dushku", "Muça"}),
          30};
}

NameList portuguese() {
  return {{"João", "Tiago", "Rodrigo", "Diogo", "Gonçalo", "Rafael", "Martim", "Duarte", "Afonso", "Simão"},
          {"Beatriz", "Inês", "Leonor", "Mariana", "Matilde", "Carolina", "Joana", "Sofia", "Lara"},
          same({"Silva", "Santos", "da Silva", "dos Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Fernandes",
                "Gonçalves", "Sousa", "Carvalho", "Freitas", "Gouveia", "Abreu"}),
          150};
}

NameList turkish() {
  return {{"Mehmet", "Mustafa", "Emre", "Yusuf", "Ali", "Deniz", "Burak", "Kerem", "Efe", "Arda", "Emir",
           "Çağan", "Barış", "Oğuz", "Hüseyin"},
          {"Elif", "Zeynep", "Ayşe", "Defne", "Ecem", "Merve", "Büşra", "Selin", "Melis", "Gül", "Ebru",
           "İrem", "Sude"},
          same({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan",
                "Kılıç", "Aslan", "Özil", "Koç", "Kurt", "Güneş", "Erdoğan"}),
          100};
}

NameList kurdish() {
  return {{"Aram", "Karwan", "Rebwar", "Hawre", "Shvan", "Azad", "Bryar", "Sherwan", "Hemin", "Zana", "Rekar",
           "Soran", "Dilan"},
          {"Rozhin", "Shilan", "Nazdar", "Bahar", "Jwan", "Avin", "Hana", "Lana", "Dilan", "Sozan"},
          same({"Ahmadi", "Karimi", "Rahimi", "Hosseini", "Abdullah", "Mohammed", "Hassan", "Omar", "Rasul",
                "Salih", "Mahmoud", "Qadir", "Aziz", "Faraj", "Barzani"}),
          30};
}

NameList arab() {
  return {{"Omar", "Ahmad", "Yousef", "Khaled", "Mahmoud", "Karim", "Tariq", "Sami", "Hadi", "Ammar", "Rami",
           "Mohammed", "Abdullah"},
          {"Layla", "Rana", "Nour", "Yasmin", "Sara", "Huda", "Rama", "Lujain", "Aya", "Dana", "Reem"},
          same({"Al-Hassan", "Al-Khatib", "Haddad", "Nasser", "Saleh", "Mansour", "Hamdan", "Darwish", "Al-Ahmad",
                "Khalil", "Suleiman", "Barakat", "Aziz", "El-Sayed", "Al-Masri"}),
          50};
}

NameList afghan() {
  return {{"Ahmad", "Mohammad", "Ali", "Mustafa", "Hamid", "Farid", "Jawad", "Naveed", "Samiullah", "Hamza",
           "Wahid", "Sohail", "Rahmatullah", "Bilal", "Zabiullah", "Ismail", "Nasir"},
          {"Zahra", "Fatima", "Maryam", "Parisa", "Nilofar", "Shabnam", "Freshta", "Sana", "Lina", "Madina",
           "Mursal"},
          same({"Ahmadzai", "Rahimi", "Hashimi", "Safi", "Noori", "Popal", "Sultani", "Haidari", "Wardak",
                "Stanekzai", "Amiri", "Karimi", "Sharifi", "Mohammadi", "Zadran", "Hotak", "Jalali"}),
          20};
}

NameList nepali() {
  return {{"Aayush", "Bibek", "Prajwal", "Sujan", "Bikash", "Aarav", "Nishan", "Sandesh", "Rohan", "Anish",
           "Suman", "Pratik", "Kushal", "Dipesh"},
          {"Aastha", "Sushmita", "Anisha", "Pooja", "Sarita", "Samjhana", "Prakriti", "Asmita", "Srijana",
           "Nisha", "Sunita", "Alisha"},
          same({"Gurung", "Rai", "Limbu", "Magar", "Thapa", "Tamang", "Pun", "Shrestha", "Sherpa", "Ghale", "Ale",
                "Sunuwar", "Khadka", "Bhandari", "Chhetri", "Thapa Magar"}),
          100};
}

NameList indian() {
  return {{"Arjun", "Harjeet", "Jaskaran", "Gurpreet", "Manveer", "Rohan", "Aarav", "Dev", "Kiran", "Ravi",
           "Amrit", "Sahil", "Karan", "Nikhil", "Rajveer", "Vikram", "Gurdeep", "Harvinder"},
          {"Simran", "Harpreet", "Jasmeet", "Priya", "Anjali", "Navneet", "Kiran", "Manpreet", "Ishani", "Riya",
           "Pooja", "Gurleen", "Divya", "Jaspreet"},
          // Singh (Kaur for girls) is by far the commonest family name in Gravesend's large Sikh
          // community: listed three times for its weight.
          join({{"Singh", "Kaur"}, {"Singh", "Kaur"}, {"Singh", "Kaur"}},
               same({"Sandhu", "Gill", "Dhillon", "Sidhu", "Johal", "Bains", "Sharma", "Patel", "Shah", "Mistry",
                     "Kumar", "Gupta", "Chauhan", "Rai", "D'Souza", "Fernandes", "Nair", "Menon", "Pillai",
                     "Sahota", "Atwal"})),
          100};
}

NameList pakistani() {
  return {{"Muhammad", "Ayaan", "Zain", "Hamza", "Bilal", "Usman", "Imran", "Ibrahim", "Adam", "Haris",
           "Zakariya", "Faisal", "Rehan", "Arslan", "Danyal", "Yusuf"},
          {"Aisha", "Maryam", "Zara", "Hafsa", "Khadija", "Iqra", "Amna", "Sana", "Hira", "Mahnoor", "Aleena",
           "Noor", "Inaya"},
          same({"Khan", "Hussain", "Ahmed", "Ali", "Butt", "Malik", "Iqbal", "Akhtar", "Rashid", "Mahmood", "Raza",
                "Qureshi", "Chaudhry", "Shah", "Mirza", "Aslam"}),
          80};
}

NameList bangladeshi() {
  return {{"Mohammed", "Abdul", "Rahim", "Rayhan", "Tanvir", "Sayem", "Ayaan", "Shahid", "Mahir", "Nabil",
           "Rafi", "Ismail", "Arif"},
          {"Fatema", "Tasnim", "Nusrat", "Sumaiya", "Ruksana", "Anika", "Afia", "Jannat", "Tahmina", "Rumana",
           "Nafisa", "Sadia"},
          join({{"Miah", "Begum"}, {"Uddin", "Khatun"}},
               same({"Rahman", "Islam", "Hossain", "Chowdhury", "Ahmed", "Alam", "Ali", "Karim", "Sarkar",
                     "Haque", "Bhuiyan", "Miah", "Uddin"})),
          80};
}

NameList nigerian() {
  return {{"Oluwaseun", "Tobi", "Chinedu", "Emeka", "Ayodele", "David", "Samuel", "Daniel", "Tunde", "Femi",
           "Kelechi", "Chukwuemeka", "Ifeanyi", "Olamide", "Jeremiah", "Divine", "Tobenna"},
          {"Adaeze", "Chiamaka", "Temitope", "Folake", "Ngozi", "Blessing", "Favour", "Precious", "Tolu", "Adesuwa",
           "Chioma", "Ifeoma", "Esther", "Deborah", "Oluwatoyin"},
          same({"Okafor", "Adeyemi", "Okonkwo", "Adebayo", "Olawale", "Eze", "Nwosu", "Balogun", "Ogunleye",
                "Okoro", "Afolabi", "Oyelaran", "Ibekwe", "Nnamdi", "Babatunde", "Akinola", "Obi", "Uche",
                "Adeleke", "Onyekachi"}),
          200};
}

NameList ghanaian() {
  return {{"Kwame", "Kofi", "Kwabena", "Kojo", "Yaw", "Kwasi", "Nana", "Emmanuel", "Prince", "Joel", "Michael",
           "Fiifi", "Ebenezer"},
          {"Ama", "Akosua", "Abena", "Efua", "Esi", "Adwoa", "Yaa", "Akua", "Nana", "Afia", "Gifty",
           "Priscilla", "Mavis"},
          same({"Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Darko", "Addo", "Amoah",
                "Ofori", "Quaye", "Tetteh", "Sarpong", "Ansah", "Acheampong", "Opoku"}),
          200};
}

NameList somali() {
  return {{"Abdi", "Abdirahman", "Mohamed", "Ahmed", "Yusuf", "Hassan", "Mahad", "Liban", "Guled", "Hamse",
           "Ayanle", "Abdullahi", "Farah", "Mustafe"},
          {"Hodan", "Hibo", "Ayaan", "Sagal", "Nimco", "Ifrah", "Fadumo", "Amina", "Hamdi", "Khadra", "Ubah",
           "Najma", "Idil"},
          same({"Ali", "Mohamed", "Hassan", "Abdi", "Farah", "Warsame", "Osman", "Jama", "Ahmed", "Hersi", "Duale",
                "Egal", "Guled", "Noor", "Yusuf", "Abdillahi"}),
          50};
}

NameList east_african() {
  return {{"Yonas", "Robel", "Filmon", "Merhawi", "Dawit", "Samuel", "Aman", "Biniam", "Kidane", "Tesfay",
           "Mohamed", "Osman", "Abdelrahman", "Musa", "Adam", "Mussie"},
          {"Senait", "Helen", "Selam", "Ruta", "Yordanos", "Luwam", "Aster", "Hiwet", "Eden", "Rahwa", "Fatima",
           "Tsega"},
          same({"Tesfaye", "Gebremedhin", "Haile", "Kidane", "Berhe", "Tekle", "Ghebreyesus", "Mehari", "Abraha",
                "Yohannes", "Ibrahim", "Abdalla", "Osman", "Yousif", "Elhassan", "Woldemariam"}),
          20};
}

NameList caribbean() {
  return {{"Jaden", "Tyrese", "Marcus", "Jerome", "Andre", "Dwayne", "Jermaine", "Kyle", "Tyrell", "Devon",
           "Kemar", "Isaiah", "Malachi", "Josiah", "Reuben", "Shaquille", "Leon", "Nathaniel", "Kymani",
           "Elijah", "Romario", "Tremaine"},
          {"Shanice", "Aaliyah", "Jada", "Tanisha", "Kiara", "Amani", "Keisha", "Renée", "Chantelle", "Monique",
           "Imani", "Nia", "Tianna", "Jodie-Ann", "Shante", "Naomi", "Destiny", "Kemoy"},
          same({"Campbell", "Brown", "Williams", "Thompson", "Clarke", "Francis", "Bailey", "Grant", "Henry",
                "Reid", "Gayle", "Samuels", "Forbes", "McKenzie", "Ferguson", "Powell", "Edwards", "Morrison",
                "Whyte", "Beckford", "Gordon", "Wellington", "St Louis", "Da Costa", "Lindo", "Mullings"}),
          400};
}

NameList chinese() {
  return {{"Wei", "Jun", "Hao", "Ming", "Jason", "Kevin", "Ryan", "Kai", "Ethan", "Daniel", "Justin", "Zihan",
           "Yichen", "Ka Ho"},
          {"Mei", "Xin", "Yan", "Jing", "Ling", "Chloe", "Jasmine", "Michelle", "Vivian", "Yuxin", "Ruoxi",
           "Sophia", "Hui", "Wing Yan"},
          same({"Chen", "Wong", "Li", "Zhang", "Wang", "Liu", "Lam", "Cheung", "Ho", "Chan", "Ng", "Yeung", "Lau",
                "Tang", "Zhou", "Huang"}),
          400};
}

NameList vietnamese() {
  return {{"Minh", "Tuấn", "Huy", "Đức", "Nam", "Quang", "Khoa", "Long", "Phúc", "Bảo", "Thành", "Văn Hùng"},
          {"Linh", "Ngọc", "Trang", "Thảo", "Hương", "Mai", "Anh", "Hà", "Vy", "Nhi", "Thị Lan"},
          same({"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}),
          30};
}

}  // namespace

const std::vector<Heritage>& all_heritages() {
  static const std::vector<Heritage> all = {
      Heritage::english,  Heritage::irish,      Heritage::traveller,  Heritage::romany,
      Heritage::roma,     Heritage::polish,     Heritage::lithuanian, Heritage::romanian,
      Heritage::albanian, Heritage::portuguese, Heritage::turkish,    Heritage::kurdish,
      Heritage::arab,     Heritage::afghan,     Heritage::nepali,     Heritage::indian,
      Heritage::pakistani, Heritage::bangladeshi, Heritage::nigerian, Heritage::ghanaian,
      Heritage::somali,   Heritage::east_african, Heritage::caribbean, Heritage::chinese,
      Heritage::vietnamese,
  };
  return all;
}

const NameList& names_of(Heritage heritage) {
  static const std::vector<NameList> lists = {
      english(),  irish(),      traveller(),  romany(),    roma(),      polish(),    lithuanian(),
      romanian(), albanian(),   portuguese(), turkish(),   kurdish(),   arab(),      afghan(),
      nepali(),   indian(),     pakistani(),  bangladeshi(), nigerian(), ghanaian(), somali(),
      east_african(), caribbean(), chinese(), vietnamese(),
  };
  return lists.at(static_cast<std::size_t>(heritage));
}

}  // namespace pathway::demo
