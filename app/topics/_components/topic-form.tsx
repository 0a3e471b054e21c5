'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { AliasesField } from '@/components/entity-form/aliases-field';
import { FormActions, FormCard, FormErrorSummary } from '@/components/entity-form/form-parts';
import { TopicSelect } from '@/components/entity-form/record-select';
import { useEntityForm } from '@/components/entity-form/use-entity-form';
import { Field } from '@/components/ui/field';
import { fieldId } from '@/lib/meeting-form-errors';
import { slugify } from '@/lib/text';
import { saveTopicAction } from '../actions';
import {
  topicFieldLabel,
  topicFieldOrder,
  type TopicFormState,
  toTopicValues,
  validateTopicForm,
} from './topic-form-state';

export interface TopicFormProps {
  initialValues: TopicFormState;
  cancelHref: string;
  /** Editing: the topic, its address now, the version loaded, and the topics under it. */
  topicId?: number;
  slug?: string;
  version?: number;
  ownSubtree?: readonly number[];
}

/** Create or edit a topic: its name (which gives its address), broader topic and description. */
export function TopicForm(props: TopicFormProps) {
  const { topicId, version } = props;
  const router = useRouter();
  const queryClient = useQueryClient();
  const excluded = useMemo(() => new Set(props.ownSubtree ?? []), [props.ownSubtree]);
  const editing = topicId !== undefined;
  const { values, update, errors, errorList, formError, pending, onSubmit, formRef } =
    useEntityForm({
      initialValues: props.initialValues,
      validate: validateTopicForm,
      submit: (v: TopicFormState) =>
        saveTopicAction(topicId ?? null, version ?? null, toTopicValues(v)),
      onSaved: async ({ slug }: { slug: string }) => {
        await queryClient.invalidateQueries({ queryKey: ['topics'] });
        router.push(`/topics/${slug}`);
      },
    });
  const renamed = editing && values.name.trim() !== props.initialValues.name.trim();
  const address = values.name.trim()
    ? `/topics/${!renamed && props.slug ? props.slug : slugify(values.name)}`
    : null;

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-6">
      <FormErrorSummary
        errors={errorList}
        formError={formError}
        target={(key) => key}
        label={topicFieldLabel}
        order={topicFieldOrder}
      />
      <FormCard title="Topic">
        <div className="grid grid-cols-1 gap-5">
          <Field
            id={fieldId('name')}
            label="Name"
            error={errors.name}
            required
            hint={
              address ? (
                <>
                  Its page: <span className="font-mono">{address}</span>
                  {renamed ? ' (the old address will lead here)' : ''}
                </>
              ) : (
                'e.g. Counter-narcotics'
              )
            }
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={values.name}
                onChange={(e) => update({ name: e.target.value })}
              />
            )}
          </Field>
          <TopicSelect
            id={fieldId('parentId')}
            label="Broader topic"
            value={values.parent}
            text={values.parentText}
            onTextChange={(parentText) => update({ parentText })}
            onChoose={(parent) => update({ parent })}
            excludeIds={excluded}
            error={errors.parentId}
            hint="The topic it belongs under, e.g. Security for Counter-narcotics. Leave empty for a top-level topic."
          />
          <Field id={fieldId('description')} label="Description" error={errors.description}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={values.description}
                onChange={(e) => update({ description: e.target.value })}
              />
            )}
          </Field>
          <AliasesField
            values={values.aliases}
            onChange={(aliases) => update({ aliases })}
            errors={errors}
            hint="Other names for it. Typing one in the meeting form picks this topic."
          />
        </div>
      </FormCard>
      <FormActions
        cancelHref={props.cancelHref}
        pending={pending}
        submitLabel={editing ? 'Save topic' : 'Create topic'}
      />
    </form>
  );
}
