import fs from 'node:fs'
import path from 'node:path'
import { createInstance, type i18n, type TFunction } from 'i18next'
import { projectRoot } from '../config.ts'

export const languages = ['en', 'cy'] as const
export type Language = (typeof languages)[number]
export type Translate = TFunction

export const localesDirectory = path.join(projectRoot, 'locales')

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

type Resources = Record<string, Record<string, unknown>>

/** Reads every locales/<language>/<namespace>.json file; the file name is the namespace. */
export function readLocaleFiles(language: Language, directory = localesDirectory): Resources {
  const folder = path.join(directory, language)
  const resources: Resources = {}
  for (const file of fs
    .readdirSync(folder)
    .filter(name => name.endsWith('.json'))
    .sort()) {
    resources[path.basename(file, '.json')] = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Record<
      string,
      unknown
    >
  }
  return resources
}

/** One i18next instance for the app, loaded synchronously at start-up. */
export function createI18n(directory = localesDirectory): i18n {
  const resources = Object.fromEntries(languages.map(language => [language, readLocaleFiles(language, directory)]))
  const namespaces = Object.keys(resources.en ?? {})
  const instance = createInstance()
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: false,
    supportedLngs: [...languages],
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    // A missing key must be noticed, never shown as the key itself in production text.
    saveMissing: false,
  })
  return instance
}
