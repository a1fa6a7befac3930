/** Writes the consumer types of the delivery API (types/delivery-api.d.ts) from its OpenAPI document. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { CONSUMER_TYPES_FILE, generateConsumerTypes } from '../delivery/openapi/consumer-types.js'

const out = process.argv[2] ?? CONSUMER_TYPES_FILE
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, await generateConsumerTypes())
console.log(`wrote ${out}`)
