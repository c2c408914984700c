// figures: what other features may use.
export { FigureInfo } from './components/figure-info';
export { FigureTitle } from './components/figure-title';
