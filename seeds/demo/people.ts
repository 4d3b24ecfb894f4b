/*
 * The demo people. The first six clients and the staff are the stable demo records listed in the
 * README: acceptance checks and newcomers rely on them, so change them only together with it.
 * Everyone here is made up.
 */

export interface DemoAddress {
  line1: string
  line2?: string
  town: string
  county?: string
  postcode: string
  country: string
}

export interface DemoIdentityAccount {
  userId: string
  password: string
  email: string
  enrolledAt: string
  firstSignInAt: string
  lastSignInAt: string
}

export interface DemoClient {
  key: string
  customerReferenceNumber: string
  nationalInsuranceNumber: string
  dateOfBirth: string
  title: string
  firstName: string
  lastName: string
  gender: 'female' | 'male'
  email?: string
  phoneHome?: string
  phoneMobile?: string
  address: DemoAddress
  contactPreference: 'self_service' | 'post' | 'email' | 'telephone'
  region: 'gb' | 'ni'
  pin: string
  preferredLanguage?: 'en' | 'cy'
  identityAccount?: DemoIdentityAccount
}

export const demoClients: DemoClient[] = [
  {
    key: 'george',
    customerReferenceNumber: '121003957455',
    nationalInsuranceNumber: 'AB123456C',
    dateOfBirth: '1982-01-01',
    title: 'Mr',
    firstName: 'George',
    lastName: 'Mills',
    gender: 'male',
    email: 'george.mills@example.com',
    phoneMobile: '07700 900123',
    address: {
      line1: '14 Elm Road',
      town: 'Leeds',
      county: 'West Yorkshire',
      postcode: 'LS6 2AB',
      country: 'United Kingdom',
    },
    contactPreference: 'post',
    region: 'gb',
    pin: '2468135',
  },
  {
    key: 'cindy',
    customerReferenceNumber: '121003957463',
    nationalInsuranceNumber: 'CE654321A',
    dateOfBirth: '1985-03-14',
    title: 'Ms',
    firstName: 'Cindy',
    lastName: 'Clarke',
    gender: 'female',
    email: 'cindy.clarke@example.com',
    phoneHome: '0113 496 0871',
    address: {
      line1: '3 Beech Grove',
      town: 'Wakefield',
      county: 'West Yorkshire',
      postcode: 'WF1 3QT',
      country: 'United Kingdom',
    },
    contactPreference: 'self_service',
    region: 'gb',
    pin: '7531246',
  },
  {
    key: 'lucy',
    customerReferenceNumber: '121003957471',
    nationalInsuranceNumber: 'JE445566B',
    dateOfBirth: '1990-07-22',
    title: 'Miss',
    firstName: 'Lucy',
    lastName: 'Ford',
    gender: 'female',
    email: 'lucy.ford@example.com',
    phoneMobile: '07700 900456',
    address: {
      line1: 'Flat 2',
      line2: '27 Castle Street',
      town: 'Cardiff',
      postcode: 'CF10 1BT',
      country: 'United Kingdom',
    },
    contactPreference: 'email',
    region: 'gb',
    pin: '1357924',
  },
  {
    key: 'aoife',
    customerReferenceNumber: '121004000018',
    nationalInsuranceNumber: 'JC112233D',
    dateOfBirth: '1978-12-02',
    title: 'Mrs',
    firstName: 'Aoife',
    lastName: 'Kelly',
    gender: 'female',
    email: 'aoife.kelly@example.com',
    phoneHome: '028 9649 6000',
    address: {
      line1: '1 Wyncroft Gardens',
      town: 'Lisburn',
      county: 'County Antrim',
      postcode: 'BT28 2BL',
      country: 'Northern Ireland',
    },
    contactPreference: 'post',
    region: 'ni',
    pin: '3141592',
  },
  {
    key: 'dev',
    customerReferenceNumber: '121004000026',
    nationalInsuranceNumber: 'NA987654C',
    dateOfBirth: '1988-09-30',
    title: 'Mr',
    firstName: 'Dev',
    lastName: 'Patel',
    gender: 'male',
    email: 'dev.patel@example.com',
    phoneMobile: '07700 900789',
    address: { line1: '88 Victoria Road', town: 'Birmingham', postcode: 'B12 9QA', country: 'United Kingdom' },
    contactPreference: 'post',
    region: 'gb',
    pin: '8642097',
  },
  {
    key: 'ewan',
    customerReferenceNumber: '121004000034',
    nationalInsuranceNumber: 'KL246810A',
    dateOfBirth: '1975-05-05',
    title: 'Mr',
    firstName: 'Ewan',
    lastName: 'Jones',
    gender: 'male',
    email: 'ewan.jones@example.com',
    phoneMobile: '07700 900321',
    address: { line1: '9 Heol y Bont', town: 'Swansea', postcode: 'SA1 3ED', country: 'United Kingdom' },
    contactPreference: 'self_service',
    region: 'gb',
    pin: '9753108',
    preferredLanguage: 'en',
    identityAccount: {
      userId: '206121450971',
      password: 'Demo1234',
      email: 'ewan.jones@example.com',
      enrolledAt: '2015-03-02T10:15:00.000Z',
      firstSignInAt: '2012-12-31T00:00:00.000Z',
      lastSignInAt: '2026-10-30T18:42:00.000Z',
    },
  },
  // The other parents on the stable clients' cases: not stable records.
  {
    key: 'sarah',
    customerReferenceNumber: '121004000042',
    nationalInsuranceNumber: 'SP135790B',
    dateOfBirth: '1979-02-11',
    title: 'Mrs',
    firstName: 'Sarah',
    lastName: 'Jones',
    gender: 'female',
    address: { line1: '41 Walter Road', town: 'Swansea', postcode: 'SA1 5PQ', country: 'United Kingdom' },
    contactPreference: 'post',
    region: 'gb',
    pin: '5318642',
    // Not a stable record: enrolled so that newcomers can sign in as a receiving parent at once.
    identityAccount: {
      userId: '301245789023',
      password: 'Demo1234',
      email: 'sarah.jones@example.com',
      enrolledAt: '2024-04-15T08:30:00.000Z',
      firstSignInAt: '2024-04-15T08:35:00.000Z',
      lastSignInAt: '2026-11-02T19:05:00.000Z',
    },
  },
  {
    key: 'ciaran',
    customerReferenceNumber: '121004000059',
    nationalInsuranceNumber: 'JH998877A',
    dateOfBirth: '1976-06-19',
    title: 'Mr',
    firstName: 'Ciaran',
    lastName: 'Doherty',
    gender: 'male',
    address: {
      line1: '12 Strand Road',
      town: 'Londonderry',
      county: 'County Londonderry',
      postcode: 'BT48 7AB',
      country: 'Northern Ireland',
    },
    contactPreference: 'post',
    region: 'ni',
    pin: '6021478',
  },
  {
    key: 'hannah',
    customerReferenceNumber: '121004000067',
    nationalInsuranceNumber: 'PW102938C',
    dateOfBirth: '1991-11-03',
    title: 'Ms',
    firstName: 'Hannah',
    lastName: 'Wright',
    gender: 'female',
    address: { line1: '5 Canal Side', town: 'Solihull', postcode: 'B91 3AA', country: 'United Kingdom' },
    contactPreference: 'post',
    region: 'gb',
    pin: '4417290',
  },
  {
    key: 'marcus',
    customerReferenceNumber: '121004000075',
    nationalInsuranceNumber: 'RT564738D',
    dateOfBirth: '1987-04-27',
    title: 'Mr',
    firstName: 'Marcus',
    lastName: 'Reid',
    gender: 'male',
    address: { line1: '230 Bristol Road', town: 'Birmingham', postcode: 'B29 6BD', country: 'United Kingdom' },
    contactPreference: 'post',
    region: 'gb',
    pin: '7790134',
  },
  {
    key: 'nia',
    customerReferenceNumber: '121004000083',
    nationalInsuranceNumber: 'SM246802B',
    dateOfBirth: '1993-08-14',
    title: 'Ms',
    firstName: 'Nia',
    lastName: 'Roberts',
    gender: 'female',
    email: 'nia.roberts@example.com',
    phoneMobile: '07700 900456',
    address: { line1: '7 Heol y Bont', town: 'Aberystwyth', postcode: 'SY23 1PZ', country: 'United Kingdom' },
    contactPreference: 'self_service',
    region: 'gb',
    pin: '2750461',
    preferredLanguage: 'cy',
    // Not a stable record: an applicant whose case is still being set up (the application status page).
    identityAccount: {
      userId: '408531762945',
      password: 'Demo1234',
      email: 'nia.roberts@example.com',
      enrolledAt: '2026-11-10T09:00:00.000Z',
      firstSignInAt: '2026-11-10T09:05:00.000Z',
      lastSignInAt: '2026-11-20T18:40:00.000Z',
    },
  },
  {
    // Not a stable record: a special client record (see demoSpecialClientRecords), paying Megan.
    key: 'owen',
    customerReferenceNumber: '121004000091',
    nationalInsuranceNumber: 'PB135790D',
    dateOfBirth: '1984-02-19',
    title: 'Mr',
    firstName: 'Owen',
    lastName: 'Pritchard',
    gender: 'male',
    address: { line1: '2 Quay Street', town: 'Cardiff', postcode: 'CF10 1EA', country: 'United Kingdom' },
    contactPreference: 'post',
    region: 'gb',
    pin: '3692581',
  },
  {
    // Not a stable record: the other parent of a special client record, enrolled to see their side.
    key: 'megan',
    customerReferenceNumber: '121004000109',
    nationalInsuranceNumber: 'RT864209C',
    dateOfBirth: '1987-10-03',
    title: 'Ms',
    firstName: 'Megan',
    lastName: 'Lloyd',
    gender: 'female',
    email: 'megan.lloyd@example.com',
    address: { line1: '41 Station Road', town: 'Swansea', postcode: 'SA1 1NU', country: 'United Kingdom' },
    contactPreference: 'self_service',
    region: 'gb',
    pin: '8024613',
    identityAccount: {
      userId: '509642873016',
      password: 'Demo1234',
      email: 'megan.lloyd@example.com',
      enrolledAt: '2026-10-01T09:00:00.000Z',
      firstSignInAt: '2026-10-01T09:05:00.000Z',
      lastSignInAt: '2026-11-21T19:15:00.000Z',
    },
  },
]

/**
 * Special client records: clients the other party must not see named. Owen Pritchard is one, so
 * Megan Lloyd, his case's receiving parent, sees "the other parent", and only Rhian Evans (with the
 * Special Client Records profile) opens his record on the intranet.
 */
export const demoSpecialClientRecords = [
  {
    client: 'owen',
    reason: 'Demo: the receiving parent has told us she is at risk if his details reach her',
    markedBy: '40000003',
    markedAt: '2026-11-02T11:30:00.000Z',
  },
]

export interface DemoStaffMember {
  staffId: string
  name: string
  email: string
  phone: string
  receiptsToolRoles: Array<'system_administrator' | 'case_worker'>
  intranetRoles: Array<'case_worker' | 'team_leader' | 'special_client_records'>
}

export const DEMO_STAFF_PASSWORD = 'Demo-staff-1'

export const demoStaff: DemoStaffMember[] = [
  {
    staffId: '35220900',
    name: 'Paul Cox',
    email: 'PAUL.COX1@CHILDMAINTENANCE.GSI.GOV.UK',
    phone: '09198765',
    receiptsToolRoles: ['system_administrator', 'case_worker'],
    intranetRoles: ['case_worker'],
  },
  {
    staffId: '57261910',
    name: 'Andrew Shepherd',
    email: 'ANDREW.SHEPHERD@CHILDMAINTENANCE.GSI.GOV.UK',
    phone: '1234',
    receiptsToolRoles: ['system_administrator', 'case_worker'],
    intranetRoles: ['case_worker'],
  },
  {
    staffId: '76834403',
    name: 'Chris Bowler',
    email: 'CHRIS.BOWLER@CHILDMAINTENANCE.GSI.GOV.UK',
    phone: '5678',
    receiptsToolRoles: ['system_administrator'],
    intranetRoles: [],
  },
  {
    staffId: '40000003',
    name: 'Rhian Evans',
    email: 'RHIAN.EVANS@CHILDMAINTENANCE.GSI.GOV.UK',
    phone: '4321',
    receiptsToolRoles: [],
    // The Special Client Records Team: the only demo caseworker who opens special client records.
    intranetRoles: ['case_worker', 'special_client_records'],
  },
]

/** The organisation's staff directory, from which new tool users are created. */
export const demoStaffDirectory = [
  ...demoStaff.map(({ staffId, name, email }) => ({ staffId, name, email })),
  { staffId: '40000001', name: 'Sam Taylor', email: 'SAM.TAYLOR@CHILDMAINTENANCE.GSI.GOV.UK' },
  { staffId: '40000002', name: 'Priya Shah', email: 'PRIYA.SHAH@CHILDMAINTENANCE.GSI.GOV.UK' },
]
