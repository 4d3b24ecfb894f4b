import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

interface TextItem {
  str: string
  transform: number[]
}

/** The text of each page of a PDF, as lines read top to bottom, with each line's pieces joined by one space. */
export async function pdfLines(pdf: Buffer): Promise<string[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise
  const pages: string[][] = []
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const rows = new Map<number, Array<{ x: number; text: string }>>()
      for (const item of content.items as TextItem[]) {
        if (!('str' in item) || item.str.trim() === '') continue
        const y = Math.round(item.transform[5]! / 4) * 4
        const row = rows.get(y) ?? []
        row.push({ x: item.transform[4]!, text: item.str.trim() })
        rows.set(y, row)
      }
      pages.push(
        [...rows.entries()]
          .sort(([a], [b]) => b - a)
          .map(([, row]) =>
            row
              .sort((a, b) => a.x - b.x)
              .map(piece => piece.text)
              .join(' ')
              .replace(/\s+/g, ' '),
          ),
      )
    }
  } finally {
    await document.destroy()
  }
  return pages
}

/** The PDF's document information (title, author) and language. */
export async function pdfInfo(pdf: Buffer): Promise<{ title: string | undefined; language: string | null }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise
  try {
    const { info } = (await document.getMetadata()) as { info: { Title?: string; Language?: string } }
    return { title: info.Title, language: info.Language ?? null }
  } finally {
    await document.destroy()
  }
}

interface StructNode {
  role?: string
  children?: StructNode[]
}

/** Whether the PDF is marked as tagged, and the structure roles on its first page, depth first. */
export async function pdfStructure(pdf: Buffer): Promise<{ marked: boolean; roles: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise
  try {
    const markInfo = (await document.getMarkInfo()) as { Marked?: boolean } | null
    const tree = (await (await document.getPage(1)).getStructTree()) as StructNode | null
    const roles: string[] = []
    const walk = (node: StructNode | undefined) => {
      if (!node) return
      if (node.role) roles.push(node.role)
      node.children?.forEach(walk)
    }
    walk(tree ?? undefined)
    return { marked: markInfo?.Marked === true, roles }
  } finally {
    await document.destroy()
  }
}
