import type { NameGroup } from './names';

/**
 * The ~60 countries of the demo set. `weight` is how active the country's officials are; the
 * demo is seen from Astana (the seed article's ministry), so Kazakhstan and its region weigh
 * most. `mfa` overrides the generic "Ministry of Foreign Affairs of …" name, and must equal the
 * seed article's name where the article has the ministry, so it is reused rather than doubled.
 */
export interface DemoCountry {
  code: string;
  capital: string;
  names: NameGroup;
  weight: number;
  mfa?: string;
  media?: string;
  /** Overrides of OTHER_MINISTRIES' [name, minister's title], by name prefix. */
  ministryNames?: Record<string, readonly [string, string]>;
}

export const COUNTRIES: readonly DemoCountry[] = [
  { code: 'KZ', capital: 'Astana', names: 'kazakh', weight: 12, media: 'Kazinform' },
  { code: 'UZ', capital: 'Tashkent', names: 'uzbek', weight: 3, media: 'UzA' },
  { code: 'KG', capital: 'Bishkek', names: 'kyrgyz', weight: 2, media: 'Kabar' },
  { code: 'TJ', capital: 'Dushanbe', names: 'tajik', weight: 2, media: 'Khovar' },
  { code: 'TM', capital: 'Ashgabat', names: 'turkmen', weight: 1.5 },
  { code: 'AZ', capital: 'Baku', names: 'azerbaijani', weight: 2, media: 'AZERTAC' },
  { code: 'GE', capital: 'Tbilisi', names: 'georgian', weight: 1.5 },
  { code: 'AM', capital: 'Yerevan', names: 'armenian', weight: 1.5, media: 'Armenpress' },
  { code: 'RU', capital: 'Moscow', names: 'russian', weight: 3, media: 'TASS' },
  { code: 'BY', capital: 'Minsk', names: 'russian', weight: 1, media: 'BelTA' },
  { code: 'UA', capital: 'Kyiv', names: 'ukrainian', weight: 2, media: 'Ukrinform' },
  { code: 'DE', capital: 'Berlin', names: 'german', weight: 3, mfa: 'Federal Foreign Office' },
  { code: 'AT', capital: 'Vienna', names: 'german', weight: 2, mfa: 'Austrian Foreign Ministry' },
  {
    code: 'CH',
    capital: 'Bern',
    names: 'german',
    weight: 2,
    mfa: 'Federal Department of Foreign Affairs of Switzerland',
  },
  {
    code: 'FR',
    capital: 'Paris',
    names: 'french',
    weight: 3,
    mfa: 'Ministry for Europe and Foreign Affairs of France',
  },
  { code: 'BE', capital: 'Brussels', names: 'french', weight: 1.5 },
  { code: 'NL', capital: 'The Hague', names: 'dutch', weight: 1.5 },
  {
    code: 'GB',
    capital: 'London',
    names: 'english',
    weight: 3,
    mfa: 'Foreign, Commonwealth and Development Office',
    media: 'BBC News',
  },
  {
    code: 'IT',
    capital: 'Rome',
    names: 'italian',
    weight: 2,
    mfa: 'Ministry of Foreign Affairs and International Cooperation of Italy',
    media: 'ANSA',
  },
  { code: 'ES', capital: 'Madrid', names: 'spanish', weight: 1.5, media: 'EFE' },
  { code: 'PT', capital: 'Lisbon', names: 'portuguese', weight: 1 },
  { code: 'PL', capital: 'Warsaw', names: 'polish', weight: 1.5, media: 'PAP' },
  { code: 'CZ', capital: 'Prague', names: 'czech', weight: 1 },
  { code: 'HU', capital: 'Budapest', names: 'hungarian', weight: 1.5, media: 'MTI' },
  { code: 'RO', capital: 'Bucharest', names: 'romanian', weight: 1 },
  { code: 'GR', capital: 'Athens', names: 'greek', weight: 1 },
  { code: 'SE', capital: 'Stockholm', names: 'nordic', weight: 1 },
  { code: 'NO', capital: 'Oslo', names: 'nordic', weight: 1 },
  { code: 'FI', capital: 'Helsinki', names: 'finnish', weight: 1.5 },
  { code: 'TR', capital: 'Ankara', names: 'turkish', weight: 3, media: 'Anadolu Agency' },
  { code: 'IR', capital: 'Tehran', names: 'persian', weight: 1.5, media: 'IRNA' },
  { code: 'SA', capital: 'Riyadh', names: 'gulf', weight: 2, media: 'Saudi Press Agency' },
  { code: 'AE', capital: 'Abu Dhabi', names: 'gulf', weight: 2, media: 'WAM' },
  { code: 'QA', capital: 'Doha', names: 'gulf', weight: 2, media: 'Qatar News Agency' },
  { code: 'KW', capital: 'Kuwait City', names: 'gulf', weight: 1 },
  { code: 'EG', capital: 'Cairo', names: 'levant', weight: 1.5, media: 'Ahram Online' },
  { code: 'JO', capital: 'Amman', names: 'levant', weight: 1 },
  { code: 'MA', capital: 'Rabat', names: 'maghreb', weight: 1 },
  { code: 'CN', capital: 'Beijing', names: 'chinese', weight: 3, media: 'Xinhua' },
  { code: 'JP', capital: 'Tokyo', names: 'japanese', weight: 2.5, media: 'Kyodo News' },
  { code: 'KR', capital: 'Seoul', names: 'korean', weight: 2.5, media: 'Yonhap' },
  {
    code: 'IN',
    capital: 'New Delhi',
    names: 'indian',
    weight: 2.5,
    mfa: 'Ministry of External Affairs of India',
    media: 'Press Trust of India',
  },
  { code: 'PK', capital: 'Islamabad', names: 'pakistani', weight: 1.5, media: 'APP' },
  { code: 'MN', capital: 'Ulaanbaatar', names: 'mongolian', weight: 1.5, media: 'Montsame' },
  { code: 'ID', capital: 'Jakarta', names: 'indonesian', weight: 1, media: 'Antara' },
  { code: 'MY', capital: 'Putrajaya', names: 'malay', weight: 1.5, media: 'Bernama' },
  { code: 'SG', capital: 'Singapore', names: 'singaporean', weight: 1.5 },
  { code: 'TH', capital: 'Bangkok', names: 'thai', weight: 1 },
  { code: 'VN', capital: 'Hanoi', names: 'vietnamese', weight: 1, media: 'Vietnam News Agency' },
  { code: 'PH', capital: 'Manila', names: 'filipino', weight: 1 },
  {
    code: 'US',
    capital: 'Washington',
    names: 'english',
    weight: 3,
    mfa: 'U.S. Department of State',
    media: 'Reuters',
    ministryNames: {
      'Ministry of Defence': ['U.S. Department of Defense', 'Secretary of Defense'],
      'Ministry of National Economy': ['U.S. Department of Commerce', 'Secretary of Commerce'],
      'Ministry of Trade': ['Office of the U.S. Trade Representative', 'U.S. Trade Representative'],
      'Ministry of Internal Affairs': [
        'U.S. Department of Homeland Security',
        'Secretary of Homeland Security',
      ],
      'Ministry of Energy': ['U.S. Department of Energy', 'Secretary of Energy'],
      'Ministry of Justice': ['U.S. Department of Justice', 'Attorney General'],
    },
  },
  { code: 'CA', capital: 'Ottawa', names: 'english', weight: 1.5, mfa: 'Global Affairs Canada' },
  { code: 'MX', capital: 'Mexico City', names: 'spanish', weight: 1 },
  { code: 'BR', capital: 'Brasília', names: 'portuguese', weight: 1.5, media: 'Agência Brasil' },
  { code: 'AR', capital: 'Buenos Aires', names: 'spanish', weight: 1 },
  { code: 'NG', capital: 'Abuja', names: 'nigerian', weight: 1 },
  { code: 'ZA', capital: 'Pretoria', names: 'southAfrican', weight: 1.5 },
  { code: 'KE', capital: 'Nairobi', names: 'eastAfrican', weight: 1 },
  { code: 'ET', capital: 'Addis Ababa', names: 'ethiopian', weight: 1 },
  {
    code: 'AU',
    capital: 'Canberra',
    names: 'english',
    weight: 1.5,
    mfa: 'Department of Foreign Affairs and Trade of Australia',
  },
];

/** The home country of the demo: its diplomats are posted abroad, others' are posted to it. */
export const HOME_COUNTRY = 'KZ';

/** Where the home country keeps an embassy whose ambassador appears in the demo. */
export const HOME_EMBASSIES = ['RU', 'CN', 'US', 'DE', 'TR', 'UZ', 'GB', 'FR', 'JP', 'KR'];

/** Ministries besides foreign affairs: [organization name prefix, minister's title]. */
export const OTHER_MINISTRIES: ReadonlyArray<readonly [string, string]> = [
  ['Ministry of Defence', 'Minister of Defence'],
  ['Ministry of National Economy', 'Minister of National Economy'],
  ['Ministry of Trade', 'Minister of Trade'],
  ['Ministry of Internal Affairs', 'Minister of Internal Affairs'],
  ['Ministry of Energy', 'Minister of Energy'],
  ['Ministry of Justice', 'Minister of Justice'],
];

/** Names that read "of the …" ("Ministry of Defence of the Netherlands"). */
const WITH_ARTICLE = new Set(['US', 'GB', 'NL', 'AE', 'PH']);

export function ofCountry(code: string, name: string): string {
  return WITH_ARTICLE.has(code) ? `the ${name}` : name;
}
