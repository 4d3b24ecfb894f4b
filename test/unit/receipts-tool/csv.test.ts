import { expect } from 'chai'
import { penceAsPounds, toCsv } from '../../../services/receipts-tool/csv.ts'

describe('report CSV files', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', null],
        ],
      ),
    ).to.equal('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n')
  })

  it('stops text a spreadsheet would run as a formula, but leaves amounts as numbers', () => {
    expect(toCsv(['h'], [['=HYPERLINK("x")'], ['+1'], ['@SUM(A1)'], ['-120.00'], [-5]])).to.equal(
      'h\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'@SUM(A1)\r\n-120.00\r\n-5\r\n',
    )
  })

  it('writes pence as pounds with two decimals, exactly', () => {
    expect([penceAsPounds(0), penceAsPounds(5), penceAsPounds(100_010), penceAsPounds(-12_345)]).to.deep.equal([
      '0.00',
      '0.05',
      '1000.10',
      '-123.45',
    ])
  })
})
