// Writes a synthetic almanac site of N entries for `make bench`: Russian text of 3–9 paragraphs,
// tables in some, organizations, regions, countries and topics spread as in real sites.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kCountries = {
    "Китай",    "Узбекистан",  "Израиль", "Казахстан", "Беларусь", "Индия",  "Вьетнам",
    "Монголия", "Сербия",      "Куба",    "Турция",    "Иран",     "Египет", "Армения",
    "Киргизия", "Таджикистан", "ОАЭ",     "Бразилия",  "ЮАР",      "Таиланд"};
const std::vector<std::string> kRegions = {"Нижегородская область",
                                           "Хабаровский край",
                                           "Московская область",
                                           "Приморский край",
                                           "Амурская область",
                                           "Новосибирская область",
                                           "Республика Татарстан",
                                           "Свердловская область",
                                           "Самарская область",
                                           "Краснодарский край",
                                           "Республика Башкортостан",
                                           "Омская область",
                                           "Иркутская область",
                                           "Томская область",
                                           "Ростовская область",
                                           "Челябинская область",
                                           "Пермский край",
                                           "Воронежская область",
                                           "Калужская область",
                                           "Тульская область",
                                           "Ярославская область",
                                           "Забайкальский край",
                                           "Республика Саха (Якутия)",
                                           "Алтайский край",
                                           "Оренбургская область",
                                           "Саратовская область",
                                           "Ульяновская область",
                                           "Пензенская область",
                                           "Курская область",
                                           "Белгородская область"};
const std::vector<std::string> kTopics = {"педиатрия",
                                          "неонатология",
                                          "неонатальная хирургия",
                                          "реабилитация",
                                          "кардиология",
                                          "онкология",
                                          "торакальная хирургия",
                                          "роботическая хирургия",
                                          "телемедицина",
                                          "традиционная китайская медицина",
                                          "вакцинация",
                                          "инфекционные болезни",
                                          "эндокринология",
                                          "неврология",
                                          "детский церебральный паралич",
                                          "охрана материнства и детства",
                                          "репродуктивное здоровье",
                                          "травматология",
                                          "офтальмология",
                                          "стоматология",
                                          "психиатрия",
                                          "фтизиатрия",
                                          "гематология",
                                          "нефрология",
                                          "пульмонология",
                                          "гастроэнтерология",
                                          "дерматология",
                                          "лучевая диагностика",
                                          "лабораторная диагностика",
                                          "скорая помощь",
                                          "паллиативная помощь",
                                          "медицинское образование",
                                          "повышение квалификации",
                                          "цифровые технологии",
                                          "организация здравоохранения",
                                          "фармакология",
                                          "генетика",
                                          "анестезиология",
                                          "урология",
                                          "акушерство и гинекология"};
const std::vector<std::string> kSubjects = {"Специалисты областной больницы",
                                            "Делегация министерства здравоохранения",
                                            "Представители партнёрской клиники",
                                            "Участники круглого стола",
                                            "Главные врачи",
                                            "Молодые педиатры",
                                            "Руководители медицинских учреждений",
                                            "Эксперты международного центра"};
const std::vector<std::string> kVerbs = {"обсудили", "представили", "подписали",   "согласовали",
                                         "провели",  "определили",  "рассмотрели", "утвердили"};
const std::vector<std::string> kObjects = {"программу обмена специалистами",
                                           "план совместных исследований",
                                           "порядок проведения онлайн-консилиумов",
                                           "новые методы малоинвазивного лечения",
                                           "результаты клинических наблюдений",
                                           "условия стажировок для врачей",
                                           "создание рабочей группы по медицинскому партнёрству",
                                           "опыт лечения детских патологий",
                                           "протоколы реабилитации пациентов",
                                           "вопросы подготовки кадров"};
const std::vector<std::string> kTails = {"в рамках соглашения о сотрудничестве",
                                         "с участием зарубежных коллег",
                                         "по итогам рабочей встречи",
                                         "на площадке областной клинической больницы",
                                         "при поддержке регионального правительства",
                                         "в режиме видеоконференции",
                                         "в соответствии с утверждённым планом",
                                         "с учётом опыта прошлых лет"};

template <typename T>
const T& pick(std::mt19937& random, const std::vector<T>& items) {
  return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random)];
}

int between(std::mt19937& random, int low, int high) {
  return std::uniform_int_distribution<int>(low, high)(random);
}

std::string date(int year, int month, int day) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? ", \"" : "\"") + items[i] + "\"";
  return out + "]";
}

std::vector<std::string> some(std::mt19937& random, const std::vector<std::string>& items, int low,
                              int high) {
  std::vector<std::string> out;
  const int count = between(random, low, high);
  for (int i = 0; i < count; ++i) {
    const std::string& item = pick(random, items);
    if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(item);
  }
  return out;
}

std::string paragraph(std::mt19937& random) {
  std::string text;
  const int sentences = between(random, 3, 6);
  for (int i = 0; i < sentences; ++i) {
    if (i) text += " ";
    text += pick(random, kSubjects) + " " + pick(random, kVerbs) + " " + pick(random, kObjects) +
            " " + pick(random, kTails) + ".";
  }
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: make_bench_site FOLDER ENTRIES [YEAR]\n";
    return 2;
  }
  // With a year, every activity falls in it: a site for timing one annual report.
  const int only_year = argc == 4 ? std::stoi(argv[3]) : 0;
  const fs::path root = argv[1];
  const int entries = std::stoi(argv[2]);
  std::mt19937 random(20251112);  // fixed, so every run measures the same site
  fs::remove_all(root);
  for (const char* folder :
       {"collaborations", "conferences", "internships", "organizations", "pages"}) {
    fs::create_directories(root / "content" / folder);
  }
  std::ofstream(root / "almanac.toml") << "title = \"Сайт для замера скорости\"\n";

  const int organization_count = std::max(20, entries / 30);
  std::vector<std::string> organizations;
  for (int i = 0; i < organization_count; ++i) {
    const std::string id = "organization-" + std::to_string(i);
    organizations.push_back(id);
    std::ofstream(root / "content/organizations" / (id + ".toml"))
        << "name = \"" << (i % 2 ? "Клиническая больница № " : "Медицинский университет № ") << i
        << "\"\nkind = \"" << (i % 2 ? "hospital" : "university") << "\"\ncountry = \""
        << pick(random, kCountries) << "\"\n";
  }

  for (int i = 0; i < entries; ++i) {
    const int kind = i % 3;
    const int year = only_year ? only_year : between(random, 2015, 2025);
    const int month = between(random, 1, 12);
    const int day = between(random, 1, 26);  // leaves room for a three-day conference
    std::string front = "title = \"" + pick(random, kSubjects) + " " + pick(random, kVerbs) + " " +
                        pick(random, kObjects) + " (" + std::to_string(i) + ")\"\n";
    front += "date = " + date(year, month, day) + "\n";
    front += "regions = " + quoted_list(some(random, kRegions, 1, 2)) + "\n";
    front += "countries = " + quoted_list(some(random, kCountries, 1, 2)) + "\n";
    front += "partners = " + quoted_list(some(random, organizations, 1, 3)) + "\n";
    front += "topics = " + quoted_list(some(random, kTopics, 1, 3)) + "\n";
    front += "people = [{ name = \"Иван Петров\", role = \"главный врач\" }]\n";
    const char* folder = "collaborations";
    if (kind == 0) {
      front += "form = \"agreement\"\nsigned = " + date(year, month, day) + "\n";
      front += "directions = [\"обмен специалистами\", \"совместные исследования\"]\n";
    } else if (kind == 1) {
      folder = "conferences";
      front +=
          "starts = " + date(year, month, day) + "\nends = " + date(year, month, day + 2) + "\n";
      front += "city = \"Нижний Новгород\"\nparticipants = " +
               std::to_string(between(random, 50, 7000)) + "\n";
    } else {
      folder = "internships";
      front += "program = \"Наш детский врач\"\nstarts = " + date(year, month, day) +
               "\nplanned = " + std::to_string(between(random, 1, 150)) + "\n";
    }
    std::string body;
    const int paragraphs = between(random, 3, 9);
    for (int p = 0; p < paragraphs; ++p)
      body += paragraph(random) + "\n\n";
    if (i % 5 == 0) {
      body += "| Показатель | Значение |\n|---|---|\n| Участники | " +
              std::to_string(between(random, 10, 500)) + " |\n| Стажировки | " +
              std::to_string(between(random, 1, 50)) + " |\n";
    }
    std::ofstream(root / "content" / folder / ("entry-" + std::to_string(i) + ".md"))
        << "+++\n"
        << front << "+++\n\n"
        << body;
  }
  return 0;
}
