import { describe, expect, it } from 'vitest';
import {
  comparePersonNames,
  DUPLICATE_THRESHOLD,
  likelyDuplicates,
  matchOrganization,
  matchPerson,
} from './duplicates';
import { editDistance, initialsOf, personWords, soundKey } from './name-keys';

const likely = (score: number | undefined) => (score ?? 0) >= DUPLICATE_THRESHOLD;
const personScore = (a: string, b: string) => comparePersonNames(a, b)?.score;

describe('people', () => {
  it.each([
    ['K. Umarov', 'Kairat Umarov', 'Initials match'],
    ['Kairat Umarov', 'K. Umarov', 'Initials match'],
    ['Cavusoglu', 'Çavuşoğlu', 'Same name, ignoring accents and punctuation'],
    ['Mevlut Cavusoglu', 'Mevlüt Çavuşoğlu', 'Same name, ignoring accents and punctuation'],
    ['Mevlut Chavushoglu', 'Mevlüt Çavuşoğlu', 'Similar spelling'],
    ['Kayrat Umarov', 'Kairat Umarov', 'Similar spelling'],
    ['Umarov, Kairat', 'Kairat Umarov', 'Same name in another order'],
    ['H.E. Mr. Kairat Umarov', 'Kairat Umarov', 'Same name'],
    ['Kairat Kemelovich Umarov', 'Kairat Umarov', 'Same name, with a middle name on one side'],
    ['helga  schmid', 'Helga Schmid', 'Same name'],
    ['Ghada Waly', 'Ghada Fathi Waly', 'Same name, with a middle name on one side'],
    ['Peter Launsky Tieffenthal', 'Peter Launsky-Tieffenthal', 'Same name, ignoring accents'],
  ])('%s ~ %s (%s)', (a, b, reason) => {
    const match = comparePersonNames(a, b);
    expect(likely(match?.score), `${a} vs ${b}: ${JSON.stringify(match)}`).toBe(true);
    expect(match?.reason).toContain(reason);
  });

  it.each([
    ['K. Umarov', 'Kanat Umarbekov'],
    ['Kanat Umarov', 'Kairat Umarov'],
    ['B. Umarov', 'Kairat Umarov'],
    ['Kairat Umarov', 'Kairat Abdrakhmanov'],
    ['Helga Schmid', 'Helmut Schmidt'],
    ['Kairat', 'Kairat Umarov'],
    ['K. U.', 'Kairat Umarov'],
    ['Anna Schmid', 'Helga Schmid'],
    ['Helga Schmid', 'Helga Lange'],
    ['', 'Kairat Umarov'],
  ])('%s is not %s', (a, b) => {
    expect(likely(personScore(a, b)), `${a} vs ${b}: ${personScore(a, b)}`).toBe(false);
  });

  it('ranks the closer spelling higher', () => {
    expect(personScore('Kairat Umarov', 'Kairat Umarov')).toBe(1);
    expect(personScore('K. Umarov', 'Kairat Umarov')!).toBeGreaterThan(
      personScore('Umarov', 'Kairat Umarov')!,
    );
  });

  it('warns about a surname alone only when it is the surname', () => {
    expect(comparePersonNames('Umarov', 'Kairat Umarov')).toMatchObject({
      reason: 'Same surname',
    });
    expect(likely(personScore('Kairat', 'Kairat Umarov'))).toBe(false);
  });

  it('matches through an alias and says so', () => {
    const match = matchPerson(
      { name: 'Mevlut Cavusoglu' },
      { name: 'Mevlüt Çavuşoğlu', aliases: ['Mevlut Cavusoglu'] },
    );
    expect(match).toMatchObject({ matchedName: 'Mevlüt Çavuşoğlu', viaAlias: false });
    const viaAlias = matchPerson(
      { name: 'M. Çavuşoğlu' },
      { name: 'Mevlüt Çavuşoğlu Bey', aliases: ['Mevlut Cavusoglu'] },
    );
    expect(viaAlias).toMatchObject({ matchedName: 'Mevlut Cavusoglu', viaAlias: true });
    expect(viaAlias!.reason).toContain('other spelling “Mevlut Cavusoglu”');
  });

  it('lowers the score for another country, without hiding an exact name', () => {
    const same = matchPerson(
      { name: 'Kairat Umarov', countryCode: 'KZ' },
      { name: 'Kairat Umarov', countryCode: 'KZ' },
    );
    const other = matchPerson(
      { name: 'Kairat Umarov', countryCode: 'UZ' },
      { name: 'Kairat Umarov', countryCode: 'KZ' },
    );
    expect(other!.score).toBeLessThan(same!.score);
    expect(likely(other!.score)).toBe(true);
    expect(other!.reason).toContain('another country');
  });
});

describe('organizations', () => {
  const osce = {
    name: 'Organization for Security and Co-operation in Europe',
    acronym: 'OSCE',
    countryCode: null,
  };
  const oecd = {
    name: 'Organisation for Economic Co-operation and Development',
    acronym: 'OECD',
    countryCode: null,
  };
  const mfaKz = { name: 'Ministry of Foreign Affairs of Kazakhstan', countryCode: 'KZ' };

  it('finds the OSCE by its acronym, its initials, or its name respelt', () => {
    expect(matchOrganization({ name: 'OSCE' }, osce)).toMatchObject({ reason: 'Same acronym' });
    expect(matchOrganization({ name: 'OSCE' }, { ...osce, acronym: null })?.reason).toBe(
      '“OSCE” is the initials of its name',
    );
    expect(
      matchOrganization(
        { name: 'Organization for Security and Co-operation in Europe' },
        {
          name: 'OSCE',
        },
      )?.reason,
    ).toBe('Its acronym “OSCE” is the initials of this name');
    expect(
      matchOrganization(
        { name: 'Organisation for Security and Cooperation in Europe', acronym: '' },
        { ...osce, acronym: null },
      )?.reason,
    ).toBe('Same name, spelt differently');
    expect(
      matchOrganization(
        { name: 'Organisation pour la sécurité et la coopération en Europe' },
        { ...osce, acronym: null },
      ),
    ).toBeNull();
    expect(
      matchOrganization(
        { name: 'OSZE' },
        { ...osce, aliases: ['Organisation pour la sécurité et la coopération en Europe'] },
      ),
    ).toBeNull();
  });

  it('does not take the OSCE for the OECD, nor the UN for UNODC', () => {
    expect(matchOrganization({ name: 'OSCE' }, oecd)).toBeNull();
    expect(matchOrganization({ name: 'Organization', acronym: 'OSCE' }, oecd)).toBeNull();
    expect(matchOrganization(osce, oecd)).toBeNull();
    expect(
      matchOrganization(
        { name: 'UN', acronym: 'UN' },
        { name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC' },
      ),
    ).toBeNull();
  });

  it('sees a longer official name, but not another country’s ministry', () => {
    const longer = matchOrganization(
      { name: 'Ministry of Foreign Affairs of the Republic of Kazakhstan', countryCode: 'KZ' },
      mfaKz,
    );
    expect(longer).toMatchObject({ reason: 'Similar name' });
    expect(likely(longer!.score)).toBe(true);
    const kyrgyz = { name: 'Ministry of Foreign Affairs of Kyrgyzstan', countryCode: 'KG' };
    expect(matchOrganization(kyrgyz, mfaKz)).toBeNull();
    const unnamed = matchOrganization(
      { name: 'Ministry of Foreign Affairs', countryCode: 'KG' },
      mfaKz,
    );
    expect(likely(unnamed?.score)).toBe(false);
  });

  it('matches an alias, and a typed alias', () => {
    const unodc = {
      name: 'United Nations Office on Drugs and Crime',
      acronym: 'UNODC',
      aliases: ['Office des Nations Unies contre la drogue et le crime'],
    };
    expect(
      matchOrganization({ name: 'Office des Nations unies contre la drogue et le crime' }, unodc),
    ).toMatchObject({ viaAlias: true });
    expect(matchOrganization({ name: 'Drugs office', aliases: ['UNODC'] }, unodc)?.reason).toBe(
      'Same acronym',
    );
  });
});

describe('likelyDuplicates', () => {
  it('keeps the warnings, best first, at most the limit', () => {
    const list = likelyDuplicates(
      [
        { id: 1, match: { score: 0.7, reason: '', matchedName: '', viaAlias: false } },
        { id: 2, match: null },
        { id: 3, match: { score: 0.95, reason: '', matchedName: '', viaAlias: false } },
        { id: 4, match: { score: 0.4, reason: '', matchedName: '', viaAlias: false } },
      ],
      5,
    );
    expect(list.map((c) => c.id)).toEqual([3, 1]);
  });
});

describe('name keys', () => {
  it('fold transliterations and initials as acronyms do', () => {
    expect(soundKey('chavushoglu')).toBe(soundKey('cavusoglu'));
    expect(soundKey('organisation')).toBe(soundKey('organization'));
    expect(soundKey('kayrat')).toBe(soundKey('kairat'));
    expect(initialsOf('United Nations Office on Drugs and Crime')).toBe('unodc');
    expect(initialsOf('Commission on Narcotic Drugs')).toBe('cnd');
    expect(initialsOf('Europe')).toBeNull();
    expect(personWords('H. E. Kairat Umarov')).toEqual(['kairat', 'umarov']);
    expect(editDistance('umarov', 'umarbekov')).toBe(3);
    expect(editDistance('umarov', 'uamrov')).toBe(1);
  });
});
