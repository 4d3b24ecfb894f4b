import { expect } from 'chai'
import { readLocaleFiles } from '../../services/i18n.ts'

/*
 * Every client-facing string exists in English and Welsh. This fails when a key is in one language
 * and not the other, when a Welsh value is empty or still the English text, when the two use
 * different placeholders, or when a straight apostrophe slips in (we use ’ throughout).
 */

/** Values that are rightly the same in both languages: numbers, names, and text written in English on purpose. */
const sameInBothLanguages = new Set([
  'common:titleSuffix',
  'common:phase',
  // Each language link's hidden description is written in the language it switches to.
  'common:language.toEnglish',
  'common:language.toWelsh',
  'common:telephone.gb',
  'common:telephone.gbWelsh',
  'common:telephone.ni',
])

type Leaves = Map<string, string>

function collectLeaves(value: unknown, path: string, leaves: Leaves): void {
  if (typeof value === 'string') {
    leaves.set(path, value)
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectLeaves(item, `${path}[${index}]`, leaves))
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      collectLeaves(child, path.endsWith(':') ? `${path}${key}` : `${path}.${key}`, leaves)
  } else {
    leaves.set(path, String(value))
  }
}

function leavesOf(language: 'en' | 'cy'): Leaves {
  const leaves: Leaves = new Map()
  for (const [namespace, content] of Object.entries(readLocaleFiles(language)))
    collectLeaves(content, `${namespace}:`, leaves)
  return leaves
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(match => match[1]!).sort()
}

const isLink = (text: string) => /^(https?:\/\/|@)/.test(text)

describe('locales', () => {
  const english = leavesOf('en')
  const welsh = leavesOf('cy')

  it('has the same keys in English and Welsh', () => {
    const missingInWelsh = [...english.keys()].filter(key => !welsh.has(key))
    const missingInEnglish = [...welsh.keys()].filter(key => !english.has(key))
    expect(missingInWelsh, 'keys missing in cy').to.deep.equal([])
    expect(missingInEnglish, 'keys missing in en').to.deep.equal([])
  })

  it('has no empty values', () => {
    const empty = [...english, ...welsh].filter(([, text]) => text.trim() === '').map(([key]) => key)
    expect(empty).to.deep.equal([])
  })

  it('has every Welsh value translated', () => {
    const untranslated = [...english]
      .filter(([key, text]) => welsh.get(key) === text && !sameInBothLanguages.has(key) && !isLink(text))
      .map(([key]) => key)
    expect(untranslated, 'Welsh values still in English').to.deep.equal([])
  })

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...english]
      .filter(([key, text]) => welsh.has(key) && placeholders(text).join() !== placeholders(welsh.get(key)!).join())
      .map(([key]) => key)
    expect(mismatched).to.deep.equal([])
  })

  it('uses curly apostrophes, never straight ones', () => {
    const straight = [...english, ...welsh].filter(([, text]) => text.includes("'")).map(([key]) => key)
    expect(straight).to.deep.equal([])
  })
})
