/**
 * The stages a child maintenance application goes through before the case is set up, in order,
 * and what the service may still be waiting for while it gathers information.
 */
export const applicationStages = ['received', 'information_gathering', 'calculation', 'case_set_up'] as const
export type ApplicationStage = (typeof applicationStages)[number]

export const awaitedFromClient = ['proof_of_income', 'child_benefit_details', 'overnight_care_details'] as const
export const awaitedFromOtherParent = ['other_parent_income', 'other_parent_contact_details'] as const
export type AwaitedFromClient = (typeof awaitedFromClient)[number]
export type AwaitedFromOtherParent = (typeof awaitedFromOtherParent)[number]

export interface Application {
  id: number
  clientId: number
  stage: ApplicationStage
  /** The UK calendar day each stage was reached; null for stages not reached yet. */
  reachedOn: Record<ApplicationStage, string | null>
  firstPaymentOn: string | null
  awaitedFromClient: AwaitedFromClient[]
  awaitedFromOtherParent: AwaitedFromOtherParent[]
  updatedAt: string
  updatedBy: string
}

export function isApplicationStage(value: unknown): value is ApplicationStage {
  return typeof value === 'string' && (applicationStages as readonly string[]).includes(value)
}

export type StageProgress = 'completed' | 'current' | 'not_started'

export interface StageStanding {
  stage: ApplicationStage
  progress: StageProgress
  /** The day the stage began, and the day it ended (when the next began). */
  startedOn: string | null
  finishedOn: string | null
}

/**
 * How each stage stands: done, where the application is now, or still to come. The last stage is
 * done as soon as it is reached: the case is set up.
 */
export function progressOf(application: Pick<Application, 'stage' | 'reachedOn'>): StageStanding[] {
  const current = applicationStages.indexOf(application.stage)
  const last = applicationStages.length - 1
  return applicationStages.map((stage, index) => {
    const next = applicationStages[index + 1]
    const done = index < current || (index === current && index === last)
    return {
      stage,
      progress: done ? 'completed' : index === current ? 'current' : 'not_started',
      startedOn: index <= current ? application.reachedOn[stage] : null,
      finishedOn:
        index < current && next
          ? application.reachedOn[next]
          : index === last && done
            ? application.reachedOn[stage]
            : null,
    }
  })
}

/**
 * The day each stage was reached after a move to `stage` on `day`: earlier stages keep their days
 * (a stage skipped over is dated with the move), later ones are cleared, so moving back is possible
 * when a step has to be done again.
 */
export function reachedOnAfterMove(
  previous: Record<ApplicationStage, string | null>,
  stage: ApplicationStage,
  day: string,
): Record<ApplicationStage, string | null> {
  const target = applicationStages.indexOf(stage)
  const reached = {} as Record<ApplicationStage, string | null>
  applicationStages.forEach((each, index) => {
    if (index < target) reached[each] = previous[each] ?? day
    else if (index === target) reached[each] = index === 0 ? (previous[each] ?? day) : day
    else reached[each] = null
  })
  return reached
}
