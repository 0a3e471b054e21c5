'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { fieldId } from '@/lib/meeting-form-errors';
import { emptySource, type SourceRow } from '@/lib/meeting-form-values';
import { focusSoon, RowFieldset, SectionFieldset } from './section';
import type { SectionProps } from './types';

/** Where the record comes from: press releases, articles, readouts. Repeatable rows. */
export function SourcesField({ values, errors, update }: SectionProps) {
  function change(index: number, patch: Partial<SourceRow>) {
    update((s) => ({
      ...s,
      sources: s.sources.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  }
  function add() {
    const index = values.sources.length;
    update((s) => ({ ...s, sources: [...s.sources, emptySource()] }));
    focusSoon(fieldId(`sources.${index}.url`));
  }
  function remove(index: number) {
    update((s) => ({ ...s, sources: s.sources.filter((_, i) => i !== index) }));
    focusSoon('add-source');
  }

  return (
    <SectionFieldset
      legend="Sources"
      hint="The press release, article or readout this record is based on."
    >
      {values.sources.map((row, index) => {
        const key = (field: string) => `sources.${index}.${field}`;
        return (
          <RowFieldset key={row.key} legend={`Source ${index + 1}`}>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <Field
                id={fieldId(key('url'))}
                label="URL"
                error={errors[key('url')]}
                className="md:col-span-2"
              >
                {(control) => (
                  <input
                    {...control}
                    type="url"
                    inputMode="url"
                    value={row.url}
                    onChange={(e) => change(index, { url: e.target.value })}
                    placeholder="https://"
                  />
                )}
              </Field>
              <Field
                id={fieldId(key('title'))}
                label="Source title"
                error={errors[key('title')]}
                className="md:col-span-2"
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={row.title}
                    onChange={(e) => change(index, { title: e.target.value })}
                  />
                )}
              </Field>
              <Field
                id={fieldId(key('publisher'))}
                label="Publisher"
                error={errors[key('publisher')]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={row.publisher}
                    onChange={(e) => change(index, { publisher: e.target.value })}
                  />
                )}
              </Field>
              <Field
                id={fieldId(key('publishedDate'))}
                label="Published"
                error={errors[key('publishedDate')]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={row.publishedDate}
                    onChange={(e) => change(index, { publishedDate: e.target.value })}
                  />
                )}
              </Field>
            </div>
            <div className="mt-3 flex justify-end">
              <Button variant="ghost" onClick={() => remove(index)}>
                Remove source {index + 1}
              </Button>
            </div>
          </RowFieldset>
        );
      })}
      <Button id="add-source" variant="secondary" onClick={add}>
        Add source
      </Button>
    </SectionFieldset>
  );
}
