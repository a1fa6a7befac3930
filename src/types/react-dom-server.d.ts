// @types/react-dom is not installed (react-dom ships without types) and the dependencies are fixed,
// so the one server-rendering function we call is declared here, as react-dom 19 defines it.
declare module 'react-dom/server' {
  import type { ReactNode } from 'react'

  export interface ServerOptions {
    identifierPrefix?: string
  }

  /** Renders to HTML without React's hydration markers (react-dom/server renderToStaticMarkup). */
  export function renderToStaticMarkup(element: ReactNode, options?: ServerOptions): string
}
