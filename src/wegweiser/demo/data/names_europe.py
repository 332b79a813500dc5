"""Names from Eastern Europe, the Caucasus and the Western Balkans (German file spellings)."""

from .name_group import NameGroup

RUSSIAN = NameGroup(
    male=[
        "Aleksandr", "Sergei", "Dmitri", "Andrei", "Aleksei", "Vladimir", "Yevgeni", "Nikolai",
        "Igor", "Oleg", "Maksim", "Pavel", "Roman", "Denis", "Ivan", "Artjom", "Viktor",
    ],
    female=[
        "Yelena", "Olga", "Tatjana", "Natalja", "Svetlana", "Irina", "Anastasija", "Yekaterina",
        "Marina", "Julija", "Oksana", "Ljudmila",
    ],
    family=[
        "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiljev", "Petrov", "Sokolov", "Mikhailov",
        "Fyodorov", "Morozov", "Volkov", "Lebedev", "Kozlov", "Novikov", "Pavlov", "Orlov",
    ],
)

# Most applicants from the Russian Federation in German files are Chechens or Dagestanis.
NORTH_CAUCASIAN = NameGroup(
    male=[
        "Magomed", "Ramzan", "Aslan", "Islam", "Adam", "Ruslan", "Zelimkhan", "Khamzat",
        "Shamil", "Timur", "Apti", "Umar", "Arbi", "Said-Magomed", "Alikhan", "Rustam",
    ],
    female=[
        "Zarema", "Madina", "Kheda", "Malika", "Aminat", "Luiza", "Petimat", "Zalina", "Milana",
        "Aishat", "Raisa", "Elina",
    ],
    family=[
        "Kadyrov", "Magomedov", "Dudaev", "Basaev", "Umarov", "Khasanov", "Ismailov",
        "Abdulaev", "Musaev", "Tsoroev", "Gadzhiev", "Aliev", "Yusupov", "Saidov", "Tagirov",
    ],
)

ALBANIAN = NameGroup(
    male=[
        "Arben", "Besnik", "Driton", "Ardit", "Florian", "Gentian", "Ilir", "Kujtim", "Leutrim",
        "Valon", "Fatmir", "Blerim", "Agron", "Mentor", "Enis", "Erion", "Shkëlzen", "Dritan",
    ],
    female=[
        "Blerta", "Drita", "Arta", "Fjolla", "Vjosa", "Mimoza", "Shpresa", "Valbona", "Albana",
        "Teuta", "Lumnije", "Ardita", "Edona",
    ],
    family=[
        "Hoxha", "Krasniqi", "Gashi", "Berisha", "Shala", "Morina", "Kelmendi", "Bytyqi",
        "Rexhepi", "Hasani", "Ahmeti", "Dervishi", "Leka", "Cela", "Kola", "Gjoka", "Murati",
    ],
)

# Serbia, Bosnia and North Macedonia: many applicants are Roma with South Slavic names.
SOUTH_SLAVIC = NameGroup(
    male=[
        "Dragan", "Nenad", "Zoran", "Dejan", "Goran", "Marko", "Nikola", "Stefan", "Miloš",
        "Bojan", "Saša", "Emir", "Senad", "Elvis", "Denis", "Ramadan", "Muharem", "Suad",
    ],
    female=[
        "Jelena", "Dragana", "Snežana", "Marija", "Ivana", "Suzana", "Vesna", "Selma", "Amra",
        "Ljiljana", "Sabina", "Mirela", "Elvira", "Jasmina",
    ],
    family=[
        "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić",
        "Stanković", "Ramić", "Osmani", "Demirović", "Hadžić", "Mustafić", "Bajramović",
        "Memeti", "Ajdini", "Saitović", "Kurtić", "Trajkovski", "Stojanovski", "Nikolovski",
    ],
)

GEORGIAN = NameGroup(
    male=[
        "Giorgi", "Davit", "Levan", "Irakli", "Nika", "Zurab", "Lasha", "Tornike", "Mamuka",
        "Giga", "Besik", "Revaz", "Tamaz", "Koba",
    ],
    female=["Nino", "Tamar", "Mariam", "Ketevan", "Natia", "Salome", "Ana", "Eka", "Maia"],
    family=[
        "Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Giorgadze", "Lomidze",
        "Tsiklauri", "Bolkvadze", "Kvaratskhelia", "Nozadze", "Chikhladze", "Mikeladze",
        "Abashidze", "Jorbenadze",
    ],
)

ARMENIAN = NameGroup(
    male=[
        "Aram", "Armen", "Gevorg", "Hayk", "Tigran", "Vardan", "Karen", "Artur", "Davit",
        "Narek", "Samvel", "Ashot", "Hovhannes", "Suren",
    ],
    female=["Anahit", "Lilit", "Gayane", "Mariam", "Ani", "Hasmik", "Nune", "Armine", "Siranush"],
    family=[
        "Hovhannisyan", "Grigoryan", "Sargsyan", "Harutyunyan", "Khachatryan", "Petrosyan",
        "Vardanyan", "Avetisyan", "Karapetyan", "Mkrtchyan", "Hakobyan", "Gevorgyan",
        "Ghazaryan", "Martirosyan",
    ],
)

MOLDOVAN = NameGroup(
    male=["Ion", "Vasile", "Andrei", "Sergiu", "Nicolae", "Mihai", "Vitalie", "Dumitru"],
    female=["Maria", "Elena", "Ana", "Natalia", "Tatiana", "Cristina", "Olga"],
    family=["Rusu", "Ceban", "Popa", "Ciobanu", "Munteanu", "Lupu", "Cojocaru", "Rotaru"],
)

UKRAINIAN = NameGroup(
    male=["Oleksandr", "Andrii", "Serhii", "Volodymyr", "Mykola", "Dmytro", "Yurii"],
    female=["Olena", "Oksana", "Iryna", "Nataliia", "Kateryna", "Yuliia"],
    family=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"],
)
