import type { Coverage } from '../api/types';

/** How a coverage looks: a fill readable with white text, an antd tag colour, and its catalogue key. */
export interface CoverageStyle {
  color: string;
  tag: string;
  labelKey: string;
}

const STYLES: Record<Coverage, CoverageStyle> = {
  GAP: { color: '#c62828', tag: 'red', labelKey: 'chains.coverage.GAP' },
  EXTEND: { color: '#6a3fb5', tag: 'purple', labelKey: 'chains.coverage.EXTEND' },
  WEAK: { color: '#a15c00', tag: 'gold', labelKey: 'chains.coverage.WEAK' },
  COVERED: { color: '#2e7d32', tag: 'green', labelKey: 'chains.coverage.COVERED' },
};

export const coverageStyle = (coverage: Coverage): CoverageStyle => STYLES[coverage];

/** Nodes without a local firm: the gaps to fill and the places to extend the chain. */
export const isGap = (coverage: Coverage) => coverage === 'GAP' || coverage === 'EXTEND';
