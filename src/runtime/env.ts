import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import dotenv from 'dotenv'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { projectRoot } from '../paths.js'

/** The git-ignored file holding local settings; ENV_FILE points elsewhere (tests use a temp file). */
export const envFile = process.env.ENV_FILE
  ? path.resolve(process.env.ENV_FILE)
  : path.join(projectRoot, '.env')

export class ConfigurationError extends Error {}

/**
 * A whole-number setting: `fallback` when unset or empty; a clear error naming the variable when
 * it is not a whole number from `min` (to `max`).
 */
export function integerSetting(
  name: string,
  raw: string | undefined,
  fallback: number,
  min = 1,
  max = Number.POSITIVE_INFINITY,
): number {
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigurationError(
      Number.isFinite(max)
        ? `${name} must be a whole number from ${min} to ${max}, got "${raw}"`
        : `${name} must be a whole number of at least ${min}, got "${raw}"`,
    )
  return value
}

export function loadEnvironment(): void {
  dotenv.config({ path: envFile, quiet: true })
}

/**
 * A local run without PAYLOAD_SECRET gets a generated one, saved to the git-ignored .env so that
 * sessions survive restarts. Production must be given a secret explicitly.
 */
export function ensurePayloadSecret(log: (line: string) => void): void {
  if (process.env.PAYLOAD_SECRET) return
  if (process.env.NODE_ENV === 'production') {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set. In production it must be provided (a long random string); refusing to start.',
    )
  }
  const secret = randomBytes(32).toString('hex')
  const prefix =
    fs.existsSync(envFile) && !fs.readFileSync(envFile, 'utf8').endsWith('\n') ? '\n' : ''
  fs.appendFileSync(envFile, `${prefix}PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  process.env.PAYLOAD_SECRET = secret
  log(
    `No PAYLOAD_SECRET was set: generated one and saved it to ${path.relative(process.cwd(), envFile) || '.env'} (git-ignored).`,
  )
}

/** SMTP settings from SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS, SMTP_FROM, SMTP_FROM_NAME. */
export interface SmtpSettings {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
  from: string
  fromName: string
}

export function smtpSettings(env: NodeJS.ProcessEnv = process.env): SmtpSettings | undefined {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT || 587)
  if (!Number.isInteger(port) || port <= 0)
    throw new ConfigurationError(`SMTP_PORT must be a port number, not "${env.SMTP_PORT}".`)
  return {
    host: env.SMTP_HOST,
    port,
    // Port 465 speaks TLS from the first byte; 587 and 25 upgrade with STARTTLS.
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
    from: env.SMTP_FROM || 'cms@localhost',
    fromName: env.SMTP_FROM_NAME || '国家安全教育 CMS',
  }
}

/** The readable text of an HTML e-mail, each link followed by its address. */
export function emailText(html: string): string {
  return html
    .replace(
      /<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi,
      (_match, href: string, text: string) => (text.trim() === href ? href : `${text} (${href})`),
    )
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim()
}

const recipients = (to: SendEmailOptions['to']): string => {
  const list = Array.isArray(to) ? to : to ? [to] : []
  return list.map((item) => (typeof item === 'string' ? item : item.address)).join(', ')
}

/**
 * Without SMTP while developing: each e-mail is printed, a password reset or verification whole
 * with its link, so a reset works on a laptop. Payload's own console adapter prints only the
 * recipient and subject.
 */
const printingEmailAdapter =
  (settings: { from: string; fromName: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'console',
    defaultFromAddress: settings.from,
    defaultFromName: settings.fromName,
    sendEmail: async (message) => {
      let body =
        typeof message.text === 'string'
          ? message.text
          : typeof message.html === 'string'
            ? emailText(message.html)
            : ''
      // Without SERVER_URL Payload writes the admin link without its origin: add the local one.
      const origin = process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
      body = body.replace(/(^|\s|\()(\/admin\/)/g, `$1${origin}$2`)
      const heading = `E-mail not sent (SMTP_HOST is not set; 未配置 SMTP，邮件只打印): to ${recipients(message.to)}, subject "${message.subject ?? ''}"`
      // Account e-mails (password reset, verification) are printed whole, on stdout directly and
      // at once: their link is the point, and it must not go through the log, whose lines are kept
      // free of tokens (and are written later, after the request has been answered).
      // Review notifications, dozens when the demo content is imported, show their text at debug.
      if (/\/(?:reset|verify)\//.test(body)) console.log(`\n${heading}\n${body}\n`)
      else {
        payload.logger.info(heading)
        payload.logger.debug(body)
      }
    },
  })

/** Sends through an SMTP server with nodemailer (what Payload's nodemailer adapter wraps). */
const smtpEmailAdapter = (smtp: SmtpSettings): EmailAdapter => {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress: smtp.from,
    defaultFromName: smtp.fromName,
    sendEmail: async (message) =>
      transport.sendMail({ from: `"${smtp.fromName}" <${smtp.from}>`, ...message }),
  })
}

/**
 * The e-mail adapter: SMTP (nodemailer) when SMTP_HOST is set; otherwise
 * printed to the log while developing, and in production Payload's console adapter (recipient
 * and subject only: a reset link in production logs would let anyone reading them take over an
 * account).
 */
export function emailAdapter({
  production,
}: {
  production: boolean
}): EmailAdapter | Promise<EmailAdapter> | undefined {
  const smtp = smtpSettings()
  if (smtp) return smtpEmailAdapter(smtp)
  if (production) return undefined
  return printingEmailAdapter({
    from: process.env.SMTP_FROM || 'cms@localhost',
    fromName: process.env.SMTP_FROM_NAME || '国家安全教育 CMS',
  })
}
