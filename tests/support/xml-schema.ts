/**
 * XML Schema validation with libxml2's xmllint (compiled to WebAssembly: xmllint-wasm), so the
 * tests need no system package. Returns xmllint's error lines; empty when the document is valid.
 */
import fs from 'node:fs'
import path from 'node:path'
import { validateXML } from 'xmllint-wasm'

const schemas = path.resolve('tests/fixtures/schemas')

export async function xmlSchemaErrors(xml: string, schemaFile: string, imports: string[] = []) {
  const read = (name: string) => ({
    fileName: name,
    contents: fs.readFileSync(path.join(schemas, name), 'utf8'),
  })
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [read(schemaFile)],
    preload: imports.map(read),
  })
  return result.errors.map((error) => error.rawMessage)
}

/** The sitemaps.org 0.9 schema with the xhtml:link element of hreflang annotations. */
export const sitemapErrors = (xml: string) =>
  xmlSchemaErrors(xml, 'sitemap-with-hreflang.xsd', ['sitemap-0.9.xsd', 'xhtml-link.xsd'])

/** The sitemaps.org 0.9 schema for sitemap index files. */
export const sitemapIndexErrors = (xml: string) => xmlSchemaErrors(xml, 'siteindex-0.9.xsd')
