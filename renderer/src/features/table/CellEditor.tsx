import { NativeSelect, TextInput } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { useRef, useState, type KeyboardEvent } from 'react';

export type Move = 'down' | 'up' | 'right' | 'left' | 'none';
export type EditorKind = 'text' | 'textarea' | 'date' | 'time' | 'select';

interface Props {
  kind: EditorKind;
  initial: string;
  label: string;
  options?: Array<{ value: string; label: string; disabled?: boolean }>;
  width: number;
  onCommit(value: string, move: Move): void;
  onCancel(): void;
}

/**
 * The in-place editor of one cell, keyed like Excel: Enter saves and goes down, Tab saves and
 * goes right (Shift: left), Escape leaves the value as it was, leaving the cell saves.
 * Alt+Enter (or Shift+Enter) starts a new line in a long text.
 */
export function CellEditor({ kind, initial, label, options, width, onCommit, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (move: Move | 'cancel') => {
    if (done.current) return;
    done.current = true;
    if (move === 'cancel') onCancel();
    else onCommit(value, move);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      finish('cancel');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(e.shiftKey ? 'left' : 'right');
    } else if (e.key === 'Enter' && !(kind === 'textarea' && (e.altKey || e.shiftKey))) {
      e.preventDefault();
      finish(e.shiftKey ? 'up' : 'down');
    }
  };
  const common = {
    'aria-label': label,
    size: 'xs' as const,
    autoFocus: true,
    onKeyDown,
    onBlur: () => finish('none'),
    style: { width: Math.max(width, kind === 'textarea' ? 280 : 120) },
  };
  if (kind === 'select') {
    return <NativeSelect {...common} data={options ?? []} value={value} onChange={(e) => setValue(e.currentTarget.value)} />;
  }
  if (kind === 'textarea') {
    return (
      <GrowingTextarea
        {...common}
        minRows={1}
        maxRows={8}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
      />
    );
  }
  return (
    <TextInput
      {...common}
      type={kind === 'date' ? 'date' : kind === 'time' ? 'time' : 'text'}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onFocus={(e) => {
        if (kind === 'text') e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length);
      }}
    />
  );
}
