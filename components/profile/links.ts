/** "1 meeting", "1,204 meetings". */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A topic tally's page, when its slug is known. */
export function topicHref(t: { slug: string | null }): string | null {
  return t.slug ? `/topics/${t.slug}` : null;
}

/** "Vienna (3), Geneva (1)": cities carry no link, since no filter selects a city. */
export function citiesText(cities: Array<{ name: string; count: number }>): string {
  return cities.length
    ? cities.map((c) => `${c.name} (${c.count.toLocaleString('en')})`).join(', ')
    : 'City not recorded';
}
