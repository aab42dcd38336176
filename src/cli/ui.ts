/** The languages of what solieu writes for people to read: messages, the table, the report. */
export const UI_LANGUAGES = ['vi', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * The interface language: `--ui` when given, else Vietnamese when the locale says so (`LC_ALL`,
 * `LC_MESSAGES`, `LANG` in that order, as POSIX reads them: `vi_VN.UTF-8`), else English.
 * Machine formats (CSV, JSON) never change with it.
 */
export function uiLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): UiLanguage {
  if (option === 'vi' || option === 'en') return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^vi(?:[_.@-]|$)/i.test(locale) ? 'vi' : 'en';
}
