import { slugify } from '@/lib/text';

/**
 * The demo topic tree: top-level categories with their subtopics (a subtopic may have its own,
 * as "[name, children]"). The seed article's topics appear with the article's spelling, so that
 * the generator's lookups by slug land on them.
 */
type Node = string | [string, Node[]];

export const TOPIC_TREE: Array<{ name: string; weight: number; children: Node[] }> = [
  {
    name: 'Security',
    weight: 6,
    children: [
      'Counter-terrorism',
      ['counter-narcotics', ['CARICC']],
      'cybercrime',
      'Cybersecurity',
      [
        'Arms control',
        [['nuclear test ban', ['International Monitoring System']], 'Non-proliferation'],
      ],
      'Border security',
      'Regional security',
      'Conflict resolution',
      'Defence cooperation',
      'Peacekeeping',
    ],
  },
  {
    name: 'Economy',
    weight: 7,
    children: [
      'Trade',
      'Energy',
      'Investment',
      'Transport and logistics',
      'Connectivity',
      'Agriculture',
      'Critical minerals',
      'Digital economy',
      'Tourism',
      'Finance',
    ],
  },
  {
    name: 'Climate',
    weight: 3,
    children: [
      'Climate finance',
      'Water resources',
      'Environmental protection',
      'Renewable energy',
    ],
  },
  { name: 'Health', weight: 2, children: ['Pandemic preparedness', 'Global health security'] },
  { name: 'Migration', weight: 2, children: ['Refugees', 'Labour migration'] },
  {
    name: 'Human rights',
    weight: 2,
    children: ['Women’s rights', 'Freedom of expression', 'Rights of the child'],
  },
  {
    name: 'regional cooperation',
    weight: 4,
    children: ['Central Asia', 'Afghanistan', 'Caspian region', 'Middle East', 'South Caucasus'],
  },
  {
    name: 'Diplomacy',
    weight: 5,
    children: [
      'bilateral cooperation',
      ['multilateral cooperation', ['Kazakhstan–OSCE cooperation']],
      'UN reform',
      'Visa regime',
      'Consular affairs',
      'Astana International Forum',
      'Candidacies in international bodies',
    ],
  },
  {
    name: 'Development',
    weight: 3,
    children: ['development assistance', 'Food security', 'Education', 'Humanitarian assistance'],
  },
  {
    name: 'Governance',
    weight: 2,
    children: [
      'reforms in Kazakhstan',
      'police reform',
      'election observation',
      'Anti-corruption',
      'Rule of law',
    ],
  },
  {
    name: 'Science and technology',
    weight: 2,
    children: [
      'scientific and technical events',
      'Space',
      'Artificial intelligence',
      'Peaceful uses of nuclear energy',
    ],
  },
];

export interface FlatTopic {
  name: string;
  parent: string | null;
  /** The top-level category the topic sits under (itself for a category). */
  category: string;
}

function flatten(nodes: Node[], parent: string, category: string, out: FlatTopic[]): void {
  for (const node of nodes) {
    const [name, children] = typeof node === 'string' ? [node, []] : node;
    out.push({ name, parent, category });
    flatten(children, name, category, out);
  }
}

/** Every topic of the tree, parents before children. */
export const TOPICS: readonly FlatTopic[] = TOPIC_TREE.flatMap((c) => {
  const out: FlatTopic[] = [{ name: c.name, parent: null, category: c.name }];
  flatten(c.children, c.name, c.name, out);
  return out;
});

const parentBySlug = new Map(TOPICS.map((t) => [slugify(t.name), t.parent]));

/** The parent topic's name in the demo tree, or null (also for a topic not in the tree). */
export function topicParent(name: string): string | null {
  return parentBySlug.get(slugify(name)) ?? null;
}
