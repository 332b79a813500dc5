"""Names from sub-Saharan Africa as German files spell them."""

from .name_group import NameGroup

# Nigeria: Yoruba, Igbo and Hausa names plus the Christian/Muslim given names common to all.
NIGERIAN = NameGroup(
    male=[
        "Oluwaseun", "Adebayo", "Babatunde", "Olumide", "Chinedu", "Emeka", "Chukwuemeka",
        "Obinna", "Ikechukwu", "Uche", "Abubakar", "Musa", "Aliyu", "Sani", "Ibrahim", "Samuel",
        "Daniel", "Godwin", "Friday", "Sunday", "Blessing", "Emmanuel", "Kingsley", "Victor",
    ],
    female=[
        "Funmilayo", "Adeola", "Folake", "Yetunde", "Ngozi", "Chiamaka", "Adaeze", "Nneka",
        "Amina", "Hauwa", "Zainab", "Blessing", "Joy", "Mercy", "Precious", "Esther", "Faith",
    ],
    family=[
        "Adeyemi", "Okafor", "Okonkwo", "Adebayo", "Ogunleye", "Oladipo", "Eze", "Nwosu",
        "Chukwu", "Obi", "Okeke", "Ibrahim", "Bello", "Abubakar", "Mohammed", "Usman",
        "Osagie", "Igbinedion", "Omoregie", "Ehigiator", "Aigbe", "Edosa",
    ],
)

# Guinea, Gambia, Senegal, Mali, Sierra Leone: Fula, Mandinka, Wolof, Soninke names.
WEST_AFRICAN = NameGroup(
    male=[
        "Mamadou", "Alpha", "Ibrahima", "Ousmane", "Abdoulaye", "Amadou", "Thierno", "Sekou",
        "Lamin", "Modou", "Ebrima", "Omar", "Alieu", "Bakary", "Musa", "Saikou", "Foday",
        "Mohamed", "Boubacar", "Souleymane", "Mamadi", "Lansana", "Kebba", "Momodou",
    ],
    female=[
        "Fatoumata", "Mariama", "Aissatou", "Kadiatou", "Hawa", "Binta", "Isatou", "Fatou",
        "Awa", "Ramatoulaye", "Djenabou", "Haddy", "Ndey", "Kumba", "Oumou",
    ],
    family=[
        "Diallo", "Barry", "Bah", "Sow", "Baldé", "Camara", "Condé", "Touré", "Keita",
        "Sylla", "Soumah", "Kourouma", "Jallow", "Ceesay", "Touray", "Jammeh", "Darboe",
        "Sanneh", "Jobe", "Sonko", "Ndiaye", "Diop", "Fall", "Kamara", "Traoré", "Coulibaly",
    ],
)

GHANAIAN = NameGroup(
    male=["Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Emmanuel", "Isaac", "Ebenezer", "Prince"],
    female=["Akosua", "Abena", "Ama", "Afua", "Esi", "Adwoa", "Comfort", "Gifty"],
    family=["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman", "Ofori"],
)

CENTRAL_AFRICAN = NameGroup(
    male=["Jean-Pierre", "Christian", "Patrick", "Serge", "Armand", "Herve", "Blaise", "Junior"],
    female=["Marie", "Chantal", "Brigitte", "Sandrine", "Nadège", "Clarisse", "Grace"],
    family=["Mbarga", "Nkongo", "Tchoumi", "Fotso", "Kamga", "Mbuyi", "Kabila", "Ilunga"],
)

HORN_OF_AFRICA = NameGroup(
    male=[
        "Tesfaye", "Yonas", "Dawit", "Mulugeta", "Berhane", "Tekle", "Abdirahman", "Abdiaziz",
        "Mohamed", "Hassan", "Ahmed", "Yusuf",
    ],
    female=["Selam", "Helen", "Tsehay", "Almaz", "Hodan", "Fadumo", "Sahra", "Ayan"],
    family=[
        "Tesfamariam", "Gebremedhin", "Haile", "Berhe", "Tekle", "Abdi", "Warsame", "Farah",
        "Hirsi", "Omar", "Ali", "Jama",
    ],
)
