import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'
import { clientAddressOf } from './client-address.js'
import { equalizeSignInWork } from './equal-work.js'
import {
  accountKey,
  countForgotPassword,
  countLoginAttempt,
  forgiveLoginAttempt,
} from './login-throttle.js'

function fieldOf(args: object, name: string): unknown {
  if (!('data' in args) || typeof args.data !== 'object' || args.data === null) return undefined
  return name in args.data ? Reflect.get(args.data, name) : undefined
}

/**
 * Before Payload checks a password or sends a reset e-mail: the attempt is counted (and refused
 * over the limit), and a sign-in at an unknown account does the hashing a known one would.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const address = clientAddressOf(req)
  if (!address) return args
  if (operation === 'forgotPassword') {
    await countForgotPassword(req, address)
    return args
  }
  if (operation !== 'login') return args
  const account = accountKey(fieldOf(args, 'email'))
  await countLoginAttempt(req, { account, address })
  const password = fieldOf(args, 'password')
  if (typeof password === 'string') await equalizeSignInWork(req, account, password)
  return args
}

export const forgiveSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = clientAddressOf(req)
  if (address) await forgiveLoginAttempt(req.payload, { account: accountKey(user.email), address })
}
