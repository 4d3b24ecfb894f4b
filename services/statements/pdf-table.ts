/*
 * A tagged table for pdfkit: rows of cells in fixed columns, a header row repeated on every new page,
 * and rules between rows drawn as layout artifacts, so screen readers get Table, TR, TH and TD.
 */

export interface Cell {
  text: string
  align?: 'left' | 'right'
}

type Doc = PDFKit.PDFDocument
type Struct = PDFKit.PDFStructureElement

export interface TableLayout {
  left: number
  columns: readonly number[]
  fontSize: number
  /** Space kept clear at the foot of each page (for the page number). */
  footer: number
}

const PADDING = 3

export class PdfTable {
  private readonly table: Struct
  private readonly width: number

  constructor(
    private readonly doc: Doc,
    parent: Struct,
    private readonly layout: TableLayout,
    private readonly header: Cell[],
  ) {
    this.width = layout.columns.reduce((sum, column) => sum + column, 0)
    this.table = doc.struct('Table')
    parent.add(this.table)
    this.row(header, 'bold', 'TH')
  }

  /** One row; starts a new page first, repeating the header, when the row would not fit. */
  row(cells: Cell[], font: 'regular' | 'bold' = 'regular', cellTag: 'TD' | 'TH' = 'TD'): void {
    const { doc, layout } = this
    doc.font(font).fontSize(layout.fontSize)
    const height =
      Math.max(
        ...cells.map((cell, index) =>
          doc.heightOfString(cell.text || ' ', { width: layout.columns[index]! - 2 * PADDING }),
        ),
      ) +
      2 * PADDING
    if (cellTag === 'TD' && doc.y + height > doc.page.height - doc.page.margins.bottom - layout.footer) {
      doc.addPage()
      this.row(this.header, 'bold', 'TH')
      doc.font(font).fontSize(layout.fontSize)
    }
    const top = doc.y
    const row = doc.struct('TR')
    this.table.add(row)
    let x = layout.left
    cells.forEach((cell, index) => {
      const width = layout.columns[index]!
      const left = x
      row.add(
        doc.struct(cellTag, {}, () => {
          doc.text(cell.text, left + PADDING, top + PADDING, {
            width: width - 2 * PADDING,
            align: cell.align ?? 'left',
          })
        }),
      )
      x += width
    })
    row.end()
    doc.markContent('Artifact', { type: 'Layout' })
    doc
      .moveTo(layout.left, top + height)
      .lineTo(layout.left + this.width, top + height)
      .lineWidth(0.5)
      .strokeColor('#b1b4b6')
      .stroke()
    doc.endMarkedContent()
    doc.x = layout.left
    doc.y = top + height
  }

  end(): void {
    this.table.end()
  }
}
