import type { ReactNode } from 'react';
import { FigureInfo } from './figure-info';

export interface FigureTitleProps {
  title: ReactNode;
  /** The catalogue id(s) of what is shown under the title (docs/figures.md). */
  figure: string | readonly string[];
}

/** A card's or a column's title with the ⓘ of its figure beside it. */
export function FigureTitle({ title, figure }: FigureTitleProps) {
  return (
    <span>
      {title}
      <FigureInfo id={figure} />
    </span>
  );
}
