import { Textarea, type TextareaProps } from '@mantine/core';
import { forwardRef, type CSSProperties } from 'react';
import './growingTextarea.css';

interface Props extends Omit<TextareaProps, 'autosize'> {
  minRows?: number;
  maxRows?: number;
}

/**
 * A textarea that grows with its text between `minRows` and `maxRows`, sized by the browser
 * (`field-sizing: content`) instead of Mantine's `autosize`, which measures the text in a layout
 * effect and so forces a layout of everything around it as the post drawer opens.
 */
export const GrowingTextarea = forwardRef<HTMLTextAreaElement, Props>(function GrowingTextarea({ minRows = 1, maxRows, classNames, style, ...rest }, ref) {
  const rows = { '--grow-min-rows': minRows, '--grow-max-rows': maxRows ?? 'none' } as CSSProperties;
  return (
    <Textarea
      ref={ref}
      {...rest}
      rows={minRows}
      style={{ ...rows, ...(style as CSSProperties | undefined) }}
      classNames={{ ...(classNames as Record<string, string> | undefined), input: `rc-grow${maxRows ? ' rc-grow--max' : ''}` }}
    />
  );
});
