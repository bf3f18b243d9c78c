"""Demo catalogue, causes, featured members and name lists used to seed a realistic shop."""

from __future__ import annotations

REWARDS = [
    # name, description, cost, min tier, stock, validity days
    ("Hot drink", "Any coffee, tea or hot chocolate", 100, "", None, 30),
    ("Fresh pastry", "A croissant, cinnamon bun or muffin", 150, "", None, 30),
    ("£5 off your shop", "Money off a shop of £20 or more", 500, "", None, 60),
    ("Reusable tote bag", "Sturdy cotton bag with the shop logo", 800, "", 40, 90),
    ("£10 off your shop", "Money off a shop of £40 or more", 1000, "Silver", None, 60),
    ("Cinema tickets for two", "Two tickets at the local cinema", 2500, "Gold", 12, 90),
]

CAUSES = [
    ("Local food bank", "Every 100 points buys a meal for a family in need."),
    ("Tree planting", "Every 250 points plants a tree in the town park."),
]

# Turkish and Russian words for the catalogue, by English name. Turkish writes pounds as Babel's
# tr_TR currency pattern does (£5, as on the screens); Russian names them in words (5 фунтов),
# because the Cyrillic receipt code page (CP866) cannot print the £ sign.
TRANSLATIONS: dict[str, dict[str, dict[str, str]]] = {
    "Hot drink": {
        "tr": {
            "name": "Sıcak içecek",
            "description": "Dilediğiniz bir kahve, çay veya sıcak çikolata",
        },
        "ru": {"name": "Горячий напиток", "description": "Любой кофе, чай или горячий шоколад"},
    },
    "Fresh pastry": {
        "tr": {"name": "Taze hamur işi", "description": "Kruvasan, tarçınlı çörek veya muffin"},
        "ru": {"name": "Свежая выпечка", "description": "Круассан, булочка с корицей или маффин"},
    },
    "£5 off your shop": {
        "tr": {
            "name": "Alışverişinizde £5 indirim",
            "description": "£20 ve üzeri alışverişlerde geçerli indirim",
        },
        "ru": {"name": "Скидка 5 фунтов на покупку", "description": "При покупке от 20 фунтов"},
    },
    "Reusable tote bag": {
        "tr": {
            "name": "Bez alışveriş çantası",
            "description": "Mağaza logolu, sağlam pamuklu çanta",
        },
        "ru": {
            "name": "Многоразовая сумка-шопер",
            "description": "Прочная хлопковая сумка с логотипом магазина",
        },
    },
    "£10 off your shop": {
        "tr": {
            "name": "Alışverişinizde £10 indirim",
            "description": "£40 ve üzeri alışverişlerde geçerli indirim",
        },
        "ru": {"name": "Скидка 10 фунтов на покупку", "description": "При покупке от 40 фунтов"},
    },
    "Cinema tickets for two": {
        "tr": {
            "name": "İki kişilik sinema bileti",
            "description": "Yerel sinemada geçerli iki bilet",
        },
        "ru": {"name": "Билеты в кино на двоих", "description": "Два билета в местный кинотеатр"},
    },
    "Local food bank": {
        "tr": {
            "name": "Yerel gıda bankası",
            "description": "Her 100 puan, ihtiyaç sahibi bir aileye bir öğün yemek sağlar.",
        },
        "ru": {
            "name": "Местный продовольственный банк",
            "description": "На каждые 100 баллов мы покупаем обед для нуждающейся семьи.",
        },
    },
    "Tree planting": {
        "tr": {
            "name": "Ağaç dikimi",
            "description": "Her 250 puanla şehir parkına bir ağaç dikilir.",
        },
        "ru": {
            "name": "Посадка деревьев",
            "description": "На каждые 250 баллов мы сажаем дерево в городском парке.",
        },
    },
}

# The featured members' PIN for phone look-up, when a shop sets security.phone_lookup_pin.
FEATURED_PIN = "1234"

# name, role, PIN, staff card: the README lists them for trying staff mode
DEMO_STAFF = (
    ("Maria Manager", "manager", "2468", "STAFF-0001"),
    ("Deniz Clerk", "clerk", "1357", "STAFF-0002"),
)

# name, card, phone, language, birthday (month, day or None for today), purchases (days ago, amount)
FEATURED = [
    (
        "Alex Morgan",
        "2900000000018",
        "07700 900001",
        "en",
        None,
        [(200, 8_450), (150, 12_300), (90, 4_999), (60, 15_620), (21, 2_380), (30, 6_710)],
    ),
    (
        "Ayşe Yılmaz",
        "2900000000025",
        "07700 900002",
        "tr",
        (5, 14),
        [(300, 21_000), (240, 18_450), (180, 16_990), (120, 9_870), (40, 14_200), (7, 11_340)],
    ),
    (
        "Иван Петров",
        "2900000000032",
        "07700 900003",
        "ru",
        (11, 2),
        [(350, 6_400), (330, 3_150), (12, 1_990)],
    ),
    ("Sam Taylor", "2900000000049", "07700 900004", "en", (8, 30), []),
]

FIRST_NAMES = {
    "en": [
        "Oliver",
        "Amelia",
        "George",
        "Isla",
        "Harry",
        "Ava",
        "Jack",
        "Mia",
        "Noah",
        "Lily",
        "Leo",
        "Grace",
        "Oscar",
        "Freya",
        "Charlie",
        "Emily",
        "Arthur",
        "Sophie",
        "Henry",
        "Ella",
        "Priya",
        "Mohammed",
        "Chloe",
        "Daniel",
    ],
    "tr": [
        "Mehmet",
        "Zeynep",
        "Mustafa",
        "Elif",
        "Ahmet",
        "Ayşe",
        "Emre",
        "Fatma",
        "Can",
        "Şeyma",
        "Burak",
        "Gülşen",
        "Oğuz",
        "İrem",
        "Çağla",
        "Yusuf",
    ],
    "ru": [
        "Александр",
        "Мария",
        "Дмитрий",
        "Анна",
        "Сергей",
        "Елена",
        "Андрей",
        "Ольга",
        "Михаил",
        "Наталья",
        "Иван",
        "Татьяна",
        "Алексей",
        "Юлия",
    ],
}

LAST_NAMES = {
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Patel",
        "Wright",
        "Walker",
        "Evans",
        "Thomas",
        "Roberts",
        "Khan",
        "Green",
    ],
    "tr": [
        "Yılmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Çelik",
        "Yıldız",
        "Öztürk",
        "Aydın",
        "Arslan",
        "Doğan",
        "Kılıç",
        "Aslan",
        "Çetin",
        "Koç",
    ],
    "ru": [
        "Иванов",
        "Смирнов",
        "Кузнецов",
        "Попов",
        "Васильев",
        "Петров",
        "Соколов",
        "Михайлов",
        "Новиков",
        "Фёдоров",
        "Морозов",
        "Волков",
    ],
}
