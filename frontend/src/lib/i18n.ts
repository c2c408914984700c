import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from '../locales/zh-CN.json';
import en from '../locales/en.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'attract.language';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'zh-CN';
}

/** Features may keep their texts beside them in `features/<name>/locales/<lang>.json` (top-level keys of their own). */
const featureTexts = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});

function withFeatureTexts(language: Language, base: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [path, texts] of Object.entries(featureTexts)) {
    if (path.endsWith(`/${language}.json`)) Object.assign(merged, texts);
  }
  return merged;
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: withFeatureTexts('zh-CN', zhCN) },
    en: { translation: withFeatureTexts('en', en) },
  },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  // No sponsor's notice in the console: the sweep keeps the console for what is wrong.
  showSupportNotice: false,
});

/**
 * Day.js speaks the language too: Ant Design's pickers take their month and weekday names (and the first day of
 * the week) from it, so a zh-CN picker names the months in Chinese and starts the week on Monday.
 */
const dayjsLocale = (lng: string) => (lng === 'en' ? 'en' : 'zh-cn');

if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
dayjs.locale(dayjsLocale(i18n.language));

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
  dayjs.locale(dayjsLocale(lng));
});

export default i18n;
