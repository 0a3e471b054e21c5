'use client';

import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import { fieldId } from '@/lib/meeting-form-errors';
import { newRowKey } from '@/lib/meeting-form-values';
import { topicQueries, type TopicOption } from '@/lib/queries/topics';
import { foldText } from '@/lib/text';
import type { SectionProps } from './types';

type TopicItem = { kind: 'topic'; topic: TopicOption } | { kind: 'create'; name: string };

const itemText = (item: TopicItem | null) =>
  !item ? '' : item.kind === 'topic' ? item.topic.name : `Create topic “${item.name}”`;

/** Topics as removable chips, added from a type-ahead over existing topics or created by name. */
export function TopicsField({ values, errors, update }: SectionProps) {
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const debounced = useDebouncedValue(query.trim(), 150);
  const search = useQuery(topicQueries.search(debounced));
  const chosen = new Set(values.topics.map((t) => foldText(t.name)));
  const typed = query.trim();

  const found = (typed ? (search.data ?? []) : []).filter((t) => !chosen.has(foldText(t.name)));
  const exact = found.find((t) => foldText(t.name) === foldText(typed));
  const items: TopicItem[] = [...(exact ? [exact] : []), ...found.filter((t) => t !== exact)].map(
    (topic) => ({ kind: 'topic' as const, topic }),
  );
  if (typed && !exact && !chosen.has(foldText(typed))) items.push({ kind: 'create', name: typed });

  function add(topic: { id?: number; name: string }) {
    if (chosen.has(foldText(topic.name))) return;
    update((s) => ({ ...s, topics: [...s.topics, { key: newRowKey('topic'), ...topic }] }));
    setQuery('');
  }
  function remove(key: string) {
    update((s) => ({ ...s, topics: s.topics.filter((t) => t.key !== key) }));
    inputRef.current?.focus();
  }

  return (
    <div>
      <Combobox<TopicItem>
        id={fieldId('topics')}
        label="Topics"
        items={items}
        itemToKey={(item) => (item.kind === 'topic' ? `topic-${item.topic.id}` : 'create')}
        itemToString={itemText}

        onInputValueChange={setQuery}
        onSelect={(item) =>
          add(
            item.kind === 'topic'
              ? { id: item.topic.id, name: item.topic.name }
              : { name: item.name },
          )
        }
        onEnterText={(text) =>
          add(
            exact && foldText(exact.name) === foldText(text)
              ? { id: exact.id, name: exact.name }
              : { name: text },
          )
        }
        status={typed && search.isFetching && !search.data ? 'Searching topics…' : undefined}
        hint="Type to find a topic; press Enter to add it, or to create it if it is new."
        error={errors.topics}
        inputRef={inputRef}
      />
      {values.topics.length ? (
        <ul aria-label="Chosen topics" className="mt-3 flex flex-wrap gap-2">
          {values.topics.map((t) => (
            <li
              key={t.key}
              className="inline-flex items-center gap-1 rounded-full border border-blue-200 bg-blue-50 py-1 pr-1 pl-3 text-sm text-blue-900"
            >
              {t.name}
              {t.id ? null : <span className="text-xs text-blue-800">(new)</span>}
              <button
                type="button"
                onClick={() => remove(t.key)}
                aria-label={`Remove topic ${t.name}`}
                className="rounded-full px-1.5 text-blue-900 hover:bg-blue-100 focus-visible:outline-2 focus-visible:outline-blue-700"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
