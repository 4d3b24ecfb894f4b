import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as applicationStatus from '../controllers/client/application-status.controller.ts'
import * as home from '../controllers/client/home.controller.ts'
import * as keepAlive from '../controllers/client/keep-alive.controller.ts'
import * as bankAccount from '../controllers/client/bank-account.controller.ts'
import * as myCases from '../controllers/client/my-cases.controller.ts'
import * as myPayments from '../controllers/client/my-payments.controller.ts'
import * as statement from '../controllers/client/statement.controller.ts'
import * as statements from '../controllers/client/statements.controller.ts'
import * as paymentPlan from '../controllers/client/payment-plan.controller.ts'
import * as makeAPayment from '../controllers/client/make-a-payment.controller.ts'
import * as paymentReturn from '../controllers/client/payment-return.controller.ts'
import { requireSignedInClient } from '../middleware/client-access.ts'
import { clientNavigation } from '../middleware/client-navigation.ts'
import { exposeHomeNotices } from '../middleware/home-notices.ts'
import { clientPaths } from './paths.ts'

/** The signed-in client site: every route here is behind the full sign-in (password and PIN). */
export function clientAccountRoutes(deps: AppDependencies): Router {
  const router = Router()
  const signedIn = [requireSignedInClient(deps.clients), clientNavigation]
  router.get(clientPaths.home, ...signedIn, exposeHomeNotices(deps.homeNotices), home.get(deps.homeSummaries))
  router.get(clientPaths.makeAPayment, ...signedIn, makeAPayment.get(deps.clientCases))
  router.post(clientPaths.makeAPayment, ...signedIn, makeAPayment.post(deps.clientCases, deps.cardPayments))
  router.get(clientPaths.makeAPaymentReturn, ...signedIn, paymentReturn.get(deps.cardPayments))
  router.get(clientPaths.myPayments, ...signedIn, myPayments.get(deps.clientCases))
  router.get(clientPaths.paymentPlan, ...signedIn, paymentPlan.get(deps.paymentPlans))
  router.get(clientPaths.printPaymentPlan, ...signedIn, paymentPlan.getPrint(deps.paymentPlans))
  router.get(clientPaths.statement, ...signedIn, statement.getCurrent(deps.statements))
  router.get(clientPaths.statements, ...signedIn, statements.get(deps.statements))
  router.get(clientPaths.statementCopy, ...signedIn, statement.getCopy(deps.statements, deps.i18n))
  router.get(clientPaths.statementPdf, ...signedIn, statement.getPdf(deps.statements, deps.i18n))
  for (const journey of [bankAccount.directDebitJourney, bankAccount.directPaymentJourney]) {
    router.get(clientPaths[journey.form], ...signedIn, bankAccount.get(deps.bankAccountChanges, journey))
    router.post(clientPaths[journey.form], ...signedIn, bankAccount.post(deps.bankAccountChanges, journey))
    router.get(clientPaths[journey.check], ...signedIn, bankAccount.getCheck(journey))
    router.post(clientPaths[journey.check], ...signedIn, bankAccount.postCheck(deps.bankAccountChanges, journey))
    router.get(clientPaths[journey.done], ...signedIn, bankAccount.getDone(journey))
  }
  router.get(clientPaths.myCases, ...signedIn, myCases.get(deps.myCases))
  router.get(clientPaths.annualReviews, ...signedIn, myCases.getAnnualReviews(deps.myCases))
  router.get(clientPaths.caseCalculation, ...signedIn, myCases.getCalculation(deps.myCases, 'calculation'))
  router.get(clientPaths.calculationHistory, ...signedIn, myCases.getCalculation(deps.myCases, 'calculation-history'))
  router.get(clientPaths.keepAlive, ...signedIn, keepAlive.get())
  router.get(clientPaths.applicationStatus, ...signedIn, applicationStatus.get(deps.applications))
  return router
}
