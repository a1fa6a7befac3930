import type { OpenAPIV3_1 } from 'openapi-types'

export type Schema = OpenAPIV3_1.SchemaObject | OpenAPIV3_1.ReferenceObject

/**
 * The keys of T that every JSON answer has: JSON.stringify drops a property whose value is
 * undefined, so a key whose type admits undefined (optional or not) may be missing.
 */
export type AlwaysPresentKeys<T> = {
  [K in keyof T]-?: undefined extends T[K] ? never : K
}[keyof T] &
  string

/** The keys a `required` list leaves out although the type always has them. */
type Unlisted<T, R extends readonly string[]> = Exclude<AlwaysPresentKeys<T>, R[number]>

/**
 * A closed object schema checked against the presenter's TypeScript type: `properties` must name
 * every key of T and nothing else, and `required` exactly the keys every answer has, so a field
 * added to (or made optional in) a presenter fails `npm run typecheck` until the contract says so.
 */
export function closedObject<T>() {
  return <const R extends readonly AlwaysPresentKeys<T>[]>(definition: {
    description?: string
    properties: { [K in keyof T & string]-?: Schema }
    required: R & ([Unlisted<T, R>] extends [never] ? unknown : { missingRequired: Unlisted<T, R> })
  }): OpenAPIV3_1.NonArraySchemaObject => ({
    type: 'object',
    ...(definition.description ? { description: definition.description } : {}),
    additionalProperties: false,
    properties: definition.properties,
    required: [...definition.required],
  })
}

/** A reference to a schema of components.schemas. */
export function schemaRef(name: string): OpenAPIV3_1.ReferenceObject {
  return { $ref: `#/components/schemas/${name}` }
}

export function arrayOf(items: Schema, description?: string): OpenAPIV3_1.ArraySchemaObject {
  return { type: 'array', items, ...(description ? { description } : {}) }
}

/** A value or null (OpenAPI 3.1 has no `nullable`: a union with the null type). */
export function orNull(schema: Schema): OpenAPIV3_1.NonArraySchemaObject {
  return { oneOf: [schema, { type: 'null' }] }
}

export const text = (description?: string): OpenAPIV3_1.NonArraySchemaObject => ({
  type: 'string',
  ...(description ? { description } : {}),
})

/** A URL this server or the website builds (always absolute). */
export const url = (description?: string): OpenAPIV3_1.NonArraySchemaObject => ({
  type: 'string',
  format: 'uri',
  ...(description ? { description } : {}),
})

export const dateTime = (description?: string): OpenAPIV3_1.NonArraySchemaObject => ({
  type: 'string',
  format: 'date-time',
  ...(description ? { description } : {}),
})

export const integer = (description?: string): OpenAPIV3_1.NonArraySchemaObject => ({
  type: 'integer',
  ...(description ? { description } : {}),
})

/** A database id: a number on SQLite and Postgres, a string on MongoDB. */
export const docId: OpenAPIV3_1.SchemaObject = {
  type: ['integer', 'string'],
  description: 'Database id (a number on SQL databases, a string on MongoDB).',
}

export function oneOfValues(
  values: readonly string[],
  description?: string,
): OpenAPIV3_1.NonArraySchemaObject {
  return { type: 'string', enum: [...values], ...(description ? { description } : {}) }
}
