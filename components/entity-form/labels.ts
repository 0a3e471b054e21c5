/** "Organization for Security and Co-operation in Europe (OSCE)"; the acronym once only. */
export function organizationLabel(o: { name: string; acronym: string | null }): string {
  return o.acronym && !o.name.includes(`(${o.acronym})`) ? `${o.name} (${o.acronym})` : o.name;
}
