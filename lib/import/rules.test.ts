import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { extract } from './extract';
import { findPeople } from './people';
import { splitSentences } from './sentences';

const run = (text: string, published = '2024-05-10') => extract({ text, published }).meetings;
const names = (text: string, published?: string) =>
  run(text, published).map((m) => m.participants.map((p) => p.name));
const person = (text: string, name: string) =>
  findPeople(splitSentences(text)).people.find((p) => p.name === name);

describe('people: more ways of naming officials', () => {
  it('reads lower-case titles of news agencies', () => {
    expect(
      person('Peruvian foreign minister Rosa Quispe said so.', 'Rosa Quispe')?.countryCode,
    ).toBe('PE');
  });
  it('reads "her counterpart from Chile, Name"', () => {
    expect(
      person('Minister Ana Ruiz and her counterpart from Chile, Juan Soto, spoke.', 'Juan Soto')
        ?.countryCode,
    ).toBe('CL');
  });
  it('gives each listed name its country in order', () => {
    const text = 'He met his counterparts from Chile and Bolivia, Juan Soto and Eva Mamani.';
    expect([
      person(text, 'Juan Soto')?.countryCode,
      person(text, 'Eva Mamani')?.countryCode,
    ]).toEqual(['CL', 'BO']);
  });
  it('does not take the seat of an organization for its official’s country', () => {
    expect(
      person(
        'She met the Director-General of the United Nations Office at Nairobi, Eva Mamani.',
        'Eva Mamani',
      ),
    ).toMatchObject({ countryCode: null, international: true });
  });
  it('skips Malay honorifics before a name', () => {
    expect(
      person("He met the Secretary-General of ASEAN, Dato' Razak Hamid.", 'Razak Hamid'),
    ).toBeDefined();
  });
});

describe('meetings: more ways of telling them', () => {
  it('reads "had talks with" and "telephoned"', () => {
    expect(
      run('On 8 May, Minister Ana Ruiz had talks with Minister Juan Soto in Lima.'),
    ).toHaveLength(1);
    expect(run('On 8 May, Minister Ana Ruiz telephoned Minister Juan Soto.')[0]?.format).toBe(
      'call',
    );
  });
  it('reads "a meeting between A and B was held"', () => {
    expect(
      names(
        'A meeting between Minister Ana Ruiz and the Minister of Energy of Peru, Juan Soto, was held in Quito on 8 May.',
      ),
    ).toEqual([['Ana Ruiz', 'Juan Soto']]);
  });
  it('reads "consultations between X and Y were held on Tuesday, chaired by A and B" as one meeting', () => {
    const m = run(
      'Consultations between Peru and Chile were held on Tuesday in Lima, chaired by the Secretary General of the Ministry, Ana Ruiz, and the Secretary General of the Chilean Ministry of Foreign Affairs, Juan Soto.',
    );
    expect(m.map((x) => [x.date, x.participants.map((p) => p.name)])).toEqual([
      ['2024-05-07', ['Ana Ruiz', 'Juan Soto']],
    ]);
  });
  it('makes "A and B signed an agreement in Lima" a meeting', () => {
    expect(
      names(
        'Peruvian foreign minister Rosa Quispe and Chile’s foreign minister Juan Soto signed a treaty in Lima on Wednesday.',
      ),
    ).toEqual([['Rosa Quispe', 'Juan Soto']]);
  });
  it('gives officials of two countries met at once a meeting each', () => {
    expect(
      names(
        'On 8 May, Minister Ana Ruiz met the Minister of Trade of Peru, Juan Soto, and the Minister of Energy of Chile, Eva Mamani.',
      ),
    ).toEqual([
      ['Ana Ruiz', 'Juan Soto'],
      ['Ana Ruiz', 'Eva Mamani'],
    ]);
  });
  it('lets a named subject other than the host lead a meeting without the host', () => {
    const text =
      'The Minister of Foreign Affairs of Peru, Rosa Quispe, received the Minister of Foreign Affairs of Chile, Juan Soto, in Lima on 7 May. Minister Soto also met the President of the Congress of Peru, Eva Mamani.';
    expect(names(text)).toEqual([
      ['Rosa Quispe', 'Juan Soto'],
      ['Juan Soto', 'Eva Mamani'],
    ]);
  });
});

describe('dates and events: more expressions', () => {
  it('reads "last week" as the week before publication', () => {
    expect(findDates('They spoke last week.', '2024-05-10')[0]).toMatchObject({
      date: '2024-04-29',
      endDate: '2024-05-05',
    });
  });
  it('reads "the following day" as the day after the meeting before', () => {
    const dates = run(
      'On 7 May, Minister Ana Ruiz met Minister Juan Soto in Lima. The following day, Minister Ruiz telephoned Minister Eva Mamani.',
    ).map((m) => m.date);
    expect(dates).toEqual(['2024-05-07', '2024-05-08']);
  });
  it('names a capitalized Dialogue as an event, and "take part in"', () => {
    expect(
      run(
        'On the sidelines of the Andean Dialogue in Lima on 8 May, Minister Ana Ruiz met Minister Juan Soto.',
      )[0]?.event?.name,
    ).toBe('Andean Dialogue');
    const m = run(
      'Minister Ana Ruiz travelled to Lima to take part in the 3rd Andean Ministerial Meeting, held from 6 to 8 May. On the margins, she met Minister Juan Soto.',
    )[0];
    expect([m?.event?.name, m?.date, m?.endDate]).toEqual([
      '3rd Andean Ministerial Meeting',
      '2024-05-06',
      '2024-05-08',
    ]);
  });
  it('does not take the dateline of an event abroad for the host’s country', () => {
    const m = run(
      'Lima, 8 May 2024 – On the occasion of attending the 3rd Andean Summit in Lima, Deputy Prime Minister Ana Ruiz met the Minister of Foreign Affairs of Peru, Juan Soto. Ecuador and Ecuador’s exporters will benefit.\n',
    )[0];
    expect(m?.participants.map((p) => p.countryCode)).toEqual(['EC', 'PE']);
  });
});

describe('more constructions', () => {
  it('reads the date of "paid a courtesy call on King X, who received him on 3 May"', () => {
    expect(
      run(
        'The Minister paid a courtesy call on His Majesty King Abdullah II, who received him at the palace on 3 May.',
      )[0]?.date,
    ).toBe('2024-05-03');
  });
  it('leaves the host out when the release never names them', () => {
    expect(
      names(
        'The Foreign Minister had a telephone conversation on 4 May with his Estonian colleague Margus Tsahkna.',
      ),
    ).toEqual([['Margus Tsahkna']]);
  });
  it('counts an unnamed-country host as a side: "in a trilateral format"', () => {
    expect(
      run(
        'Secretary of State Maria Soler met on Tuesday with the Foreign Ministers of Chile and Peru, Ana Ruiz and Juan Soto, in a trilateral format.',
      )[0]?.format,
    ).toBe('multilateral');
  });
  it('keeps particles inside a name: "Juan Ramón de la Fuente Ortiz"', () => {
    expect(
      person(
        'He met the Secretary of Foreign Affairs, Juan Ramón de la Fuente Ortiz.',
        'Juan Ramón de la Fuente Ortiz',
      ),
    ).toBeDefined();
  });
  it('reads "hosted her French counterpart Name for talks"', () => {
    expect(
      names(
        'German foreign minister Lena Vogt on Monday hosted her French counterpart Jean-Luc Marchand for talks.',
      ),
    ).toEqual([['Lena Vogt', 'Jean-Luc Marchand']]);
  });
  it('fills a meeting that took place with the heads of its delegations', () => {
    expect(
      names(
        'The 14th round of consultations took place in Vilnius on 3 March. The Lithuanian delegation was headed by Vice Minister Rūta Jankauskienė, the Polish delegation by Deputy Minister Piotr Nowicki.',
      ),
    ).toEqual([['Rūta Jankauskienė', 'Piotr Nowicki']]);
  });
  it('gives a meeting to each place: "met A in Tokyo and B in Osaka"', () => {
    expect(
      run(
        'During his working visit to Japan on 10–12 June, Minister Ferhat Aydın met Foreign Minister Kenji Mori in Tokyo and Governor Yuriko Ito in Osaka.',
        '2025-06-13',
      ).map((m) => m.city),
    ).toEqual(['Tokyo', 'Osaka']);
  });
  it('does not give the host a counterpart’s country, but the venue’s when receiving at home', () => {
    const [m] = run(
      'Minister Haruki Sato received H.E. Mr. Ahmed Al-Mansoori, Minister of State of the United Arab Emirates, on 12 February in Tokyo.',
    );
    expect(m?.participants.map((p) => p.countryCode)).toEqual(['JP', 'AE']);
  });
});

describe('statements, relative days and unnamed hosts', () => {
  it('makes "delivered a statement" at a session a multilateral meeting, and the event open-ended', () => {
    const m = run(
      'At the 58th session of the Human Rights Council in Geneva, Minister Tanja Fajon delivered a statement on 24 February. She also met the High Commissioner, Volker Türk, on 25 February.',
      '2025-02-27',
    );
    expect(m.map((x) => [x.format, x.date, x.event?.name])).toEqual([
      ['multilateral', '2025-02-24', '58th session of the Human Rights Council'],
      ['bilateral', '2025-02-25', '58th session of the Human Rights Council'],
    ]);
  });
  it('counts "two days later" from the meeting before, not from publication', () => {
    expect(
      run(
        'On Monday, Minister Jan Novak received Minister Ana Ruiz in Prague. Two days later, he met the Secretary-General of the OECD, Juan Soto, in Paris.',
        '2025-06-11',
      ).map((m) => m.date),
    ).toEqual(['2025-06-09', '2025-06-11']);
  });
  it('reads "the afternoon of 5 June" as 5 June', () => {
    expect(findDates('In the afternoon of 5 June, they met.', '2025-06-11')[0]?.date).toBe(
      '2025-06-05',
    );
  });
  it('keeps the only named official as the counterpart of an unnamed subject', () => {
    expect(
      names(
        'On 5 May, the State Secretary held a videoconference with the Deputy Foreign Minister of India, Arjun Rao.',
      ),
    ).toEqual([['Arjun Rao']]);
  });
  it('reads "had discussed Ukraine with his Hungarian counterpart X", dated by the sentence before', () => {
    const [m] = run(
      'EU foreign ministers met in Luxembourg on Monday. Slovak minister Juraj Blanár said that he had discussed Ukraine with his Hungarian counterpart Péter Szijjártó.',
      '2025-04-15',
    );
    expect([m?.date, m?.participants.map((p) => p.countryCode)]).toEqual([
      '2025-04-14',
      ['SK', 'HU'],
    ]);
  });
  it('takes the host’s country from what the release owns, not from its topics', () => {
    const [m] = run(
      'Today, Prime Minister Ulf Berg spoke by phone with President Jean Marc. They discussed the situation in Ukraine and Sweden’s aid.',
      '2025-03-01',
    );
    expect(m?.participants.map((p) => p.countryCode)).toEqual(['SE', null]);
  });
  it('reads "During the visit, the Ministers held talks" as the people named before', () => {
    expect(
      names(
        'The Minister of Foreign Affairs of Chile, H.E. Ms. Ana Ruiz, paid an official visit to Estonia on 10 March at the invitation of the Minister of Foreign Affairs of Estonia, H.E. Mr. Juan Tamm. During the visit, the Ministers held talks in Tallinn.',
      ),
    ).toEqual([['Ana Ruiz', 'Juan Tamm']]);
  });
  it('falls back to the headline when only it tells the meeting', () => {
    const r = extract({
      text: 'Foreign Minister Ana Ruiz meets Peruvian Foreign Minister Juan Soto\n\nQuito, 9 May 2024 – The talks focused on border trade.',
      published: '2024-05-09',
    });
    expect(r.meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Ana Ruiz', 'Juan Soto'],
    ]);
    expect(r.warnings.join(' ')).toMatch(/no date/);
  });
  it('reads a working lunch, and the country of a delegation "led by its Chair"', () => {
    const m = run(
      'On 8 May, Minister Ana Ruiz received a delegation of the Foreign Affairs Committee of the Congress of Peru led by its Chair, Ms. Rosa Quispe. Later, the Minister held a working lunch with the EU Special Representative for the Andes, Eva Lind.',
    );
    expect(m.map((x) => x.participants.map((p) => [p.name, p.countryCode]))).toEqual([
      [
        ['Ana Ruiz', null],
        ['Rosa Quispe', 'PE'],
      ],
      [
        ['Ana Ruiz', null],
        ['Eva Lind', null],
      ],
    ]);
  });
  it('makes meetings inside "the official visit of Minister X to Peru" visits', () => {
    const m = run(
      'During the official visit of Chilean Foreign Minister Juan Soto to Peru on 7–8 May, Foreign Minister Rosa Quispe of Peru held talks with him in Lima.',
    );
    expect(m.map((x) => x.format)).toEqual(['visit']);
  });
});
