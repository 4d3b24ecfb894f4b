import type { ServiceType } from '../../services/rules/collection-charges.ts'

export interface DemoChild {
  firstName: string
  lastName: string
  dateOfBirth: string
}

export interface DemoCalculation {
  /** Months after the case start that this calculation took effect. */
  monthsAfterStart: number
  reason: 'initial' | 'annual_review' | 'change_of_circumstances'
  rate: 'basic' | 'reduced' | 'flat' | 'nil'
  grossWeeklyIncomePence: number
  otherRelevantChildren: number
  sharedCareNightsPerYear: number
  weeklyAmountPence: number
}

export interface DemoCase {
  caseNumber: string
  payingParent: string
  receivingParent: string
  region: 'gb' | 'ni'
  serviceType: ServiceType
  methodOfPayment:
    'deduction_from_earnings_order' | 'direct_debit' | 'deduction_from_benefit' | 'standing_order' | 'direct_pay'
  receivingParentPaymentMethod: 'direct_payment' | 'direct_pay'
  caseStartDate: string
  /** The day of the month payments fall due. */
  paymentDay: number
  children: DemoChild[]
  calculations: DemoCalculation[]
  /** How many of the past due payments the paying parent missed (arrears), counted back from the latest. */
  missedPayments: number[]
  /** One-off card payments on top of the plan, by how many days ago they were made. */
  cardPayments?: Array<{ daysAgo: number; amountPence: number }>
}

export const demoCases: DemoCase[] = [
  {
    caseNumber: '1200000101',
    payingParent: 'george',
    receivingParent: 'cindy',
    region: 'gb',
    serviceType: 'collect_and_pay',
    methodOfPayment: 'deduction_from_earnings_order',
    receivingParentPaymentMethod: 'direct_payment',
    caseStartDate: '2022-06-14',
    paymentDay: 28,
    children: [{ firstName: 'Kate', lastName: 'Mills', dateOfBirth: '2013-08-09' }],
    calculations: [
      {
        monthsAfterStart: 0,
        reason: 'initial',
        rate: 'basic',
        grossWeeklyIncomePence: 61500,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 4920,
      },
      {
        monthsAfterStart: 12,
        reason: 'annual_review',
        rate: 'basic',
        grossWeeklyIncomePence: 65000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 5200,
      },
      {
        monthsAfterStart: 24,
        reason: 'annual_review',
        rate: 'basic',
        grossWeeklyIncomePence: 68000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 52,
        weeklyAmountPence: 4896,
      },
    ],
    // Three missed deductions when George changed jobs: the arrears on this case.
    missedPayments: [2, 3, 4],
  },
  {
    caseNumber: '1200000119',
    payingParent: 'george',
    receivingParent: 'lucy',
    region: 'gb',
    serviceType: 'collect_and_pay',
    methodOfPayment: 'deduction_from_earnings_order',
    receivingParentPaymentMethod: 'direct_payment',
    caseStartDate: '2023-02-03',
    paymentDay: 28,
    children: [{ firstName: 'Sam', lastName: 'Ford', dateOfBirth: '2019-01-17' }],
    calculations: [
      {
        monthsAfterStart: 0,
        reason: 'initial',
        rate: 'basic',
        grossWeeklyIncomePence: 65000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 5200,
      },
      {
        monthsAfterStart: 12,
        reason: 'annual_review',
        rate: 'basic',
        grossWeeklyIncomePence: 68000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 5440,
      },
    ],
    missedPayments: [],
  },
  {
    caseNumber: '1300000204',
    payingParent: 'ciaran',
    receivingParent: 'aoife',
    region: 'ni',
    serviceType: 'collect_and_pay',
    methodOfPayment: 'direct_debit',
    receivingParentPaymentMethod: 'direct_payment',
    caseStartDate: '2021-09-20',
    paymentDay: 1,
    children: [
      { firstName: 'Niamh', lastName: 'Doherty', dateOfBirth: '2012-04-02' },
      { firstName: 'Conor', lastName: 'Doherty', dateOfBirth: '2015-10-23' },
    ],
    calculations: [
      {
        monthsAfterStart: 0,
        reason: 'initial',
        rate: 'basic',
        grossWeeklyIncomePence: 72000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 11520,
      },
      {
        monthsAfterStart: 36,
        reason: 'annual_review',
        rate: 'basic',
        grossWeeklyIncomePence: 75000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 12000,
      },
    ],
    missedPayments: [],
  },
  {
    caseNumber: '1200000305',
    payingParent: 'dev',
    receivingParent: 'hannah',
    region: 'gb',
    serviceType: 'direct_pay',
    methodOfPayment: 'direct_pay',
    receivingParentPaymentMethod: 'direct_pay',
    caseStartDate: '2024-01-08',
    paymentDay: 15,
    children: [{ firstName: 'Leo', lastName: 'Wright', dateOfBirth: '2020-05-30' }],
    calculations: [
      {
        monthsAfterStart: 0,
        reason: 'initial',
        rate: 'basic',
        grossWeeklyIncomePence: 52000,
        otherRelevantChildren: 1,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 6240,
      },
    ],
    missedPayments: [],
  },
  {
    caseNumber: '1200000313',
    payingParent: 'marcus',
    receivingParent: 'dev',
    region: 'gb',
    serviceType: 'collect_and_pay',
    methodOfPayment: 'standing_order',
    receivingParentPaymentMethod: 'direct_payment',
    caseStartDate: '2023-07-24',
    paymentDay: 5,
    children: [{ firstName: 'Maya', lastName: 'Patel', dateOfBirth: '2016-12-12' }],
    calculations: [
      {
        monthsAfterStart: 0,
        reason: 'initial',
        rate: 'reduced',
        grossWeeklyIncomePence: 18000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 1780,
      },
      {
        monthsAfterStart: 12,
        reason: 'annual_review',
        rate: 'basic',
        grossWeeklyIncomePence: 31000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 3720,
      },
    ],
    missedPayments: [1],
  },
  {
    caseNumber: '1200000402',
    payingParent: 'ewan',
    receivingParent: 'sarah',
    region: 'gb',
    serviceType: 'collect_and_pay',
    methodOfPayment: 'direct_debit',
    receivingParentPaymentMethod: 'direct_payment',
    caseStartDate: '2014-11-10',
    paymentDay: 10,
    children: [{ firstName: 'Ellie', lastName: 'Jones', dateOfBirth: '2011-03-21' }],
    calculations: [
      {
        monthsAfterStart: 0,
        reason: 'initial',
        rate: 'basic',
        grossWeeklyIncomePence: 58000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 6960,
      },
      {
        monthsAfterStart: 132,
        reason: 'annual_review',
        rate: 'basic',
        grossWeeklyIncomePence: 80000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 9600,
      },
    ],
    missedPayments: [],
    // Ewan paid extra by card, so he has paid more than he agreed.
    cardPayments: [{ daysAgo: 40, amountPence: 5000 }],
  },
  {
    // Owen Pritchard is a special client record: Megan sees him only as "the other parent".
    caseNumber: '1200000501',
    payingParent: 'owen',
    receivingParent: 'megan',
    region: 'gb',
    serviceType: 'direct_pay',
    methodOfPayment: 'direct_pay',
    receivingParentPaymentMethod: 'direct_pay',
    caseStartDate: '2025-03-10',
    paymentDay: 10,
    children: [{ firstName: 'Cerys', lastName: 'Lloyd', dateOfBirth: '2019-04-22' }],
    calculations: [
      {
        monthsAfterStart: 0,
        reason: 'initial',
        rate: 'basic',
        grossWeeklyIncomePence: 48000,
        otherRelevantChildren: 0,
        sharedCareNightsPerYear: 0,
        weeklyAmountPence: 5760,
      },
    ],
    missedPayments: [],
  },
]
