import Link from 'next/link';
import type { EgoNetwork } from '@/lib/domain/profiles';
import { CountLink } from './count-link';

export interface EgoNetworkTableProps {
  network: EgoNetwork;
}

/** The ego network as a table: each counterpart, meetings with the center, and who else they met. */
export function EgoNetworkTable({ network }: EgoNetworkTableProps) {
  const { center, counterparts, links } = network;
  const nameOf = new Map(counterparts.map((c) => [Number(c.value), c.label]));
  return (
    <details className="group border-t border-slate-200 first:border-t-0">
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-blue-800 hover:text-blue-950">
        The network as a table
      </summary>
      <div className="overflow-x-auto px-4 pb-4">
        <table className="text-sm">
          <caption className="sr-only">Counterparts of {center.label} and their links</caption>
          <thead className="border-b border-slate-200 text-left text-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Counterpart
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                With {center.label}
              </th>
              <th scope="col" className="py-2 font-medium">
                Also met
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {counterparts.map((c) => {
              const id = Number(c.value);
              const mine = links.filter((l) => l.source === id || l.target === id);
              return (
                <tr key={c.value} className="align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    <Link href={`/officials/${c.value}`} className="link">
                      {c.label}
                    </Link>
                  </th>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <CountLink count={c.count} filters={c.filters} context={`with ${c.label}`} />
                  </td>
                  <td className="py-2">
                    {mine.length ? (
                      <ul className="space-y-0.5">
                        {mine.map((l) => {
                          const other = nameOf.get(l.source === id ? l.target : l.source) ?? '';
                          return (
                            <li key={`${l.source}-${l.target}`}>
                              {other}:{' '}
                              <CountLink
                                count={l.count}
                                filters={l.filters}
                                context={`of ${c.label} with ${other}`}
                              />
                            </li>
                          );
                        })}
                      </ul>
                    ) : (
                      <span className="text-slate-600">None of the others</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
