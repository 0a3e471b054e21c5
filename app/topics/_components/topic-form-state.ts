import { type ChosenRecord, unchosenText } from '@/components/entity-form/record-select';
import { type FieldErrors, fieldErrorsOf } from '@/lib/validation/common';
import { topicInput, type TopicFormValues } from '@/lib/validation/entities';

/** What the topic form holds while the user types. */
export interface TopicFormState {
  name: string;
  parent: ChosenRecord | null;
  /** The text in the Parent box (may name nothing yet). */
  parentText: string;
  description: string;
  aliases: string[];
}

export const emptyTopicForm = (): TopicFormState => ({
  name: '',
  parent: null,
  parentText: '',
  description: '',
  aliases: [],
});

/** A stored topic, with its parent, as form state. */
export function topicToFormState(
  t: { name: string; description: string | null; aliases: string[] },
  parent: { id: number; name: string } | null,
): TopicFormState {
  return {
    name: t.name,
    parent: parent ? { id: parent.id, label: parent.name } : null,
    parentText: parent?.name ?? '',
    description: t.description ?? '',
    aliases: [...t.aliases],
  };
}

export function toTopicValues(s: TopicFormState): TopicFormValues {
  return {
    name: s.name,
    parentId: s.parent?.id ?? null,
    description: s.description,
    aliases: s.aliases,
  };
}

/** The schema's messages, plus one for parent text that was typed but never chosen. */
export function validateTopicForm(s: TopicFormState): FieldErrors {
  const result = topicInput.safeParse(toTopicValues(s));
  const errors = result.success ? {} : fieldErrorsOf(result.error);
  if (unchosenText(s.parent, s.parentText)) {
    errors.parentId ??= 'Choose a topic from the list, or leave the box empty.';
  }
  return errors;
}

const labels: Record<string, string> = {
  name: 'Name',
  parentId: 'Broader topic',
  description: 'Description',
  aliases: 'Other names',
};

export function topicFieldLabel(target: string): string {
  const [list = '', index] = target.split('.');
  if (list === 'aliases' && index !== undefined) return `Other name ${Number(index) + 1}`;
  return labels[list] ?? list;
}

export const topicFieldOrder = Object.keys(labels);
