/** Shared look of the cockpit's charts: readable from the back of a meeting room. */
export const THIS_YEAR = '#c0392b';
export const LAST_YEAR = '#a6a6a6';
export const SECOND = '#2f6fb0';

export const TEXT = { fontSize: 14 };

export const TOOLTIP = { textStyle: { fontSize: 14 }, confine: true };

export const LEGEND = { top: 0, textStyle: { fontSize: 14 } };
