'use client';

import { useCombobox } from 'downshift';
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { controlClasses, describedBy, FieldError, FieldHint, FieldLabel } from './field';

export interface ComboboxProps<T> {
  /** The input's id; the label, menu and messages derive theirs from it. */
  id: string;
  label: string;
  items: T[];
  itemToKey: (item: T) => string;
  /** The text an item puts in the input when chosen (single-choice mode). */
  itemToString: (item: T | null) => string;
  renderItem?: (item: T) => ReactNode;
  /** The text in the box when it first renders (e.g. a draft kept while a dialog was closed). */
  initialInputValue?: string;
  /** Told every change of the text (after it happens), e.g. to run a search. */
  onInputValueChange: (value: string) => void;
  /**
   * Single-choice mode: the chosen item, or null. Leave undefined for picker mode, where choosing
   * adds the item somewhere else and empties the input (participants, topics).
   */
  selectedItem?: T | null;
  /** Called with the chosen item and the text that was typed when it was chosen. */
  onSelect: (item: T, typed: string) => void;
  /** Single-choice mode: the input was emptied and left. */
  onClear?: () => void;
  /**
   * Single-choice mode: options that do something ("New organization") rather than become the
   * value; choosing one calls onSelect but leaves the text, and leaving the box never picks one.
   */
  isAction?: (item: T) => boolean;
  /** Single-choice mode: keep text that names no option when leaving (the parent flags it). */
  keepUnmatchedText?: boolean;
  /** Picker mode: Enter pressed on typed text with no option highlighted. */
  onEnterText?: (text: string) => void;
  /** A line under the input while the list is open ("Searching…", "No matches"). */
  status?: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/**
 * An ARIA 1.2 combobox (downshift's useCombobox): type to filter, arrows to move, Enter to
 * choose, Escape to close. The parent owns the items (an API query or a local filter) and hears
 * about the text; downshift owns the text itself, because a controlled text that round-trips
 * through downshift's change callbacks drops keystrokes when typing fast.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { id, label, items, itemToKey, itemToString, error, hint, status } = props;
  const picker = props.selectedItem === undefined;
  const combobox = useCombobox<T>({
    id: `${id}-combobox`,
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-menu`,
    getItemId: (index) => `${id}-option-${index}`,
    items,
    itemToString,
    itemToKey: (item) => (item === null ? null : itemToKey(item)),
    initialInputValue:
      props.initialInputValue ?? (picker ? '' : itemToString(props.selectedItem ?? null)),
    // A picker leaves the choice uncontrolled: a controlled null makes downshift reset the text
    // on the keystroke after a choice, eating its first letter.
    selectedItem: picker ? undefined : (props.selectedItem ?? null),
    onInputValueChange: ({ inputValue: value }) => props.onInputValueChange(value ?? ''),
    onSelectedItemChange: ({ selectedItem }) => {
      // The text as it was when the choice was made ("New official" takes it as the name).
      if (selectedItem !== null && selectedItem !== undefined) {
        props.onSelect(selectedItem, combobox.inputValue);
      }
    },
    stateReducer: (state, { type, changes }) => {
      const types = useCombobox.stateChangeTypes;
      const chosen = changes.selectedItem;
      if (picker) {
        if (type === types.InputBlur) {
          // Leaving a picker never adds the highlighted option behind the user's back.
          return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
        }
        if ((type === types.InputKeyDownEnter || type === types.ItemClick) && chosen) {
          return { ...changes, inputValue: '' };
        }
        // A picker's choice lasts one action, so no option stays marked as selected.
        return state.selectedItem !== null ? { ...changes, selectedItem: null } : changes;
      }
      if (chosen && chosen !== state.selectedItem && props.isAction?.(chosen)) {
        return type === types.InputBlur
          ? { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue }
          : { ...changes, inputValue: state.inputValue };
      }
      return changes;
    },
  });

  const {
    isOpen,
    highlightedIndex,
    inputValue,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    closeMenu,
    setInputValue,
  } = combobox;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || !picker || !props.onEnterText) return;
    const text = inputValue.trim();
    if (highlightedIndex >= 0 || !text) return;
    event.preventDefault();
    (event.nativeEvent as Event & { preventDownshiftDefault?: boolean }).preventDownshiftDefault =
      true;
    closeMenu();
    setInputValue('');
    props.onEnterText(text);
  }

  function onBlur() {
    if (picker || (isOpen && highlightedIndex >= 0)) return;
    const text = inputValue.trim().toLowerCase();
    const selected = props.selectedItem ?? null;
    if (!text) {
      if (selected !== null) props.onClear?.();
      return;
    }
    if (selected !== null && itemToString(selected).toLowerCase() === text) return;
    const exact = items.find((item) => itemToString(item).toLowerCase() === text);
    if (exact !== undefined && !props.isAction?.(exact)) props.onSelect(exact, inputValue);
    // Text that names nothing goes back to the current choice rather than pretending to be one.
    else if (!props.keepUnmatchedText) setInputValue(itemToString(selected));
  }

  // The list is named "Suggestions", not by the label, so getByLabel(label) finds only the input.
  const showMenu = isOpen && items.length > 0;
  return (
    <div className={`relative ${props.className ?? ''}`}>
      <FieldLabel {...getLabelProps()} required={props.required}>
        {label}
      </FieldLabel>
      <input
        {...getInputProps({
          ref: props.inputRef,
          onKeyDown,
          onBlur,
          disabled: props.disabled,
          placeholder: props.placeholder,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy(id, { hint, error }),
          'aria-required': props.required || undefined,
        })}
        className={controlClasses(Boolean(error))}
      />
      <ul
        {...getMenuProps({ 'aria-label': 'Suggestions' })}
        className={
          showMenu
            ? 'absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg'
            : 'hidden'
        }
      >
        {showMenu &&
          items.map((item, index) => (
            <li
              key={itemToKey(item)}
              {...getItemProps({ item, index })}
              className={`cursor-pointer px-3 py-2 ${
                highlightedIndex === index ? 'bg-blue-100 text-slate-950' : 'text-slate-900'
              }`}
            >
              {props.renderItem ? props.renderItem(item) : itemToString(item)}
            </li>
          ))}
      </ul>
      <p className="mt-1 text-xs text-slate-600 empty:hidden" aria-live="polite">
        {isOpen && status ? status : ''}
      </p>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}
