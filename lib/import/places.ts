import worldCountries from 'world-countries';

/** A country, demonym or city found in a text, with its ISO alpha-2 code and offsets. */
export interface PlaceMention {
  code: string;
  start: number;
  end: number;
  kind: 'country' | 'demonym' | 'city';
  /** The city's name as the text spells it, for kind 'city'. */
  city?: string;
}

// Spellings releases use that world-countries does not list as names or demonyms.
const EXTRA_NAMES: Record<string, string> = {
  'Viet Nam': 'VN',
  'Czech Republic': 'CZ',
  Turkey: 'TR',
  'the United States': 'US',
  America: 'US',
  Britain: 'GB',
  'Republic of Korea': 'KR',
  Korea: 'KR',
  Holland: 'NL',
  'Russian Federation': 'RU',
  UAE: 'AE',
  'the Netherlands': 'NL',
  'the Philippines': 'PH',
  Macedonia: 'MK',
  "Côte d'Ivoire": 'CI',
  'Ivory Coast': 'CI',
  Moldova: 'MD',
  Laos: 'LA',
  'the Holy See': 'VA',
  'the Vatican': 'VA',
  Palestine: 'PS',
  Kosovo: 'XK',
  Syria: 'SY',
  Iran: 'IR',
};
const EXTRA_DEMONYMS: Record<string, string> = {
  Kazakh: 'KZ',
  Czech: 'CZ',
  Polish: 'PL',
  Korean: 'KR',
  Emirati: 'AE',
  Uzbek: 'UZ',
  Kyrgyz: 'KG',
  Tajik: 'TJ',
  Turkmen: 'TM',
  Azerbaijani: 'AZ',
  Filipino: 'PH',
  Swedish: 'SE',
  Danish: 'DK',
  Finnish: 'FI',
  Spanish: 'ES',
  Portuguese: 'PT',
  Dutch: 'NL',
  Turkish: 'TR',
  Thai: 'TH',
  Lao: 'LA',
  Slovak: 'SK',
  Slovenian: 'SI',
  Luxembourgish: 'LU',
  Irish: 'IE',
  Greek: 'GR',
  French: 'FR',
  German: 'DE',
  British: 'GB',
  American: 'US',
  Chinese: 'CN',
  Japanese: 'JP',
  Vietnamese: 'VN',
};
// Cities that are not capitals but host meetings often; capitals come from world-countries.
const EXTRA_CITIES: Record<string, string> = {
  Geneva: 'CH',
  'New York': 'US',
  Almaty: 'KZ',
  Istanbul: 'TR',
  Davos: 'CH',
  Munich: 'DE',
  Strasbourg: 'FR',
  'The Hague': 'NL',
  Hague: 'NL',
  Frankfurt: 'DE',
  Milan: 'IT',
  Sochi: 'RU',
  'St Petersburg': 'RU',
  'St. Petersburg': 'RU',
  'Saint Petersburg': 'RU',
  Shanghai: 'CN',
  Sydney: 'AU',
  Melbourne: 'AU',
  Toronto: 'CA',
  Montreal: 'CA',
  Dubai: 'AE',
  Jeddah: 'SA',
  'Ho Chi Minh City': 'VN',
  Osaka: 'JP',
  Hiroshima: 'JP',
  Busan: 'KR',
  Samarkand: 'UZ',
  Bukhara: 'UZ',
  Antalya: 'TR',
  Sharm: 'EG',
  'Sharm el-Sheikh': 'EG',
  Gdańsk: 'PL',
  Kraków: 'PL',
  Krakow: 'PL',
  Porto: 'PT',
  Barcelona: 'ES',
  Florence: 'IT',
  Salzburg: 'AT',
  Zurich: 'CH',
  Lausanne: 'CH',
  Bonn: 'DE',
  Hamburg: 'DE',
  Rotterdam: 'NL',
  Antwerp: 'BE',
  Turkestan: 'KZ',
  Shymkent: 'KZ',
  Dushanbe: 'TJ',
  Lyon: 'FR',
  Marseille: 'FR',
  Nice: 'FR',
  Rio: 'BR',
  'Rio de Janeiro': 'BR',
  'São Paulo': 'BR',
  Johannesburg: 'ZA',
  Durban: 'ZA',
  Mumbai: 'IN',
  Bali: 'ID',
  'Nusa Dua': 'ID',
  Baku: 'AZ',
  Tashkent: 'UZ',
  Washington: 'US',
  // Spellings of capitals that world-countries gives otherwise, and other big conference cities.
  Ulaanbaatar: 'MN',
  'Hà Nội': 'VN',
  'Ha Noi': 'VN',
  Kyiv: 'UA',
  Kiev: 'UA',
  'New Delhi': 'IN',
  Delhi: 'IN',
  Beijing: 'CN',
  Astana: 'KZ',
  Thessaloniki: 'GR',
  Chicago: 'US',
  'Los Angeles': 'US',
  'San Francisco': 'US',
  Vancouver: 'CA',
  Kolkata: 'IN',
  Bangalore: 'IN',
  Karachi: 'PK',
  Lahore: 'PK',
  Casablanca: 'MA',
  Marrakech: 'MA',
  Alexandria: 'EG',
  Lagos: 'NG',
  'Cape Town': 'ZA',
  Pretoria: 'ZA',
  Mombasa: 'KE',
  Arusha: 'TZ',
  'Dar es Salaam': 'TZ',
  Kigali: 'RW',
  Mogadishu: 'SO',
  'Addis Ababa': 'ET',
  Benghazi: 'LY',
  Izmir: 'TR',
  Tbilisi: 'GE',
  Yerevan: 'AM',
  Chisinau: 'MD',
  Chișinău: 'MD',
  Gothenburg: 'SE',
  Bergen: 'NO',
  Tampere: 'FI',
  Tartu: 'EE',
  Kaunas: 'LT',
  Lviv: 'UA',
  Odesa: 'UA',
  Wrocław: 'PL',
  Poznań: 'PL',
  Brno: 'CZ',
  Košice: 'SK',
  Debrecen: 'HU',
  Cluj: 'RO',
  Plovdiv: 'BG',
  Dubrovnik: 'HR',
  Ohrid: 'MK',
  Seville: 'ES',
  Valencia: 'ES',
  Naples: 'IT',
  Turin: 'IT',
  Venice: 'IT',
  Geneve: 'CH',
  Basel: 'CH',
  Cologne: 'DE',
  Düsseldorf: 'DE',
  Dresden: 'DE',
  Leipzig: 'DE',
  Edinburgh: 'GB',
  Manchester: 'GB',
  Glasgow: 'GB',
  Cardiff: 'GB',
  Belfast: 'GB',
  Guangzhou: 'CN',
  Shenzhen: 'CN',
  'Hong Kong': 'HK',
  Kyoto: 'JP',
  Yokohama: 'JP',
  Incheon: 'KR',
  Surabaya: 'ID',
  'Da Nang': 'VN',
  'Đà Nẵng': 'VN',
  Cebu: 'PH',
  Penang: 'MY',
  'Phnom Penh': 'KH',
  Vientiane: 'LA',
  Yangon: 'MM',
  Colombo: 'LK',
  Bishkek: 'KG',
  Ashgabat: 'TM',
  Khujand: 'TJ',
  Aktau: 'KZ',
  Abuja: 'NG',
  Accra: 'GH',
  Nairobi: 'KE',
  Riyadh: 'SA',
  Mecca: 'SA',
  Doha: 'QA',
  Manama: 'BH',
  Muscat: 'OM',
  Amman: 'JO',
  Beirut: 'LB',
  Jerusalem: 'IL',
  'Tel Aviv': 'IL',
  Ramallah: 'PS',
  Tehran: 'IR',
  Baghdad: 'IQ',
  Erbil: 'IQ',
  Kabul: 'AF',
  Islamabad: 'PK',
  Dhaka: 'BD',
  Kathmandu: 'NP',
  Cartagena: 'CO',
  Medellín: 'CO',
  Guayaquil: 'EC',
  Córdoba: 'AR',
  Valparaíso: 'CL',
  Monterrey: 'MX',
  Guadalajara: 'MX',
  Cancún: 'MX',
  'Punta del Este': 'UY',
  Recife: 'BR',
  Belém: 'BR',
  Manaus: 'BR',
};

function buildLexicon(): Map<string, { code: string; kind: PlaceMention['kind'] }> {
  const lex = new Map<string, { code: string; kind: PlaceMention['kind'] }>();
  const add = (word: string, code: string, kind: PlaceMention['kind']) => {
    // Two-letter codes and lower-case words would match ordinary words ("IT", "in").
    if (word.length < 3 || !/^[\p{Lu}]/u.test(word) || /^[A-Z]{2}$/.test(word)) return;
    if (!lex.has(word)) lex.set(word, { code, kind });
  };
  for (const [w, c] of Object.entries(EXTRA_NAMES)) add(w, c, 'country');
  for (const [w, c] of Object.entries(EXTRA_DEMONYMS)) add(w, c, 'demonym');
  for (const [w, c] of Object.entries(EXTRA_CITIES)) add(w, c, 'city');
  for (const c of worldCountries) {
    add(c.name.common, c.cca2, 'country');
    add(c.name.official, c.cca2, 'country');
    for (const alt of c.altSpellings)
      if (/^[\p{Script=Latin}\s'.,-]+$/u.test(alt)) add(alt, c.cca2, 'country');
    const dem = c.demonyms?.eng;
    if (dem) {
      add(dem.m, c.cca2, 'demonym');
      add(dem.f, c.cca2, 'demonym');
    }
    for (const cap of c.capital ?? []) add(cap.replace(/ D\.C\.$/, ''), c.cca2, 'city');
  }
  return lex;
}

const LEXICON = buildLexicon();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...LEXICON.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/** Every country name, demonym and known city in `text`, longest spelling first, left to right. */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  PATTERN.lastIndex = 0;
  for (let hit = PATTERN.exec(text); hit; hit = PATTERN.exec(text)) {
    const entry = LEXICON.get(hit[0])!;
    const mention: PlaceMention = {
      code: entry.code,
      start: hit.index,
      end: hit.index + hit[0].length,
      kind: entry.kind,
    };
    if (entry.kind === 'city') mention.city = hit[0];
    out.push(mention);
  }
  return out;
}

/** The country code a name, demonym or city stands for, or null. */
export function placeCode(word: string): string | null {
  return LEXICON.get(word.trim())?.code ?? null;
}

/** True when the word is a country name, demonym or known city (not a person's name). */
export function isPlaceWord(word: string): boolean {
  return LEXICON.has(word);
}
