import type { CSSObject, Transformer } from '@ant-design/cssinjs';

/**
 * The only properties of Ant Design's style sheets that jsdom's readers look at: what hides an element (Testing
 * Library's role queries and accessible names) and what makes it unclickable (user-event's pointer-events check).
 * Colours, sizes and the rest only make jsdom's getComputedStyle, which matches every rule of every sheet on each
 * call, several times slower: most of the suite's time went there.
 */
const READ_IN_JSDOM = new Set(['display', 'visibility', 'pointerEvents']);

const isRule = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !('_keyframe' in value) &&
  !('_skip_check_' in value) &&
  !('_multi_value_' in value);

/** Keeps nested rules (selectors, media queries: filtered in turn) and the declarations jsdom reads; drops the rest. */
export const jsdomStyles: Transformer = {
  visit: (style) => {
    const kept: CSSObject = {};
    for (const [key, value] of Object.entries(style)) {
      if (isRule(value) || Array.isArray(value) || READ_IN_JSDOM.has(key)) kept[key] = value;
    }
    return kept;
  },
};
