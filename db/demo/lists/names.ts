/**
 * Given and family names per naming tradition, for invented officials (no real person is meant).
 * Lists are '|'-separated to allow family names with spaces ("de Vries").
 */
export interface NameList {
  male: string;
  female: string;
  family: string;
  /** Written family name first ("Wang Lei"). */
  familyFirst?: boolean;
  /** The family name's feminine form, where the language has one. */
  feminine?: (family: string) => string;
}

const slavic = (f: string) =>
  f
    .replace(/(ov|ev|in)$/, '$1a')
    .replace(/(sk|ck)i$/, '$1a')
    .replace(/ий$/, 'ая');
const czech = (f: string) => (f.endsWith('ý') ? `${f.slice(0, -1)}á` : `${f.replace(/a$/, '')}ová`);
const greek = (f: string) => f.replace(/os$/, 'ou').replace(/is$/, 'i');

export const NAMES = {
  kazakh: {
    male: 'Askar|Yerlan|Nurlan|Daulet|Marat|Serik|Bakhyt|Yerzhan|Timur|Arman|Kanat|Almas|Mukhtar|Rustem|Berik|Zhanibek',
    female: 'Aigerim|Dana|Gulnara|Saule|Aliya|Madina|Zhanar|Assel|Dinara|Akmaral',
    family:
      'Nurlanov|Abenov|Tokhtarov|Zhaksylykov|Baimukhanov|Iskakov|Sarsenbayev|Omarov|Bekov|Tulegenov|Kassymov|Akhmetov|Suleimenov|Dauletov|Zhunusov|Ospanov|Yessimov|Karimov|Mukanov|Shaikenov',
    feminine: slavic,
  },
  uzbek: {
    male: 'Jamshid|Bakhtiyor|Sardor|Ulugbek|Farkhod|Dilshod|Otabek|Sherzod|Akmal|Rustam',
    female: 'Dilnoza|Malika|Gulnora|Nigora|Zarina|Kamola',
    family:
      'Saidov|Rakhimov|Yusupov|Ergashev|Nazarov|Sultanov|Abdullaev|Mirzaev|Khodjaev|Usmonov|Tursunov|Alimov',
    feminine: slavic,
  },
  kyrgyz: {
    male: 'Azamat|Bakyt|Talant|Nurbek|Adilet|Kubanychbek|Emil|Almazbek',
    female: 'Aizada|Cholpon|Gulzat|Nurzhan|Aidai',
    family: 'Asanov|Toktogulov|Sadykov|Abdyldaev|Usenov|Mamytov|Zhumabekov|Ismailov|Osmonov',
    feminine: slavic,
  },
  tajik: {
    male: 'Sirojiddin|Mahmadullo|Faridun|Rustam|Jamshed|Bahrom|Parviz|Firdavs',
    female: 'Zarrina|Nilufar|Manizha|Tahmina',
    family: 'Rahmonzoda|Mirzozoda|Sharipov|Nazarzoda|Davlatov|Kurbonov|Sattorzoda|Hakimov',
    feminine: slavic,
  },
  turkmen: {
    male: 'Rashid|Batyr|Myrat|Serdar|Kakageldi|Hojamyrat|Begench|Dovlet',
    female: 'Ogulgerek|Maya|Jemal|Aynabat',
    family: 'Meredov|Berdiyev|Orazov|Atayev|Gurbanov|Hojayev|Amanov|Annayev',
    feminine: slavic,
  },
  azerbaijani: {
    male: 'Elchin|Rashad|Farid|Elnur|Jeyhun|Vugar|Tural|Anar|Samir',
    female: 'Leyla|Aynur|Gunel|Sevinj|Nigar',
    family: 'Mammadov|Huseynov|Hasanov|Guliyev|Ismayilov|Abbasov|Jafarov|Rzayev|Bagirov',
    feminine: slavic,
  },
  georgian: {
    male: 'Giorgi|Levan|Irakli|Zurab|Nikoloz|Davit|Tornike|Lasha',
    female: 'Nino|Tamar|Ketevan|Mariam|Salome',
    family: 'Beridze|Kapanadze|Gelashvili|Maisuradze|Lomidze|Tsiklauri|Japaridze|Abashidze',
  },
  armenian: {
    male: 'Armen|Aram|Davit|Tigran|Ararat|Hovhannes|Karen|Vahe',
    female: 'Anahit|Lilit|Mariam|Gayane|Ani',
    family: 'Grigoryan|Harutyunyan|Sargsyan|Hovhannisyan|Petrosyan|Avetisyan|Karapetyan|Mkrtchyan',
  },
  russian: {
    male: 'Sergey|Alexander|Dmitry|Andrei|Mikhail|Alexei|Nikolai|Igor|Pavel|Vladimir|Yuri|Oleg',
    female: 'Maria|Elena|Natalia|Olga|Irina|Tatiana|Anna|Svetlana',
    family:
      'Ivanov|Petrov|Smirnov|Volkov|Kuznetsov|Sokolov|Morozov|Lebedev|Kozlov|Novikov|Orlov|Zaitsev|Belov|Frolov|Romanov|Gusev',
    feminine: slavic,
  },
  ukrainian: {
    male: 'Andriy|Oleksandr|Dmytro|Serhiy|Taras|Mykola|Vasyl|Yuriy|Ihor',
    female: 'Olena|Oksana|Iryna|Kateryna|Nataliya',
    family: 'Kovalenko|Shevchenko|Bondarenko|Tkachenko|Kravchuk|Melnyk|Savchenko|Lysenko|Marchenko',
  },
  german: {
    male: 'Thomas|Michael|Stefan|Andreas|Christian|Markus|Wolfgang|Peter|Johannes|Matthias|Klaus|Jürgen',
    female: 'Sabine|Claudia|Katharina|Anna|Julia|Ursula|Birgit|Andrea',
    family:
      'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schulz|Koch|Bauer|Richter|Klein|Huber|Gruber|Steiner|Brunner',
  },
  english: {
    male: 'James|John|Robert|Michael|David|William|Richard|Thomas|Christopher|Daniel|Mark|Andrew',
    female: 'Mary|Jennifer|Sarah|Elizabeth|Catherine|Emily|Rachel|Laura|Susan',
    family:
      'Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Taylor|Clark|Lewis|Walker|Hall|Allen|Young|Wright|Scott|Green|Baker|Campbell',
  },
  french: {
    male: 'Jean|Pierre|Philippe|François|Nicolas|Olivier|Laurent|Christophe|Julien|Antoine',
    female: 'Marie|Sophie|Isabelle|Catherine|Nathalie|Claire|Camille|Hélène',
    family:
      'Martin|Bernard|Dubois|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Lefèvre|Garnier|Rousseau|Fontaine|Peeters|Maes',
  },
  dutch: {
    male: 'Jan|Pieter|Willem|Hendrik|Joost|Maarten|Bart|Wouter',
    female: 'Anke|Marieke|Sanne|Ingrid|Lotte',
    family: 'de Jong|Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder',
  },
  italian: {
    male: 'Giuseppe|Giovanni|Antonio|Marco|Francesco|Luca|Alessandro|Andrea|Stefano|Paolo',
    female: 'Giulia|Francesca|Chiara|Elena|Alessandra|Paola',
    family:
      'Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca',
  },
  spanish: {
    male: 'José|Juan|Carlos|Luis|Javier|Miguel|Antonio|Fernando|Alejandro|Pablo|Diego',
    female: 'María|Carmen|Ana|Laura|Isabel|Lucía|Marta|Gabriela',
    family:
      'García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Jiménez|Ruiz|Hernández|Díaz|Moreno|Álvarez|Romero',
  },
  portuguese: {
    male: 'João|António|José|Pedro|Paulo|Luís|Carlos|Rui|Fernando|Mauro',
    female: 'Ana|Maria|Beatriz|Mariana|Luísa|Fernanda',
    family:
      'Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Almeida|Carvalho|Gomes|Ribeiro|Lima',
  },
  polish: {
    male: 'Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Marcin|Michał|Jakub|Łukasz',
    female: 'Anna|Katarzyna|Małgorzata|Agnieszka|Joanna|Ewa',
    family:
      'Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Dąbrowski',
    feminine: slavic,
  },
  czech: {
    male: 'Jan|Petr|Tomáš|Martin|Pavel|Jiří|Lukáš|Jakub|Marek',
    female: 'Jana|Petra|Lucie|Kateřina|Eva|Zuzana',
    family: 'Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák',
    feminine: czech,
  },
  hungarian: {
    male: 'László|István|József|Zoltán|Péter|Gábor|Tamás|Attila|Balázs',
    female: 'Katalin|Zsuzsanna|Eszter|Krisztina|Ágnes',
    family: 'Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh',
  },
  romanian: {
    male: 'Andrei|Mihai|Alexandru|Bogdan|Radu|Cristian|Ion|Florin',
    female: 'Ioana|Elena|Maria|Andreea|Raluca',
    family: 'Popescu|Ionescu|Popa|Dumitrescu|Stan|Stoica|Gheorghe|Matei|Constantin|Marin',
  },
  greek: {
    male: 'Georgios|Dimitrios|Konstantinos|Nikolaos|Ioannis|Christos|Panagiotis|Vasileios',
    female: 'Maria|Eleni|Katerina|Sofia|Anna',
    family:
      'Papadopoulos|Papadakis|Georgiou|Nikolaidis|Konstantinou|Dimitriou|Karagiannis|Vlachos|Alexiou',
    feminine: greek,
  },
  nordic: {
    male: 'Erik|Lars|Anders|Johan|Per|Magnus|Nils|Karl|Henrik',
    female: 'Anna|Eva|Kristina|Ingrid|Sara|Karin|Maria',
    family:
      'Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsen|Hansen|Johansen|Berg|Lindqvist|Haugen',
  },
  finnish: {
    male: 'Juha|Mikko|Timo|Jari|Antti|Pekka|Matti|Ville',
    female: 'Anne|Tiina|Sanna|Päivi|Elina',
    family: 'Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen',
  },
  turkish: {
    male: 'Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|Murat|Emre|Burak|Kemal',
    female: 'Ayşe|Fatma|Zeynep|Elif|Emine|Selin',
    family:
      'Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin',
  },
  persian: {
    male: 'Ali|Mohammad|Hossein|Reza|Mehdi|Abbas|Hamid|Majid|Saeed',
    female: 'Maryam|Fatemeh|Zahra|Leila|Sara',
    family: 'Hosseini|Mohammadi|Rezaei|Ahmadi|Moradi|Karimi|Rahimi|Jafari|Sadeghi|Kazemi|Mousavi',
  },
  gulf: {
    male: 'Mohammed|Ahmed|Abdullah|Khalid|Omar|Faisal|Saeed|Sultan|Hamad|Majed',
    female: 'Fatima|Aisha|Noura|Mariam|Reem|Hessa',
    family:
      'Al-Harbi|Al-Qahtani|Al-Mansouri|Al-Otaibi|Al-Zahrani|Al-Shamsi|Al-Kuwari|Al-Marri|Al-Mutairi|Al-Dosari',
  },
  levant: {
    male: 'Ahmed|Mohamed|Mahmoud|Youssef|Hassan|Ibrahim|Tarek|Karim|Omar|Sameh',
    female: 'Layla|Huda|Rania|Dina|Nour|Mona',
    family: 'Haddad|Khalil|Mansour|Nasser|Hamdan|Saleh|El-Sayed|Abdelaziz|Farouk|Mostafa|Soliman',
  },
  maghreb: {
    male: 'Mohamed|Youssef|Karim|Rachid|Hicham|Nabil|Samir|Abdelkader',
    female: 'Fatima-Zahra|Amina|Nadia|Salma|Khadija',
    family: 'Benali|El-Amrani|Bennani|Tazi|Alaoui|Berrada|Idrissi|Chraibi|Fassi',
  },
  chinese: {
    male: 'Wei|Jun|Lei|Qiang|Hao|Ming|Tao|Jian|Bo|Yong|Jianguo|Haitao|Zhiwei|Weidong',
    female: 'Xin|Hua|Lan|Mei|Ying|Fang|Jing|Yuhong|Lihua|Xiaoli',
    family: 'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin',
    familyFirst: true,
  },
  japanese: {
    male: 'Hiroshi|Takashi|Kenji|Yoshihiro|Masahiro|Takeshi|Kazuo|Shinji|Daisuke',
    female: 'Yoko|Keiko|Naoko|Yuko|Akiko|Emi',
    family:
      'Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Matsumoto|Inoue',
  },
  korean: {
    male: 'Min-jun|Seo-jun|Ji-ho|Hyun-woo|Sung-min|Jae-won|Dong-hyun|Young-ho',
    female: 'Ji-yeon|Su-jin|Hye-jin|Min-ji|Eun-young',
    family: 'Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han',
    familyFirst: true,
  },
  vietnamese: {
    male: 'Van Hung|Minh Tuan|Duc Anh|Quoc Bao|Thanh Son|Van Long',
    female: 'Thi Lan|Thu Hang|Thi Mai|Thanh Huong',
    family: 'Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do',
    familyFirst: true,
  },
  indian: {
    male: 'Rajesh|Sanjay|Amit|Vikram|Anil|Suresh|Rahul|Arun|Pradeep|Ashok|Vivek',
    female: 'Priya|Anjali|Sunita|Kavita|Meera|Deepa|Lakshmi',
    family:
      'Sharma|Verma|Gupta|Singh|Kumar|Patel|Reddy|Iyer|Nair|Rao|Mehta|Chatterjee|Mukherjee|Joshi|Menon',
  },
  pakistani: {
    male: 'Muhammad|Ahmed|Imran|Bilal|Asad|Faisal|Usman|Tariq|Zahid|Kamran',
    female: 'Ayesha|Sana|Hina|Nadia|Rabia',
    family: 'Khan|Ahmed|Malik|Qureshi|Siddiqui|Chaudhry|Butt|Sheikh|Raza|Abbasi|Javed',
  },
  mongolian: {
    male: 'Batbayar|Ganbold|Enkhbold|Bat-Erdene|Tsogbadrakh|Munkhbat|Davaadorj|Gantulga',
    female: 'Oyuntsetseg|Sarantuya|Enkhjargal|Bolormaa|Altantsetseg',
    family: 'Batbold|Ganzorig|Dorjsuren|Purevdorj|Tserendorj|Baatar|Enkhtaivan|Luvsan',
  },
  indonesian: {
    male: 'Budi|Agus|Joko|Eko|Dwi|Hadi|Rudi|Bambang|Arif|Teguh',
    female: 'Sri|Dewi|Retno|Siti|Ayu|Ratna',
    family: 'Santoso|Wijaya|Saputra|Kusuma|Hidayat|Susanto|Pratama|Nugroho|Setiawan|Gunawan|Wibowo',
  },
  malay: {
    male: 'Ahmad|Azman|Hafiz|Faizal|Rizal|Zulkifli|Kamal|Hisham',
    female: 'Nurul|Siti|Aishah|Farah|Zarina',
    family: 'Abdullah|Ibrahim|Ismail|Hassan|Rahman|Yusof|Hamid|Osman',
  },
  singaporean: {
    male: 'Lawrence|Kenneth|Desmond|Jeffrey|Gabriel|Edwin|Raymond',
    female: 'Vivian|Grace|Josephine|Shirley|Michelle',
    family: 'Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Koh|Teo',
  },
  thai: {
    male: 'Somchai|Prasert|Surachai|Thanawat|Anucha|Kittipong|Wichai|Chatchai',
    female: 'Siriporn|Pornthip|Nattaya|Kanokwan|Wanida',
    family: 'Saetang|Srisuk|Chaiyaporn|Rattanakorn|Thongchai|Wongsawat|Boonmee|Suwannarat|Phromma',
  },
  filipino: {
    male: 'Jose|Manuel|Ramon|Eduardo|Antonio|Roberto|Enrique|Carlos',
    female: 'Maria|Cristina|Rosario|Teresa|Patricia',
    family: 'Santos|Reyes|Cruz|Bautista|Ocampo|Mendoza|Torres|Villanueva|Dela Cruz|Castillo',
  },
  nigerian: {
    male: 'Oluwaseun|Chinedu|Emeka|Adebayo|Ibrahim|Musa|Tunde|Babatunde|Uche|Yusuf',
    female: 'Ngozi|Aisha|Funmilayo|Chioma|Amina',
    family: 'Okafor|Adeyemi|Okonkwo|Bello|Abubakar|Eze|Ogunleye|Nwosu|Balogun|Danjuma',
  },
  eastAfrican: {
    male: 'John|Peter|Samuel|Joseph|David|Daniel|Kipchoge|Otieno',
    female: 'Grace|Mary|Faith|Esther|Wanjiku',
    family: 'Mwangi|Kamau|Odhiambo|Kiprop|Mutua|Ochieng|Njoroge|Kiptoo|Wafula',
  },
  ethiopian: {
    male: 'Tesfaye|Mulugeta|Getachew|Dawit|Yohannes|Solomon|Bereket',
    female: 'Tigist|Meseret|Hiwot|Selam|Almaz',
    family: 'Bekele|Tadesse|Alemu|Haile|Girma|Kebede|Worku|Desta',
  },
  southAfrican: {
    male: 'Thabo|Sipho|Themba|Mandla|Johan|Pieter|Lwazi|Bongani',
    female: 'Nomvula|Thandiwe|Naledi|Zanele|Lindiwe',
    family: 'Nkosi|Dlamini|Ndlovu|Mokoena|Khumalo|Botha|van der Merwe|Naidoo|Pillay|Mahlangu',
  },
} satisfies Record<string, NameList>;

export type NameGroup = keyof typeof NAMES;

export const NAME_GROUPS = Object.keys(NAMES) as NameGroup[];

/** Russian-style transliteration variants, recorded as aliases (other spellings). */
export const SPELLING_VARIANTS: Record<string, string> = {
  Sergey: 'Sergei',
  Dmitry: 'Dmitri',
  Alexei: 'Aleksei',
  Yuri: 'Yury',
  Andrei: 'Andrey',
  Nikolai: 'Nikolay',
  Yerlan: 'Erlan',
  Yerzhan: 'Erzhan',
  Mohammed: 'Muhammad',
  Mohamed: 'Mohammed',
  Mohammad: 'Mohammed',
  Youssef: 'Yusuf',
  Hossein: 'Hussein',
  Oleksandr: 'Alexander',
  Andriy: 'Andrii',
};
