import type { ReactNode } from 'react';
import { Section } from '@/components/section';
import type { Tally } from '@/lib/domain/profiles';
import { TallyList, type TallyListProps } from './tally-list';

export interface TallySectionProps<T extends Tally> extends TallyListProps<T> {
  id: string;
  title: string;
  aside?: ReactNode;
  /** Spans both columns of a ProfileGrid. */
  wide?: boolean;
}

/** A titled ranked list, as one cell of a ProfileGrid. */
export function TallySection<T extends Tally>({
  id,
  title,
  aside,
  wide = false,
  ...list
}: TallySectionProps<T>) {
  return (
    <div className={wide ? 'lg:col-span-2' : undefined}>
      <Section id={id} title={title} aside={aside}>
        <TallyList {...list} />
      </Section>
    </div>
  );
}

export interface ProfileGridProps {
  children: ReactNode;
}

/** Two columns of profile sections from `lg` up, one on phones. */
export function ProfileGrid({ children }: ProfileGridProps) {
  return <div className="mt-8 grid gap-8 lg:grid-cols-2">{children}</div>;
}
