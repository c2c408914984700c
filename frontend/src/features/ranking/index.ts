// ranking: what other features may use.
export { PaceText } from './components/pace-text';
export { RankingCard } from './components/ranking-card';
export { formatPercent, metricTitle } from './lib/ranking-format';
