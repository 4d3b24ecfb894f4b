/*
 * The outbound letter templates the exceptional case handling team uses for cases it holds off
 * CMS 2012 ("2012 scheme letter" and "Exceptional case - letters (outbound)"). The caseworker picks
 * the template the procedure names and issues it outside the system.
 */

export interface LetterTemplate {
  code: string
  name: string
  whenToUse: string
  group: '2012 scheme letter' | 'Exceptional case - letters (outbound)'
}

export const exceptionalCaseLetters: LetterTemplate[] = [
  {
    code: 'ECL01',
    name: 'Your child maintenance case is being handled by a specialist team',
    whenToUse: 'When a case is opened for exceptional case handling, to both parents.',
    group: 'Exceptional case - letters (outbound)',
  },
  {
    code: 'ECL02',
    name: 'We need your National Insurance number',
    whenToUse: 'Type one cases, to the parent with no National Insurance number.',
    group: 'Exceptional case - letters (outbound)',
  },
  {
    code: 'ECL03',
    name: 'Payment received',
    whenToUse: 'When a receipt is recorded, to the paying parent.',
    group: 'Exceptional case - letters (outbound)',
  },
  {
    code: 'ECL04',
    name: 'Payment sent to you',
    whenToUse: 'When a payment is recorded, to the receiving parent.',
    group: 'Exceptional case - letters (outbound)',
  },
  {
    code: 'ECL05',
    name: 'Correction to your payment record',
    whenToUse: 'When a receipt or payment is reversed, to the parent it concerns.',
    group: 'Exceptional case - letters (outbound)',
  },
  {
    code: 'ECL06',
    name: 'Your case statement',
    whenToUse: 'When a parent asks for a statement; enclose the case statement PDF.',
    group: 'Exceptional case - letters (outbound)',
  },
  {
    code: 'CMS2012-EC',
    name: 'Your case is moving back to the Child Maintenance Service system',
    whenToUse: 'When a type two case returns to CMS 2012 after the incident is resolved.',
    group: '2012 scheme letter',
  },
]
