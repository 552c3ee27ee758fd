import type * as z from 'zod/mini';
import { ISSUE_CODES, type IssueCode } from './codes.ts';
import type { FieldIssue } from './problem.ts';
import { idCitizen } from './messages/id-citizen.ts';
import type { CitizenMessages, FieldName, IssueParams, ValidationMessages } from './messages/types.ts';

export type { CitizenMessages, FieldName, IssueParams, ValidationMessages };

/** A registered table: complete, or only the part a citizen meets (see {@link CitizenMessages}). */
type Table = CitizenMessages & { fields: Partial<ValidationMessages['fields']>; issues: Partial<ValidationMessages['issues']> };

/**
 * Message tables by language. Indonesian is built in for what a citizen meets; other
 * languages, and the rest of Indonesian (the agency, webhook and list-query routes), are
 * registered with {@link registerLocale} (`registerLocale('en', enMessages)` with
 * `enMessages` from `@lapor/client/locales/en`, `registerLocale('id', idMessages)`), so
 * browser bundles carry only the languages and messages they use. `createClient` of the
 * Node entry of `@lapor/client` registers both complete tables.
 */
const LOCALES: Record<string, Table> = { id: idCitizen };

/** A language tag's base, e.g. `en` for `en-GB`. */
export type Locale = string;

/**
 * Makes a message table available under a language (`en`, or any other), or the complete
 * Indonesian one (`idMessages`) where the agency, webhook or list-query routes are
 * validated outside `createClient` of the Node entry.
 *
 * @example
 * ```ts
 * import { idMessages, registerLocale } from '@lapor/client/contract';
 * import { enMessages } from '@lapor/client/locales/en';
 * registerLocale('en', enMessages);
 * registerLocale('id', idMessages);
 * ```
 */
export function registerLocale(locale: string, table: ValidationMessages): void {
  LOCALES[locale.toLowerCase()] = table;
}

/** Replacements for any label or message of a table, e.g. an agency's own wording. */
export interface MessageOverrides {
  fields?: Partial<ValidationMessages['fields']>;
  issues?: Partial<ValidationMessages['issues']>;
}

/** How to word messages: a language (`id` by default, `en`, or a tag like `en-GB`) and overrides. */
export interface MessageOptions {
  locale?: string | undefined;
  messages?: MessageOverrides | undefined;
}

/** One field's problem as returned by {@link validate}: the wire {@link FieldIssue} shape. */
export interface ValidationIssue extends FieldIssue {
  code: IssueCode;
}

/** Outcome of {@link validate}. */
export type ValidationResult<T> =
  | { success: true; data: T }
  | { success: false; issues: ValidationIssue[] };

const KNOWN_CODES: ReadonlySet<string> = /*#__PURE__*/ new Set(ISSUE_CODES);

/** The registered language for a tag (`en-GB` → `en`); Indonesian when missing or not registered. */
export function resolveLocale(locale: string | undefined): Locale {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return base in LOCALES ? base : 'id';
}

function table(options: MessageOptions): Table {
  const builtIn = LOCALES[resolveLocale(options.locale)]!;
  const overrides = options.messages;
  if (!overrides) return builtIn;
  return {
    fields: { ...builtIn.fields, ...overrides.fields },
    issues: { ...builtIn.issues, ...overrides.issues },
  };
}

/** The label of a field path: `attachmentIds.2` → label of `attachmentIds`. */
function label(messages: Table, path: readonly PropertyKey[]): string {
  const key = path.filter((part) => typeof part === 'string').join('.');
  const fields = messages.fields as Record<string, string>;
  return fields[key] ?? fields[String(path.findLast((part) => typeof part === 'string') ?? '')] ?? messages.fields.input;
}

/**
 * Words one issue in the caller's language.
 *
 * @example
 * ```ts
 * formatIssue('too_short', ['title'], { min: 5 }); // "Judul laporan minimal 5 karakter."
 * formatIssue('too_short', ['title'], { min: 5 }, { locale: 'en' }); // "Title must be at least 5 characters."
 * ```
 */
export function formatIssue(
  code: IssueCode,
  path: readonly PropertyKey[],
  params: Omit<IssueParams, 'label'> = {},
  options: MessageOptions = {},
): string {
  const messages = table(options);
  // A code of the agency or webhook routes, in a bundle that registered only the citizen's part.
  const format = messages.issues[code] ?? messages.issues.invalid_type;
  return format({ ...params, label: label(messages, path) });
}

function isBlank(input: unknown): boolean {
  return input === undefined || (typeof input === 'string' && input.trim() === '');
}

/** Our stable code and message parameters for one zod issue. */
function classify(issue: z.core.$ZodIssue): { code: IssueCode; params: Omit<IssueParams, 'label'> } {
  if (KNOWN_CODES.has(issue.message)) {
    const bounds = issue as { minimum?: number | bigint; maximum?: number | bigint };
    return { code: issue.message as IssueCode, params: { min: bounds.minimum, max: bounds.maximum } };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined ? 'required' : 'invalid_type', params: {} };
    case 'too_small':
      if (issue.origin === 'string') {
        return { code: isBlank(issue.input) ? 'required' : 'too_short', params: { min: issue.minimum } };
      }
      if (issue.origin === 'array') return { code: 'required', params: { min: issue.minimum } };
      return { code: 'too_small', params: { min: issue.minimum } };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', params: { max: issue.maximum } };
      if (issue.origin === 'array') return { code: 'too_many', params: { max: issue.maximum } };
      return { code: 'too_big', params: { max: issue.maximum } };
    case 'invalid_format': {
      const byFormat: Record<string, IssueCode> = {
        email: 'invalid_email',
        date: 'invalid_date',
        datetime: 'invalid_datetime',
        url: 'invalid_url',
      };
      return { code: byFormat[issue.format] ?? 'invalid_format', params: {} };
    }
    case 'invalid_value':
      return { code: issue.input === undefined ? 'required' : 'invalid_option', params: {} };
    default:
      return { code: 'invalid_type', params: {} };
  }
}

/**
 * Turns zod's issues into the contract's field issues: stable codes, dotted paths and
 * messages in the caller's language. Unknown fields become one `unknown_field` each.
 */
export function toFieldIssues(
  issues: readonly z.core.$ZodIssue[],
  options: MessageOptions = {},
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        out.push({
          path: path.map(String).join('.'),
          code: 'unknown_field',
          message: formatIssue('unknown_field', path, { key }, options),
        });
      }
      continue;
    }
    const { code, params } = classify(issue);
    out.push({ path: issue.path.map(String).join('.'), code, message: formatIssue(code, issue.path, params, options) });
  }
  return out;
}

/**
 * Validates input against a contract schema, with messages in the caller's language.
 *
 * @example
 * ```ts
 * import { complaintInput, validate } from '@lapor/client/contract';
 * const result = validate(complaintInput, form, { locale: 'id' });
 * if (!result.success) for (const issue of result.issues) console.log(issue.path, issue.message);
 * ```
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  options: MessageOptions = {},
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: toFieldIssues(result.error.issues, options) };
}
