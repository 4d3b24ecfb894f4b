import { expect } from 'chai'
import { checkApplicationMove } from '../../../controllers/caseworker/application.validation.ts'
import { progressOf, reachedOnAfterMove } from '../../../services/applications/application-stages.ts'

const reached = {
  received: '2026-11-02',
  information_gathering: '2026-11-09',
  calculation: null,
  case_set_up: null,
}

describe('application stages', () => {
  it('shows earlier stages completed, the current one in progress and later ones not started, with their days', () => {
    expect(progressOf({ stage: 'information_gathering', reachedOn: reached })).to.deep.equal([
      { stage: 'received', progress: 'completed', startedOn: '2026-11-02', finishedOn: '2026-11-09' },
      { stage: 'information_gathering', progress: 'current', startedOn: '2026-11-09', finishedOn: null },
      { stage: 'calculation', progress: 'not_started', startedOn: null, finishedOn: null },
      { stage: 'case_set_up', progress: 'not_started', startedOn: null, finishedOn: null },
    ])
  })

  it('counts the case as set up, not in progress, once it reaches the last stage', () => {
    const setUp = { ...reached, calculation: '2026-11-20', case_set_up: '2026-12-01' }
    expect(progressOf({ stage: 'case_set_up', reachedOn: setUp }).map(standing => standing.progress)).to.deep.equal([
      'completed',
      'completed',
      'completed',
      'completed',
    ])
  })

  it('dates a move, keeps earlier days, dates stages skipped over and clears later ones when moving back', () => {
    expect(reachedOnAfterMove(reached, 'case_set_up', '2026-12-03')).to.deep.equal({
      received: '2026-11-02',
      information_gathering: '2026-11-09',
      calculation: '2026-12-03',
      case_set_up: '2026-12-03',
    })
    const later = { ...reached, calculation: '2026-11-20', case_set_up: null }
    expect(reachedOnAfterMove(later, 'information_gathering', '2026-12-03')).to.deep.equal({
      received: '2026-11-02',
      information_gathering: '2026-12-03',
      calculation: null,
      case_set_up: null,
    })
  })
})

describe('the caseworker’s application form', () => {
  it('asks for a stage', () => {
    expect(checkApplicationMove({}).errors).to.deep.equal([
      { field: 'stage', key: 'Select the stage the application has reached' },
    ])
  })

  it('takes what is awaited only while gathering information, and refuses items not on the list', () => {
    expect(
      checkApplicationMove({ stage: 'information_gathering', awaitedFromClient: ['proof_of_income'] }).move,
    ).to.deep.equal({
      stage: 'information_gathering',
      awaitedFromClient: ['proof_of_income'],
      awaitedFromOtherParent: [],
      firstPaymentOn: null,
    })
    expect(checkApplicationMove({ stage: 'calculation', awaitedFromClient: 'proof_of_income' }).move).to.deep.include({
      awaitedFromClient: [],
    })
    expect(
      checkApplicationMove({ stage: 'information_gathering', awaitedFromOtherParent: 'their bank' }).errors,
    ).to.deep.equal([{ field: 'awaitedFromOtherParent', key: 'Select only items from the list' }])
  })

  it('needs a real first payment date once the case is set up', () => {
    expect(checkApplicationMove({ stage: 'case_set_up' }).errors?.[0]).to.deep.include({
      field: 'firstPaymentOn',
      key: 'Enter the first payment date',
    })
    const invalid = {
      stage: 'case_set_up',
      'firstPaymentOn-day': '31',
      'firstPaymentOn-month': '2',
      'firstPaymentOn-year': '2027',
    }
    expect(checkApplicationMove(invalid).errors?.[0]).to.deep.include({ key: 'First payment date must be a real date' })
    const valid = {
      stage: 'case_set_up',
      'firstPaymentOn-day': '5',
      'firstPaymentOn-month': '1',
      'firstPaymentOn-year': '2027',
    }
    expect(checkApplicationMove(valid).move?.firstPaymentOn).to.equal('2027-01-05')
  })
})
