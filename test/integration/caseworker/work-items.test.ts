import { expect } from 'chai'
import { ukCalendarDate } from '../../../services/format/dates.ts'
import { addWorkingDays, MESSAGE_RESPONSE_WORKING_DAYS } from '../../../services/rules/working-days.ts'
import { insertClient } from '../../fixtures/clients.ts'
import { recordActivity } from '../../fixtures/caseworker-work.ts'
import { parseHtml } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, TEST_START_TIME, type TestApp } from '../../support/test-app.ts'

describe('caseworker work items', () => {
  let testApp: TestApp
  beforeEach(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  afterEach(() => testApp.close())

  const newClient = (lastName: string) =>
    insertClient(testApp.database.db, testApp.deps.pinSecret, { firstName: 'Sam', lastName })

  /** A self-service message as the messages pages record it: due two working days after the UK day it came. */
  const message = (clientId: number, subject: string, at: string) =>
    recordActivity(testApp.deps, clientId, {
      subject,
      at,
      dueOn: addWorkingDays(ukCalendarDate(new Date(at)), MESSAGE_RESPONSE_WORKING_DAYS),
    })

  async function workItems(query = '') {
    const { agent } = await signedInCaseworker(testApp.app)
    const $ = parseHtml((await agent.get(`/caseworker/work-items${query}`)).text)
    return {
      $,
      rows: $('main table tbody tr')
        .map((_index, row) => $(row).text().replace(/\s+/g, ' ').trim())
        .get(),
    }
  }

  it('lists open activities across clients oldest first, overdue messages tagged, done ones left out', async () => {
    const older = await newClient('Older')
    const newer = await newClient('Newer')
    await message(newer.id, 'General query', '2026-11-23T08:00:00Z')
    await message(older.id, 'Missing payments', '2026-11-18T09:00:00Z')
    await recordActivity(testApp.deps, older.id, { subject: 'Answered already', status: 'done', dueOn: null })
    const { $, rows } = await workItems()
    const mine = rows.filter(row => row.includes('Sam Older') || row.includes('Sam Newer'))
    expect(mine).to.have.length(2)
    expect(mine[0]).to.contain('Missing payments').and.contain('20/11/2026').and.contain('Overdue')
    expect(mine[1]).to.contain('General query').and.contain('25/11/2026').and.not.contain('Overdue')
    expect(rows.join()).not.to.contain('Answered already')
    expect($('.govuk-warning-text').text()).to.contain('overdue')
  })

  it('filters by type', async () => {
    const client = await newClient('Filter')
    await message(client.id, 'General query', TEST_START_TIME)
    await recordActivity(testApp.deps, client.id, {
      activityType: 'upload_error',
      subject: 'Self Service upload error',
      status: 'in_progress',
      errorStatus: 'in_error',
      dueOn: null,
    })
    const { rows } = await workItems('?type=upload_error')
    expect(rows).to.have.length(1)
    expect(rows[0]).to.contain('Self Service upload error').and.contain('In Error')
  })

  it('counts two working days across a weekend: a message on Friday is due on Tuesday', async () => {
    const client = await newClient('Weekend')
    await message(client.id, 'Missing payments', '2026-11-20T15:00:00Z')
    testApp.clock.set('2026-11-24T16:00:00Z')
    expect((await workItems()).rows[0])
      .to.contain('24/11/2026')
      .and.not.contain('Overdue')
    testApp.clock.set('2026-11-25T00:05:00Z')
    expect((await workItems()).rows[0]).to.contain('Overdue')
  })

  it('counts two working days across bank holidays: a message on Christmas Eve 2026 is due on 30 December', async () => {
    const client = await newClient('Christmas')
    // Christmas Day (Friday) and the Boxing Day substitute (Monday 28th) are bank holidays.
    await message(client.id, 'General query', '2026-12-24T11:00:00Z')
    testApp.clock.set('2026-12-30T12:00:00Z')
    expect((await workItems()).rows[0])
      .to.contain('30/12/2026')
      .and.not.contain('Overdue')
    testApp.clock.set('2026-12-31T09:00:00Z')
    expect((await workItems()).rows[0]).to.contain('Overdue')
  })
})
