"""Names from the Middle East, Central and South Asia, in the Latin spellings German
files typically show (the first spelling is the "main" one; variants live in variants.py)."""

from .name_group import NameGroup

ARABIC = NameGroup(
    male=[
        "Mohammed", "Ahmad", "Ali", "Hussein", "Mahmoud", "Omar", "Yusuf", "Khaled", "Abdullah",
        "Hassan", "Mustafa", "Ibrahim", "Karim", "Samir", "Tarek", "Bilal", "Walid", "Ayman",
        "Fadi", "Nabil", "Haidar", "Abbas", "Saif", "Rami", "Jamal", "Youssef", "Anas", "Ammar",
        "Zaid", "Osama", "Adnan", "Firas", "Qasim", "Salah", "Munir", "Raed", "Hamza", "Jasim",
    ],
    female=[
        "Fatima", "Zainab", "Maryam", "Aisha", "Noor", "Huda", "Rania", "Amal", "Layla", "Hanan",
        "Samira", "Yasmin", "Rasha", "Dalia", "Iman", "Sara", "Shaima", "Ruqaya", "Asmaa", "Nada",
        "Ghada", "Lina", "Khadija", "Safa", "Widad", "Sabah",
    ],
    family=[
        "Al-Hussaini", "Al-Obaidi", "Al-Jubouri", "Al-Dulaimi", "Al-Saadi", "Hassan", "Abbas",
        "Khalil", "Haddad", "Mansour", "Saleh", "Ibrahim", "Mahmoud", "Youssef", "Hamdan",
        "Al-Tamimi", "Al-Khafaji", "Al-Rubaie", "Kadhim", "Jaber", "Nasser", "Darwish", "Farhat",
        "Chahine", "Hammoud", "Fakhro", "El-Zein", "Haidar", "Sabbagh", "Al-Ali", "Mohammed",
        "Ahmad", "Benali", "Bouzid", "El Amrani", "Benaissa", "Belkacem", "Mebarki", "Ouali",
    ],
)

# Kurds from northern Iraq and from Türkei form a large share of both caseloads.
KURDISH = NameGroup(
    male=[
        "Azad", "Rebin", "Karwan", "Dilshad", "Sherko", "Hemin", "Shvan", "Barzan", "Rekan",
        "Dilovan", "Hawar", "Serhad", "Baran", "Shorsh", "Zana", "Aram", "Kawa", "Bahoz",
    ],
    female=[
        "Nasrin", "Shilan", "Dilan", "Berivan", "Hêvî", "Rojda", "Avin", "Zilan", "Nazdar",
        "Rezan", "Sozdar", "Gulistan", "Jiyan", "Rozerin",
    ],
    family=[
        "Barzani", "Hawrami", "Sindi", "Zebari", "Mirani", "Dosky", "Qadir", "Rashid", "Hasso",
        "Khidir", "Kurdo", "Ali", "Omer", "Mahmud", "Ismail", "Aziz", "Doski", "Mustafa",
    ],
)

PERSIAN = NameGroup(
    male=[
        "Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Behnam",
        "Farhad", "Davood", "Majid", "Arash", "Kaveh", "Masoud", "Omid", "Javad", "Hadi",
    ],
    female=[
        "Maryam", "Zahra", "Fatemeh", "Leila", "Narges", "Shirin", "Parisa", "Mahsa", "Nasrin",
        "Elham", "Azadeh", "Sara", "Mina", "Roya", "Niloofar", "Samaneh",
    ],
    family=[
        "Hosseini", "Rezaei", "Mohammadi", "Ahmadi", "Karimi", "Moradi", "Jafari", "Rahimi",
        "Hashemi", "Ghorbani", "Sadeghi", "Rostami", "Kazemi", "Mousavi", "Nazari", "Akbari",
        "Ebrahimi", "Abbasi", "Salehi", "Yazdani",
    ],
)

AFGHAN = NameGroup(
    male=[
        "Mohammad", "Ahmad", "Abdul Rahman", "Ali", "Hamid", "Sayed", "Zabihullah", "Naweed",
        "Mustafa", "Jawad", "Rahmatullah", "Hekmatullah", "Farid", "Khalid", "Shafiq", "Sohrab",
        "Ajmal", "Yama", "Wahid", "Mirwais", "Najibullah", "Ramin", "Masih", "Bashir", "Habib",
    ],
    female=[
        "Fatima", "Zahra", "Mariam", "Marzia", "Shabnam", "Farzana", "Nargis", "Freshta",
        "Sediqa", "Zarghuna", "Mursal", "Malalai", "Nasima", "Parwana", "Hamida", "Sakina",
    ],
    family=[
        "Ahmadzai", "Popal", "Sultani", "Hashimi", "Rahimi", "Noori", "Haidari", "Amiri",
        "Safi", "Stanikzai", "Jalali", "Mohammadi", "Hosseini", "Azizi", "Karimi", "Sadat",
        "Rezai", "Wardak", "Niazi", "Shinwari", "Barakzai", "Qaderi", "Hakimi", "Faizi",
    ],
)

PAKISTANI = NameGroup(
    male=[
        "Muhammad", "Ali", "Imran", "Asif", "Bilal", "Usman", "Waqas", "Kamran", "Faisal",
        "Shahid", "Tariq", "Zeeshan", "Adnan", "Naveed", "Rizwan", "Umar", "Hamza", "Haris",
    ],
    female=[
        "Ayesha", "Fatima", "Sana", "Saima", "Nazia", "Rabia", "Hina", "Amna", "Sadia",
        "Mehwish", "Bushra", "Shazia",
    ],
    family=[
        "Khan", "Chaudhry", "Butt", "Malik", "Ahmed", "Hussain", "Iqbal", "Qureshi", "Raza",
        "Javed", "Shah", "Akhtar", "Bhatti", "Mirza", "Aslam", "Anwar", "Gill", "Rana",
    ],
)

TURKISH = NameGroup(
    male=[
        "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre",
        "Burak", "Yusuf", "Ömer", "Serkan", "Kemal", "Onur", "Ramazan", "Cem", "Deniz", "Erkan",
        "Volkan", "Fırat", "Baran", "Mahmut", "Halil",
    ],
    female=[
        "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Esra", "Merve",
        "Büşra", "Derya", "Gülsüm", "Songül", "Leyla", "Sevgi", "Dilek",
    ],
    family=[
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
        "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
        "Özkan", "Polat", "Aktaş", "Tekin", "Ekinci", "Bozkurt",
    ],
)

AZERI = NameGroup(
    male=[
        "Elvin", "Rashad", "Orkhan", "Farid", "Tural", "Elnur", "Vugar", "Ilkin", "Kamran",
        "Ramil", "Anar", "Emin", "Namig", "Rauf",
    ],
    female=["Aysel", "Gunel", "Leyla", "Nigar", "Sevinj", "Aynur", "Konul", "Lala", "Gulnar"],
    family=[
        "Mammadov", "Aliyev", "Huseynov", "Hasanov", "Guliyev", "Ismayilov", "Abdullayev",
        "Karimov", "Rzayev", "Babayev", "Jafarov", "Suleymanov",
    ],
)

SOUTH_ASIAN = NameGroup(
    male=[
        "Harpreet", "Gurpreet", "Amandeep", "Rajesh", "Sandeep", "Manpreet", "Vikram", "Arjun",
        "Rahul", "Sunil", "Md. Rafiqul", "Abdul Karim", "Shahidul", "Mizanur", "Tanvir",
    ],
    female=["Simranjeet", "Priya", "Kiranjit", "Sunita", "Nasrin", "Rokeya", "Shirin", "Anjali"],
    family=[
        "Singh", "Kaur", "Sharma", "Kumar", "Patel", "Gill", "Sandhu", "Islam", "Rahman",
        "Hossain", "Uddin", "Akter", "Chowdhury", "Miah", "Begum",
    ],
)

TAMIL = NameGroup(
    male=["Sivakumar", "Tharshan", "Kajan", "Pirathees", "Suthakaran", "Ramesh", "Jeyakumar"],
    female=["Tharshika", "Kavitha", "Nirmala", "Sujatha", "Vasanthi"],
    family=[
        "Sivanathan", "Rajendran", "Thuraisingam", "Kanagaratnam", "Selvarajah", "Balasingam",
    ],
)
