import { describe, expect, it } from 'vitest';
import { findPeople } from './people';
import { splitSentences } from './sentences';

const people = (text: string) => findPeople(splitSentences(text)).people;
const one = (text: string, name: string) => people(text).find((p) => p.name === name);

describe('findPeople', () => {
  it('reads a title before the name, with the country of a demonym', () => {
    expect(
      one('Latvian Deputy Foreign Minister Anna Ozola met the press.', 'Anna Ozola'),
    ).toMatchObject({
      title: 'Deputy Foreign Minister',
      countryCode: 'LV',
    });
  });
  it('reads a title after the name, with the country it names', () => {
    expect(
      one(
        'He met Tomás Ibarra, Minister of Foreign Affairs of Paraguay, in Asunción.',
        'Tomás Ibarra',
      ),
    ).toMatchObject({ title: 'Minister of Foreign Affairs', countryCode: 'PY' });
  });
  it('reads "Country\'s Title, Name"', () => {
    expect(
      one("He received Peru's Vice Minister of Trade, Rosa Quispe, on Monday.", 'Rosa Quispe'),
    ).toMatchObject({
      title: 'Vice Minister of Trade',
      countryCode: 'PE',
    });
  });
  it('gives international civil servants no country', () => {
    const p = one(
      'She met the Director General of the World Health Organization, Lars Okonjo.',
      'Lars Okonjo',
    );
    expect(p).toMatchObject({ title: 'Director General', countryCode: null, international: true });
    expect(p?.organization).toBe('World Health Organization');
  });
  it('takes an acronym before the title as the organization', () => {
    expect(one('IAEA Deputy Director General Mira Solberg spoke.', 'Mira Solberg')).toMatchObject({
      organization: 'IAEA',
      countryCode: null,
    });
  });
  it('knows a counterpart by the demonym before it', () => {
    expect(
      one('The minister met his Chilean counterpart Pablo Rojas in Lima.', 'Pablo Rojas')
        ?.countryCode,
    ).toBe('CL');
  });
  it('finds named officials listed after a dash', () => {
    const names = people(
      'He met the ministers of Peru, Chile and Bolivia — Ana Ruiz, Juan Soto and Eva Mamani.',
    ).map((p) => p.name);
    expect(names).toEqual(['Ana Ruiz', 'Juan Soto', 'Eva Mamani']);
  });
  it('shares a plural title across "of X, Name, of Y, Name"', () => {
    const names = people(
      'We, the Ministers of Culture of Chile, Ana Ruiz, and of Peru, Juan Soto, met today.',
    ).map((p) => [p.name, p.countryCode]);
    expect(names).toEqual([
      ['Ana Ruiz', 'CL'],
      ['Juan Soto', 'PE'],
    ]);
  });
  it('does not take the words of an organization for a name', () => {
    expect(
      people(
        'He met the Secretary General of the Organization of American States Luis Barrios.',
      ).map((p) => p.name),
    ).toEqual(['Luis Barrios']);
  });
  it('resolves a surname to the official named in full before', () => {
    const { mentions } = findPeople(
      splitSentences('Minister Ana Lúcia Ruiz arrived. Later, Minister Ruiz spoke.'),
    );
    expect(mentions.map((m) => m.person.name)).toEqual(['Ana Lúcia Ruiz', 'Ana Lúcia Ruiz']);
  });
  it('marks people whose greetings were conveyed, and spokespeople, as only mentioned', () => {
    const { mentions } = findPeople(
      splitSentences(
        'Minister Ana Ruiz conveyed the greetings of President Juan Soto. The Spokesperson of the Ministry, Eva Mamani, said so.',
      ),
    );
    expect(mentions.map((m) => [m.person.name, m.aside])).toEqual([
      ['Ana Ruiz', false],
      ['Juan Soto', true],
      ['Eva Mamani', true],
    ]);
  });
});
