/*
 * Writes the address lookup's embedded data set: a few hundred made-up addresses in Great Britain
 * and Northern Ireland, grouped by postcode as a real lookup returns them. Deterministic (a seeded
 * generator), so running it again gives the same file:
 *
 *   node --import tsx scripts/generate-address-data.ts
 *
 * The streets are invented; the postcodes are in real formats and areas but the addresses at them
 * are not real, and no one lives at them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../config.ts'
import type { LookupAddress } from '../services/address-lookup/address-lookup.ts'

interface Street {
  postcode: string
  street: string
  town: string
  county: string | null
  country: 'United Kingdom' | 'Northern Ireland'
  flats?: boolean
}

const streets: Street[] = [
  { postcode: 'LS6 2AB', street: 'Elm Road', town: 'Leeds', county: 'West Yorkshire', country: 'United Kingdom' },
  {
    postcode: 'LS6 2AD',
    street: 'Hawthorn Terrace',
    town: 'Leeds',
    county: 'West Yorkshire',
    country: 'United Kingdom',
  },
  {
    postcode: 'WF1 3QT',
    street: 'Beech Grove',
    town: 'Wakefield',
    county: 'West Yorkshire',
    country: 'United Kingdom',
  },
  {
    postcode: 'CF10 1BT',
    street: 'Castle Street',
    town: 'Cardiff',
    county: null,
    country: 'United Kingdom',
    flats: true,
  },
  { postcode: 'CF24 4RD', street: 'Heol Pen-y-lan', town: 'Cardiff', county: null, country: 'United Kingdom' },
  {
    postcode: 'B12 9QA',
    street: 'Victoria Road',
    town: 'Birmingham',
    county: 'West Midlands',
    country: 'United Kingdom',
  },
  {
    postcode: 'B29 6BD',
    street: 'Bristol Road',
    town: 'Birmingham',
    county: 'West Midlands',
    country: 'United Kingdom',
    flats: true,
  },
  { postcode: 'B91 3AA', street: 'Canal Side', town: 'Solihull', county: 'West Midlands', country: 'United Kingdom' },
  { postcode: 'SA1 3ED', street: 'Heol y Bont', town: 'Swansea', county: null, country: 'United Kingdom' },
  { postcode: 'SA1 5PQ', street: 'Walter Road', town: 'Swansea', county: null, country: 'United Kingdom', flats: true },
  { postcode: 'LL57 2DG', street: 'Ffordd y Coleg', town: 'Bangor', county: 'Gwynedd', country: 'United Kingdom' },
  {
    postcode: 'DH4 6QA',
    street: 'North View',
    town: 'Houghton le Spring',
    county: 'Tyne and Wear',
    country: 'United Kingdom',
  },
  {
    postcode: 'NE1 4XF',
    street: 'Quayside Court',
    town: 'Newcastle upon Tyne',
    county: 'Tyne and Wear',
    country: 'United Kingdom',
    flats: true,
  },
  {
    postcode: 'M14 5RT',
    street: 'Ladybarn Lane',
    town: 'Manchester',
    county: 'Greater Manchester',
    country: 'United Kingdom',
  },
  {
    postcode: 'L15 3HN',
    street: 'Smithdown Place',
    town: 'Liverpool',
    county: 'Merseyside',
    country: 'United Kingdom',
  },
  {
    postcode: 'S10 2GW',
    street: 'Crookes Valley Road',
    town: 'Sheffield',
    county: 'South Yorkshire',
    country: 'United Kingdom',
  },
  {
    postcode: 'NG7 1FB',
    street: 'Lenton Boulevard',
    town: 'Nottingham',
    county: 'Nottinghamshire',
    country: 'United Kingdom',
  },
  { postcode: 'BS3 4QN', street: 'Greville Road', town: 'Bristol', county: null, country: 'United Kingdom' },
  {
    postcode: 'PL4 8AA',
    street: 'Mutley Plain',
    town: 'Plymouth',
    county: 'Devon',
    country: 'United Kingdom',
    flats: true,
  },
  { postcode: 'NR2 3DL', street: 'Unthank Road', town: 'Norwich', county: 'Norfolk', country: 'United Kingdom' },
  {
    postcode: 'SW9 8JX',
    street: 'Stockwell Park Crescent',
    town: 'London',
    county: null,
    country: 'United Kingdom',
    flats: true,
  },
  { postcode: 'E17 4PP', street: 'Hoe Street', town: 'London', county: null, country: 'United Kingdom' },
  { postcode: 'N16 7UJ', street: 'Albion Road', town: 'London', county: null, country: 'United Kingdom', flats: true },
  {
    postcode: 'EH6 6QW',
    street: 'Leith Walk',
    town: 'Edinburgh',
    county: null,
    country: 'United Kingdom',
    flats: true,
  },
  { postcode: 'G12 8QQ', street: 'Great George Street', town: 'Glasgow', county: null, country: 'United Kingdom' },
  { postcode: 'AB10 6RN', street: 'Holburn Street', town: 'Aberdeen', county: null, country: 'United Kingdom' },
  { postcode: 'IV2 3HL', street: 'Culduthel Road', town: 'Inverness', county: null, country: 'United Kingdom' },
  { postcode: 'TR1 2PB', street: 'Lemon Street', town: 'Truro', county: 'Cornwall', country: 'United Kingdom' },
  { postcode: 'CB1 2LA', street: 'Mill Road', town: 'Cambridge', county: 'Cambridgeshire', country: 'United Kingdom' },
  {
    postcode: 'BT28 2BL',
    street: 'Wyncroft Gardens',
    town: 'Lisburn',
    county: 'County Antrim',
    country: 'Northern Ireland',
  },
  {
    postcode: 'BT28 2BN',
    street: 'Wyncroft Park',
    town: 'Lisburn',
    county: 'County Antrim',
    country: 'Northern Ireland',
  },
  {
    postcode: 'BT48 7AB',
    street: 'Strand Road',
    town: 'Londonderry',
    county: 'County Londonderry',
    country: 'Northern Ireland',
    flats: true,
  },
  {
    postcode: 'BT7 1NN',
    street: 'Ormeau Road',
    town: 'Belfast',
    county: 'County Antrim',
    country: 'Northern Ireland',
    flats: true,
  },
  {
    postcode: 'BT9 5AB',
    street: 'Malone Avenue',
    town: 'Belfast',
    county: 'County Antrim',
    country: 'Northern Ireland',
  },
  {
    postcode: 'BT60 1AT',
    street: 'Abbey Street',
    town: 'Armagh',
    county: 'County Armagh',
    country: 'Northern Ireland',
  },
  {
    postcode: 'BT74 6BW',
    street: 'Darling Street',
    town: 'Enniskillen',
    county: 'County Fermanagh',
    country: 'Northern Ireland',
  },
  { postcode: 'BT34 2QU', street: 'Hill Street', town: 'Newry', county: 'County Down', country: 'Northern Ireland' },
  {
    postcode: 'BT79 0AP',
    street: 'Market Street',
    town: 'Omagh',
    county: 'County Tyrone',
    country: 'Northern Ireland',
  },
]

/** A small seeded generator (mulberry32), so the data set is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

function generate(): LookupAddress[] {
  const random = seeded(20261203)
  const addresses: LookupAddress[] = []
  for (const street of streets) {
    const count = 6 + Math.floor(random() * 5)
    let number = 1 + Math.floor(random() * 3)
    for (let index = 0; index < count; index++) {
      const base = { town: street.town, county: street.county, postcode: street.postcode, country: street.country }
      if (street.flats && index % 2 === 1) {
        addresses.push({ id: '', line1: `Flat ${index}`, line2: `${number} ${street.street}`, ...base })
      } else {
        addresses.push({ id: '', line1: `${number} ${street.street}`, line2: null, ...base })
        number += 1 + Math.floor(random() * 2)
      }
    }
  }
  return addresses.map((address, index) => ({ ...address, id: `A${String(index + 1).padStart(5, '0')}` }))
}

const target = path.join(projectRoot, 'services', 'address-lookup', 'embedded-addresses.json')
fs.writeFileSync(target, `${JSON.stringify(generate(), null, 2)}\n`)
console.log(`Wrote ${target}`)
