/*
 * Approved email responses ("Lines to take"). A caseworker may answer a self-service message by email
 * only with these templates: paragraphs that are read only, editable (typed values in marked fields)
 * or optional (ticked to include). There is no free text anywhere, and the editable fields refuse
 * anything that looks like personal data.
 */
import type { Language } from '../i18n.ts'

export type FieldType = 'money' | 'date' | 'text'

export interface TemplateField {
  name: string
  label: string
  type: FieldType
}

export interface Paragraph {
  id: string
  kind: 'fixed' | 'editable' | 'optional'
  /** The paragraph in each language; {{name}} marks an editable field. */
  text: Record<Language, string>
  fields?: TemplateField[]
}

export type Enquiry = 'missing_payment' | 'account_calculation'

export interface ApprovedResponse {
  id: string
  name: string
  enquiry: Enquiry
  paragraphs: Paragraph[]
}

export const RESPONSE_SUBJECT: Record<Language, string> = {
  en: 'Important Information about your Child Maintenance case',
  cy: 'Gwybodaeth Bwysig am eich achos Cynhaliaeth Plant',
}

const thanksForMessage: Paragraph = {
  id: 'thanks',
  kind: 'fixed',
  text: { en: 'Thank you for your message.', cy: 'Diolch am eich neges.' },
}

const seeYourAccount: Paragraph = {
  id: 'account',
  kind: 'fixed',
  text: {
    en: 'You can see your payments and your payment plan at any time in your self-service account.',
    cy: 'Gallwch weld eich taliadau a’ch cynllun talu ar unrhyw adeg yn eich cyfrif hunanwasanaeth.',
  },
}

export const approvedResponses: ApprovedResponse[] = [
  {
    id: 'payment-paid-on',
    name: 'Missing payment: the payment has been paid on',
    enquiry: 'missing_payment',
    paragraphs: [
      thanksForMessage,
      {
        id: 'received',
        kind: 'editable',
        text: {
          en: 'We received a payment of {{amount}} for you on {{receivedOn}}.',
          cy: 'Cawsom daliad o {{amount}} ar eich cyfer ar {{receivedOn}}.',
        },
        fields: [
          { name: 'amount', label: 'Amount received', type: 'money' },
          { name: 'receivedOn', label: 'Date received', type: 'date' },
        ],
      },
      {
        id: 'paidOn',
        kind: 'editable',
        text: {
          en: 'We paid it to you on {{paidOn}}. Payments can take 2 to 5 working days to reach your account.',
          cy: 'Gwnaethom ei dalu i chi ar {{paidOn}}. Gall gymryd 2 i 5 diwrnod gwaith i daliadau gyrraedd eich cyfrif.',
        },
        fields: [{ name: 'paidOn', label: 'Date paid to the client', type: 'date' }],
      },
      {
        id: 'checkBank',
        kind: 'optional',
        text: {
          en: 'If the payment has not reached your account 5 working days after that date, please check with your bank first.',
          cy: 'Os nad yw’r taliad wedi cyrraedd eich cyfrif 5 diwrnod gwaith ar ôl y dyddiad hwnnw, gwiriwch gyda’ch banc yn gyntaf.',
        },
      },
      seeYourAccount,
    ],
  },
  {
    id: 'payment-not-received',
    name: 'Missing payment: not yet received from the paying parent',
    enquiry: 'missing_payment',
    paragraphs: [
      thanksForMessage,
      {
        id: 'notReceived',
        kind: 'editable',
        text: {
          en: 'We have not yet received the payment of {{amount}} that was due on {{dueOn}}.',
          cy: 'Nid ydym wedi cael y taliad o {{amount}} a oedd yn ddyledus ar {{dueOn}} eto.',
        },
        fields: [
          { name: 'amount', label: 'Amount due', type: 'money' },
          { name: 'dueOn', label: 'Date due', type: 'date' },
        ],
      },
      {
        id: 'collecting',
        kind: 'optional',
        text: {
          en: 'We are taking action to collect the missed payment. We will pay it to you as soon as we receive it.',
          cy: 'Rydym yn cymryd camau i gasglu’r taliad a fethwyd. Byddwn yn ei dalu i chi cyn gynted ag y byddwn yn ei gael.',
        },
      },
      {
        id: 'enforcement',
        kind: 'optional',
        text: {
          en: 'If the paying parent does not pay, we can take enforcement action. We will write to you if we do.',
          cy: 'Os nad yw’r rhiant sy’n talu yn talu, gallwn gymryd camau gorfodi. Byddwn yn ysgrifennu atoch os byddwn yn gwneud hynny.',
        },
      },
      seeYourAccount,
    ],
  },
  {
    id: 'calculation-explained',
    name: 'Account or calculation enquiry: the current amount',
    enquiry: 'account_calculation',
    paragraphs: [
      thanksForMessage,
      {
        id: 'amount',
        kind: 'editable',
        text: {
          en: 'Your current calculation is {{weeklyAmount}} a week, from {{effectiveFrom}}.',
          cy: 'Eich cyfrifiad presennol yw {{weeklyAmount}} yr wythnos, o {{effectiveFrom}}.',
        },
        fields: [
          { name: 'weeklyAmount', label: 'Weekly amount', type: 'money' },
          { name: 'effectiveFrom', label: 'Date the calculation started', type: 'date' },
        ],
      },
      {
        id: 'method',
        kind: 'optional',
        text: {
          en: 'Payments are made by {{paymentMethod}}.',
          cy: 'Gwneir taliadau drwy {{paymentMethod}}.',
        },
        fields: [{ name: 'paymentMethod', label: 'Method of payment (for example, Direct Debit)', type: 'text' }],
      },
      {
        id: 'reconsideration',
        kind: 'optional',
        text: {
          en: 'If you think the calculation is wrong, you can ask us to look at it again (a mandatory reconsideration) within 30 days of the date on your calculation letter.',
          cy: 'Os ydych yn credu bod y cyfrifiad yn anghywir, gallwch ofyn i ni edrych arno eto (ailystyriaeth orfodol) o fewn 30 diwrnod i’r dyddiad ar eich llythyr cyfrifo.',
        },
      },
      seeYourAccount,
    ],
  },
]

export function findApprovedResponse(id: string): ApprovedResponse | undefined {
  return approvedResponses.find(response => response.id === id)
}
