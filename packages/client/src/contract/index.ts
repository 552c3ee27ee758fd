/**
 * The v1 contract of the LAPOR! SDK: zod/mini schemas for every request and response,
 * the types inferred from them, stable error codes, validation messages in Bahasa
 * Indonesia and English, and the route table the OpenAPI document is generated from.
 *
 * Requests are parsed strictly (unknown fields are errors); responses leniently (unknown
 * fields are kept, unknown enum values are kept as strings).
 *
 * @example
 * ```ts
 * import { complaintInput, validate } from '@lapor/client/contract';
 * const result = validate(complaintInput, input, { locale: 'id' });
 * ```
 * @module
 */
export * from './limits.ts';
export * from './codes.ts';
export * from './common.ts';
export * from './directory.ts';
export * from './complaints.ts';
export * from './lifecycle.ts';
export * from './events.ts';
export * from './recovery.ts';
export * from './webhooks.ts';
export * from './stats.ts';
export * from './addresses.ts';
export * from './problem.ts';
export * from './validation.ts';
export * from './routes.ts';
export * from './visibility.ts';
export { id as idMessages } from './messages/id.ts';
