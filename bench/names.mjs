// Name lists for bench/gen.mjs: first and last names of many Latin-script locales (with their
// diacritics), large real cities (largest first, approximate), and word lists for organisation
// and place-name templates. Only characters whose lower case has the same UTF-16 length are used
// (no "İ"), and no "/" or "¥" (prh would mis-handle them).

export const FIRST = `
James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Margaret
Steven Sandra Paul Ashley Andrew Kimberly Joshua Emily Kenneth Donna Kevin Michelle Brian Carol
George Amanda Timothy Melissa Ronald Deborah Jason Stephanie Edward Rebecca Jeffrey Laura Ryan Helen
Oliver Amelia Harry Isla Jack Ava Charlie Freya Alfie Poppy Noah Evie Leo Grace Arthur Florence
Lukas Sophie Maximilian Marie Jonas Hannah Felix Lena Moritz Johanna Jürgen Jörg Günther Bärbel
Ursula Sören Björn Märta Åsa Linnéa Göran Håkan Ingrid Sigrún Þórunn Jón Guðrún Ólafur Kristín
Søren Mette Jørgen Bodil Ove Astrid Kjell Solveig Eero Päivi Jyrki Sanna Matti Aino Väinö
Jean François Amélie Hélène Jérôme Céline Stéphane Françoise Loïc Gaëlle Benoît Noémie Thérèse
José María Jesús Lucía Ángel Inés Álvaro Begoña Íñigo Nuria Raúl Pilar Joaquín Montserrat Germán
João Conceição Gonçalo Inês Sebastião Leonor Tomás Matilde Vitória Caetano Luís Graça
Giuseppe Giulia Francesco Chiara Alessandro Federica Niccolò Ludovica Lorenzo Beatrice Gianluca
Jan Anna Piotr Katarzyna Krzysztof Małgorzata Andrzej Agnieszka Tomasz Łukasz Paweł Grażyna Michał
Vítězslav Jiří Zdeněk Kateřina Tereza Ondřej Lucie Bohumil Jaroslav Věra Radek Šárka Dušan
Ľubomír Zuzana Miroslav Ľudmila Štefan Jozef Mária Gábor Zsófia László Ildikó Ákos Réka Tünde
Ion Ioana Mihai Ștefan Andreea Răzvan Bogdan Ileana Dragoș Ana Marko Ivana Dražen Željko Mirjana
Ahmet Ayşe Mehmet Fatma Mustafa Emine Hüseyin Özlem Çağla Gökhan Şükrü Fazullah Ömer Gülsen
Willem Sanne Daan Fenna Joost Ilse Pieter Marieke Bram Lotte Sven Femke Thijs Anouk Ruud
Kwame Ama Chinedu Ngozi Oluwaseun Adaeze Thabo Nomvula Tendai Wanjiru Kofi Abena
Nguyen Minh Thảo Linh Quang Hương Rizal Siti Budi Dewi Agus Putri Juan Rosario Carlos Marisol
`.trim().split(/\s+/);

export const LAST = `
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Parker Torphy Whitaker Pemberton Ashdown
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Köhler
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindström
Sjöberg Åkesson Jónsdóttir Guðmundsson Sigurðsson Þórsson Hansen Jørgensen Nørgaard Sørensen
Virtanen Mäkinen Nieminen Järvinen Hämäläinen Korhonen Koskinen Heikkinen Lehtonen Räsänen
Dubois Lefèvre Moreau Laurent Girard Bonnet Dupont Lambert Fontaine Rousseau Mercier Chevalier
Leclerc Gauthier Bérenger Ménard Thibault Peyrollès Desrosiers Beauséjour Lévêque Gagné
Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Díaz Muñoz Álvarez
Romero Navarro Domínguez Vázquez Ramos Gil Serrano Blanco Suárez Molina Castillo Ortega Núñez
Silva Santos Oliveira Sousa Pereira Costa Carvalho Gonçalves Rodrigues Almeida Araújo Magalhães
Conceição Brandão Simões Guimarães Falcão Assunção Rossi Russo Ferrari Esposito Bianchi Romano
Colombo Ricci Marino Greco Bruno Gallo Conti Giordano Mancini Lombardi Moretti Barbieri Ermini
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Pawłowski Michalski Król
Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Hrubý Sedlář
Sedlářová Marek Pospíšil Hájek Jelínek Růžička Beneš Fiala Šťastný Kovačević Horvat Babić
Marić Jurić Novaković Knežević Vuković Marković Petrović Šarić Šafarić Tomić Pavlović Kovács
Szabó Tóth Nagy Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Lakatos Takács Juhász
Popescu Ionescu Popa Constantin Stan Dumitru Stoica Gheorghe Munteanu Ciobanu Mocanu Țurcanu
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Koç
Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra
Mensah Boateng Owusu Okafor Adeyemi Eze Nwosu Okonkwo Mokoena Dlamini Ndlovu Khumalo Kamau
Otieno Wanjiku Mwangi Santoso Wijaya Susanto Hidayat Reyes Cruz Bautista Villanueva Aquino
O'Brien O'Connor McCarthy Fitzgerald Gallagher Kavanagh Donnelly Brennan Flanagan Sheridan
`.trim().split(/\s+/);

export const TITLES = [
  // [title, weight]
  ['Gen.', 5], ['Dr.', 5], ['Prime Minister', 3], ['Lt. Gen.', 2], ['Col.', 2], ['Sen.', 3],
  ['Rep.', 3], ['Gov.', 2], ['Prof.', 3], ['President', 2], ['Adm.', 1], ['Maj.', 1],
  ['Capt.', 1], ['Judge', 1], ['Ambassador', 1], ['Mayor', 1], ['Rev.', 1], ['Foreign Minister', 1],
];

// Large cities, roughly by population (largest first); national capitals (countries.mjs) follow.
export const CITIES = `
Tokyo|Delhi|Shanghai|São Paulo|Mexico City|Cairo|Mumbai|Beijing|Dhaka|Osaka|New York|Karachi|
Buenos Aires|Chongqing|Istanbul|Kolkata|Manila|Lagos|Rio de Janeiro|Tianjin|Kinshasa|Guangzhou|
Los Angeles|Moscow|Shenzhen|Lahore|Bangalore|Paris|Bogotá|Jakarta|Chennai|Lima|Bangkok|Seoul|
Nagoya|Hyderabad|London|Tehran|Chicago|Chengdu|Nanjing|Wuhan|Ho Chi Minh City|Luanda|Ahmedabad|
Kuala Lumpur|Hong Kong|Dongguan|Foshan|Riyadh|Baghdad|Santiago|Surat|Madrid|Suzhou|Pune|Harbin|
Houston|Dallas|Toronto|Dar es Salaam|Miami|Belo Horizonte|Singapore|Philadelphia|Atlanta|Fukuoka|
Khartoum|Barcelona|Johannesburg|Saint Petersburg|Qingdao|Dalian|Washington|Yangon|Alexandria|Jinan|
Guadalajara|Ankara|Abidjan|Melbourne|Sydney|Monterrey|Brasília|Cape Town|Jeddah|Nairobi|Kabul|
Hanoi|Rome|Montreal|Casablanca|Fortaleza|Salvador|Medellín|Recife|Curitiba|Porto Alegre|Berlin|
Kyiv|Algiers|Accra|Dakar|Addis Ababa|Ouagadougou|Kano|Ibadan|Durban|Pretoria|Mogadishu|Tashkent|
Baku|Athens|Lisbon|Milan|Naples|Turin|Manchester|Birmingham|Glasgow|Hamburg|Munich|Cologne|
Frankfurt|Stuttgart|Düsseldorf|Dortmund|Leipzig|Dresden|Nuremberg|Vienna|Prague|Budapest|Warsaw|
Kraków|Łódź|Wrocław|Poznań|Gdańsk|Bucharest|Cluj-Napoca|Timișoara|Iași|Sofia|Belgrade|Zagreb|
Ljubljana|Sarajevo|Skopje|Tirana|Bratislava|Košice|Brno|Plzeň|Zürich|Geneva|Basel|Bern|Lausanne|
Lyon|Marseille|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Besançon|Orléans|
Nîmes|Seville|Valencia|Zaragoza|Málaga|Bilbao|Córdoba|Alicante|Valladolid|Vigo|Gijón|A Coruña|
Logroño|Oporto|Braga|Coimbra|Amsterdam|Rotterdam|The Hague|Utrecht|Eindhoven|Antwerp|Ghent|
Brussels|Liège|Copenhagen|Aarhus|Odense|Stockholm|Gothenburg|Malmö|Uppsala|Jönköping|Oslo|Bergen|
Trondheim|Tromsø|Ålesund|Helsinki|Espoo|Tampere|Turku|Jyväskylä|Reykjavík|Tórshavn|Dublin|Cork|
Edinburgh|Cardiff|Belfast|Riga|Vilnius|Tallinn|Minsk|Chișinău|Tbilisi|Yerevan|Izmir|Bursa|Antalya|
Adana|Gaziantep|Konya|Beirut|Amman|Damascus|Aleppo|Jerusalem|Tel Aviv|Doha|Dubai|Abu Dhabi|Muscat|
Kuwait City|Manama|Sanaa|Aden|Tunis|Tripoli|Benghazi|Rabat|Marrakesh|Fez|Tangier|Oran|Constantine|
Yaoundé|Douala|Lomé|Cotonou|Niamey|Bamako|Conakry|Freetown|Monrovia|Nouakchott|Banjul|Bissau|
Kampala|Kigali|Bujumbura|Lusaka|Harare|Bulawayo|Maputo|Lilongwe|Blantyre|Gaborone|Windhoek|Maseru|
Antananarivo|Port Louis|Asunción|Montevideo|La Paz|Santa Cruz de la Sierra|Quito|Guayaquil|Caracas|
Maracaibo|Barranquilla|Cali|Cartagena|Panama City|San José|Managua|Tegucigalpa|San Salvador|
Guatemala City|Havana|Santo Domingo|Port-au-Prince|Kingston|San Juan|Puebla|Tijuana|León|Mérida|
Cancún|Querétaro|Belém|Manaus|Goiânia|São Luís|Maceió|Natal|Teresina|Florianópolis|Campinas|
Vancouver|Calgary|Edmonton|Ottawa|Winnipeg|Québec City|Halifax|Boston|Seattle|Denver|Phoenix|
San Diego|San Francisco|Detroit|Minneapolis|Baltimore|St. Louis|Pittsburgh|Cleveland|Nashville|
New Orleans|Perth|Brisbane|Adelaide|Auckland|Wellington|Christchurch|Taipei|Kaohsiung|Busan|Incheon|
Daegu|Sapporo|Kobe|Kyoto|Yokohama|Hiroshima|Sendai|Colombo|Kathmandu|Thimphu|Islamabad|Peshawar|
Quetta|Faisalabad|Chittagong|Kochi|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Patna|Vadodara|
Surabaya|Bandung|Medan|Semarang|Makassar|Denpasar|Cebu City|Davao City|Phnom Penh|Vientiane|
Da Nang|Chiang Mai|Penang|Ulaanbaatar|Almaty|Astana|Bishkek|Dushanbe|Ashgabat|Samarkand|Novosibirsk|
Yekaterinburg|Kazan|Nizhny Novgorod|Samara|Omsk|Rostov-on-Don|Ufa|Krasnoyarsk|Vladivostok|Ürümqi|
Xi'an|Hangzhou|Xiamen|Kunming|Changsha|Zhengzhou|Shenyang|Fuzhou|Nanning|Lanzhou
`.replace(/\n/g, '').split('|').map((s) => s.trim()).filter(Boolean);

export const PLACE_PREFIX = ['New ', 'Port ', 'San ', 'Santa ', 'North ', 'South ', 'East ', 'West ',
  'Fort ', 'Lake ', 'Mount ', 'Bad ', 'Saint-', 'Nova ', 'Villa ', 'Puerto ', 'Great ', 'Little '];
export const PLACE_ROOT = ['Ash', 'Brad', 'Carl', 'Dun', 'El', 'Fair', 'Glen', 'Har', 'Kings', 'Lind',
  'Mar', 'Nor', 'Ox', 'Pem', 'Ros', 'Shel', 'Stan', 'Thorn', 'Wal', 'Wex', 'Ald', 'Bel', 'Cas', 'Dor',
  'Fal', 'Gran', 'Hol', 'Kel', 'Lan', 'Mil', 'Ral', 'Sel', 'Tor', 'Val', 'Wil', 'Brück', 'Mönch',
  'Król', 'Villa', 'Monte', 'Ribe', 'Sankt', 'Oster', 'Kirch', 'Neu', 'Alt', 'Zel', 'Bor', 'Kam',
  'Lub', 'Hrad', 'Dol', 'Ves', 'Tor', 'Pra', 'Sol', 'Vin', 'Ber', 'Ost', 'Rav', 'Sav', 'Tal'];
export const PLACE_SUFFIX = ['ford', 'ton', 'ville', 'burg', 'field', 'wick', 'mouth', 'stead', 'bridge',
  'haven', 'dale', 'port', 'by', 'ham', 'borough', 'ia', 'ov', 'ice', 'ino', 'ona', 'heim', 'stad',
  'mark', 'grad', 'ów', 'ec', 'ény', 'ás', 'enz', 'ingen', 'hausen', 'ovo', 'ada', 'era'];

export const FIELDS = ['Agriculture', 'Tourism', 'Defence', 'Health', 'Education', 'Finance', 'Energy',
  'Transport', 'Justice', 'Culture', 'Fisheries', 'Labour', 'Trade', 'Foreign Affairs', 'Interior',
  'Environment', 'Science', 'Economy', 'Social Affairs', 'Housing', 'Digital Affairs', 'Water Resources'];
export const DISCIPLINES = ['Technology', 'Economics', 'Oncology', 'Marine Biology', 'International Law',
  'Public Health', 'Mining', 'Architecture', 'Linguistics', 'Strategic Studies', 'Physics', 'Agronomy',
  'Applied Mathematics', 'Tropical Medicine', 'Political Science', 'Archaeology'];
export const ADJ = ['Atlantic', 'Northern', 'Pacific', 'Central', 'United', 'Global', 'National', 'Federal',
  'Continental', 'Baltic', 'Alpine', 'Eastern', 'Southern', 'Western', 'Royal', 'Meridian', 'Coastal'];
export const NOUN = ['Shipping', 'Logistics', 'Energy', 'Mining', 'Holdings', 'Insurance', 'Steel', 'Rail',
  'Telecom', 'Airlines', 'Capital', 'Pharmaceuticals', 'Media', 'Foods', 'Motors', 'Cement', 'Textiles'];
export const ORG_TEMPLATES = [
  // [template, weight]  {C} city, {K} country, {L} last name, {F} field, {D} discipline, {A} adj, {N} noun
  ['University of {C}', 4], ['Ministry of {F} of {K}', 4], ['{L} & {L} LLP', 3], ['{C} National Bank', 2],
  ['{K} Institute of {D}', 3], ['{L} Foundation', 2], ['{C} Chamber of Commerce', 2], ['{L} Institute', 1],
  ['{K} Football Federation', 1], ['{C} Symphony Orchestra', 1], ['{A} {N} Group', 2], ['Bank of {K}', 1],
  ['{A} {N} & Co.', 1], ['{C} City Council', 2], ['{K} Red Cross Society', 1], ['{L} & Sons', 1],
  ['{C} Port Authority', 1], ['{K} Development Agency', 1], ['{C} Institute of {D}', 1], ['{L} {N} Ltd', 1],
];

export const NEWS = [
  '{P}, a spokesperson for the {O}, said talks in {C} would resume next week.',
  '{T} arrived in {C} on Tuesday for two days of meetings with {P}.',
  'The {O} said in a statement that {P} would lead the delegation to {C}.',
  'Speaking in {C}, {T} said the agreement was "a first step".',
  '{P} of the {O} declined to comment.',
  'Officials in {C} said {P} had been informed of the decision.',
  'A report published by the {O} on Monday was criticised by {T}.',
  '{P} told reporters in {C} that the {O} had not been consulted.',
  'The visit by {T} to {C} was the first since 2019, according to the {O}.',
  'In {C}, supporters of {P} gathered outside the offices of the {O}.',
  '{T} and {P} are expected to meet in {C} later this month.',
  'A delegation from the {O} will travel to {C} in March, {P} said.',
  'The {O} has appointed {P} as its new director.',
  '{T} praised the work of the {O} during a visit to {C}.',
  'According to {P}, the {O} will open an office in {C}.',
];
