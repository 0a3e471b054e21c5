/** Word lists the extraction rules are keyed on: titles, honorifics, organizations, dates. */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** The head of an official's title: "Minister", "Secretary-General", "Speaker". */
export const TITLE_HEADS = set(`
  Minister Ministers Secretary Secretaries Secretary-General Secretaries-General Undersecretary
  Under-Secretary Under-Secretary-General Director Director-General Directors President
  Vice-President Chairperson Chairman Chairwoman Chair Co-Chair Speaker Ambassador Ambassadors
  Commissioner Representative Envoy Head Chief King Queen Prince Princess Emir Sultan Sheikh Mayor
  Governor Chancellor Premier Spokesperson Spokesman Spokeswoman Adviser Advisor Coordinator
  Rapporteur Senator Sherpa Counsellor Consul Consul-General Administrator Prosecutor Judge
  Leader Delegate Viceminister Vice-Minister Foreign-Minister Canciller Chargé Commander
`);

/** Words that open or qualify a title: "First Deputy", "Prime", "High". */
export const TITLE_MODIFIERS = set(`
  Deputy Vice First Second Third Prime State Executive High Permanent Principal Cabinet Foreign
  Special Assistant Parliamentary General Senior Acting Federal Chief Under Regional Managing
  Lord Grand Crown Interim Designate Elect Honorary Resident Personal Presidential Lead
`);

/** Honorifics before a name: "Mr.", "H.E.", "Dr". */
export const HONORIFICS = set(`
  Mr Mrs Ms Miss Dr Prof Professor Hon Honourable Honorable H.E. HE Amb Ambassador Sir Dame
  Excellency His Her Madam Mme Mx Rev Gen Col Adm Capt Sen Rep Eng Ing Lic Dato Datuk Datin Tun
  Pehin Majesty Highness Royal
`);

/** Words of organization, place and document names that are never part of a person's name. */
export const NOT_NAME = set(`
  Ministry Ministries Department Office Organization Organisation Union Nations United Council
  Commission Agency Fund Bank Forum Committee Assembly Parliament Government Republic Kingdom
  Federation Federative Islamic Democratic Socialist People's Peoples Embassy Institute Centre
  Center Programme Program Group Initiative Partnership Summit Session Conference Treaty 
  Palace Palacio Palácio Palazzo Headquarters Secretariat Presidency Court Authority Board Mission
  Delegation Service Services Affairs Relations Cooperation Co-operation Integration Trade
  Industry Defence Defense Security Development Economic Economy International National
  European African Asian American World Global Central Eastern Western Northern Southern South
  North East West Middle Memorial  Airport Strip Canal Sea Ocean River Dam Delta Corridor
  Route Port Road Building Square  Street Avenue Foundation Chamber Commerce Business Network
  Dialogue Process Plan Pact Agenda Declaration Statement Agreement Protocol Strategy Framework
  Meeting Segment Week Day Year Media Press Times News Photo Public Diplomacy Human Rights
  Mobility Migration Environment Energy Finance Justice Interior Health Education Culture
  Agriculture Transport Labour Labor Tourism Science Technology Innovation Diaspora Worship
  Expatriates Internationalisation Internationalization Neighbourhood Enlargement Negotiations
  Alliance Community Communities Partnership Zone Area Region Continent Island Islands City
  State States Territory Province District Town Village University College School Academy
  Association Society Party Front Movement Coalition Church Cathedral Mosque Temple Museum
  Stadium Hotel Tower   Hospital Centre Station Terminal Facebook Twitter Instagram
  Telegram YouTube Tiktok LinkedIn Website Get Sign Credit Press Release Readout Joint Enquiries
  Chief Directorate Division Unit Bureau Team Staff Management Task Force Working Senior Officials
  Ministerial Ministerials Foreign Minister Secretary Treasury Cabinet Council's Parliament's
  The A An On In At During Both They He She We It Its His Her Their Our This That These Those
  Today Yesterday Tomorrow Tonight Later Before After Ahead Addressing Speaking With According
  Over One Two Three Also And But As Following Within Under From To Upon While When Since
  Meanwhile However Earlier Further Furthermore Moreover Finally Then There Here What Who Whom
  Which Where Why How All Each Every Some Many Several Most Other Another Such No Not Only
  January February March April May June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Ramadan Eid Hajj
  Member Members Europe Asia Africa Americas Oceania Pacific Atlantic Arctic Antarctic Policy
  External Home Overseas Commonwealth Planning Investment Digital Climate Water Fisheries Mining
  Youth Sports Women Family Social Welfare Housing Infrastructure Communications Information
  Telecommunications Local Territorial Land Resources Natural Emergency Veterans Religious
  Caucasus Balkans Sahel Levant Maghreb Gulf Caribbean Mediterranean Baltic Nordic Horn Himalaya
  Amazon Andes Alps Danube Indo-Pacific Eurasia Central
  Mr Mrs Ms Dr Hon Amb Excellency
`);

/** Lower-case particles inside a name: "Ana de la Cruz", "Abdullah bin Zayed". */
export const NAME_PARTICLES = set(
  `de da do dos das del della di du van von der den ter bin binti ibn al el la le y e`,
);

/** Titles of people who speak about a meeting rather than sit at it. */
export const BYSTANDER_TITLE = /\b(?:spokes(?:person|man|woman)|press secretary|press officer)\b/i;

/** Mentions that name someone who is not at the table. */
export const MENTIONED_ONLY =
  /\b(?:greetings|regards|message|letter|invitation|behalf|condolences|congratulations|wishes)\s+(?:of|from|to)\s+(?:the\s+)?$|\bformer\s+(?:[\p{L}-]+\s+){0,4}$|\b(?:on behalf of|conveyed to|invited|thanked)\s+(?:[\p{L}-]+\s+){0,6}$/iu;

/** Words of an international organization: its officials have no country. */
export const INTERNATIONAL =
  /\b(?:United Nations|UN|Nations|International (?:[\p{Lu}][\p{L}-]* )*(?:Organi[sz]ation|Agency|Fund|Committee|Court|Bank|Institute)|Organi[sz]ation for|World|Global|European|Union|Alliance|Community|Secretariat|Cooperation Council|Development Bank|Monetary Fund|Programme|General Assembly|Security Council|[\p{Lu}]{2,}|Red Cross)\b/u;

/** A capitalized word that opens a sentence or clause, never a title or a name. */
export const FUNCTION_WORDS = set(`
  With On In At During Both Before After Ahead Later Today Yesterday According Addressing Speaking
  Following Within Under From To Upon While When Since Meanwhile However Earlier Further Also And
  But As Over This That These Those They He She We It Its Their Our Then There Here
`);

/** A meeting that is planned, not held: its clause looks forward. */
export const FUTURE =
  /\b(?:will|would|shall|is to|are to|to be held|is due to|are due to|(?:is|are) expected to|plans? to|planned|upcoming|forthcoming|next (?:round|meeting|session)|agreed to (?:hold|meet|convene)|invit(?:ed|ation)|to meet|to visit|to attend)\b/i;
