import { Textarea, type TextareaProps } from '@mantine/core';
import { forwardRef, type CSSProperties } from 'react';
import './growingTextarea.css';

interface Props extends Omit<TextareaProps, 'autosize'> {
  minRows?: number;
  maxRows?: number;
}

/**
 * The app's textarea that grows with its text, between `minRows` and `maxRows`. The browser sizes
 * it (`field-sizing: content`); Mantine's `autosize` measured the text in a layout effect, which
 * forced a layout of everything around it each time a form or the post drawer opened.
 */
export const GrowingTextarea = forwardRef<HTMLTextAreaElement, Props>(function GrowingTextarea({ minRows = 1, maxRows, classNames, style, ...rest }, ref) {
  const given = classNames as Record<string, string> | undefined;
  const rows = { '--grow-min-rows': minRows, '--grow-max-rows': maxRows ?? 'none' } as CSSProperties;
  return (
    <Textarea
      ref={ref}
      {...rest}
      rows={minRows}
      style={{ ...rows, ...(style as CSSProperties | undefined) }}
      classNames={{ ...given, input: [given?.input, 'rc-grow', maxRows ? 'rc-grow--max' : ''].filter(Boolean).join(' ') }}
    />
  );
});
