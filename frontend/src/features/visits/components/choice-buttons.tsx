import { Button } from 'antd';
import { useRef, type KeyboardEvent } from 'react';

export interface ChoiceButtonsProps<T extends string> {
  id?: string;
  value?: T;
  onChange?: (value: T) => void;
  options: { value: T; label: string }[];
  /** The group's accessible name (the form label is not tied to a group of buttons). */
  label: string;
  /** Minimum width of one button: the grid fits as many per row as the screen allows. */
  minWidth?: number;
  height?: number;
}

/**
 * A single choice as a grid of big buttons, a radio group to assistive technology: Tab reaches the chosen one,
 * the arrow keys move and choose, as in any radio group.
 */
export function ChoiceButtons<T extends string>({
  id,
  value,
  onChange,
  options,
  label,
  minWidth = 104,
  height = 44,
}: ChoiceButtonsProps<T>) {
  const refs = useRef<(HTMLElement | null)[]>([]);
  const selected = options.findIndex((o) => o.value === value);
  const focusable = selected >= 0 ? selected : 0;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (index + step + options.length) % options.length;
    onChange?.(options[next].value);
    refs.current[next]?.focus();
  };

  return (
    <div
      id={id}
      role="radiogroup"
      aria-label={label}
      style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${minWidth}px, 1fr))`, gap: 8 }}
    >
      {options.map((option, index) => (
        <Button
          key={option.value}
          ref={(el) => {
            refs.current[index] = el;
          }}
          role="radio"
          aria-checked={option.value === value}
          tabIndex={index === focusable ? 0 : -1}
          type={option.value === value ? 'primary' : 'default'}
          style={{ height, whiteSpace: 'normal', lineHeight: 1.2 }}
          onClick={() => onChange?.(option.value)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {option.label}
        </Button>
      ))}
    </div>
  );
}
