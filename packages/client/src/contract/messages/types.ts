import type { IssueCode } from '../codes.ts';

/** What a message may mention about the issue. */
export interface IssueParams {
  /** The field's label in this language, e.g. "Judul laporan". */
  label: string;
  /** Lower bound (characters, items or value). */
  min?: number | bigint | undefined;
  /** Upper bound (characters, items or value). */
  max?: number | bigint | undefined;
  /** The unknown field's name, for `unknown_field`. */
  key?: string | undefined;
  /** The file's name, for attachment issues. */
  filename?: string | undefined;
}

/** Names of the fields a citizen meets: the form, a reply, a tracking ID, uploads. */
export type CitizenFieldName =
  | 'classification'
  | 'title'
  | 'body'
  | 'incidentDate'
  | 'location'
  | 'location.regionCode'
  | 'location.address'
  | 'location.lat'
  | 'location.lng'
  | 'reporterOrigin'
  | 'reporterOrigin.regionCode'
  | 'institutionId'
  | 'categoryId'
  | 'attachmentIds'
  | 'anonymous'
  | 'confidential'
  | 'reporter'
  | 'reporter.name'
  | 'reporter.email'
  | 'reporter.phone'
  | 'captchaToken'
  | 'trackingId'
  | 'file'
  | 'input';

/** Fields only the agency, webhook and list-query routes have: no citizen meets their labels. */
export type ServerFieldName =
  | 'sourceRef'
  | 'url'
  | 'events'
  | 'description'
  | 'q'
  | 'type'
  | 'level'
  | 'parentCode'
  | 'status'
  | 'updatedSince'
  | 'cursor'
  | 'limit'
  | 'regionCode'
  | 'statusGroup'
  | 'from'
  | 'to'
  | 'reason';

/** Names of the fields that messages can mention. */
export type FieldName = CitizenFieldName | ServerFieldName;

/**
 * A translation table for validation messages: a label per field and a message per
 * issue code. Messages say how to fix the input, not only what is wrong.
 */
export interface ValidationMessages {
  fields: Record<FieldName, string>;
  issues: Record<IssueCode, (params: IssueParams) => string>;
}

/** Issue codes only the agency, webhook and statistics routes raise. */
export type ServerIssueCode = 'invalid_datetime' | 'invalid_url' | 'url_not_public' | 'invalid_month' | 'invalid_period';

/**
 * The part of a table a citizen meets (the form, a reply, a tracking ID, uploads): what
 * browser bundles carry by default. A missing label reads as the `input` label, a missing
 * message as the `invalid_type` one, until the whole table is registered.
 */
export interface CitizenMessages {
  fields: Record<CitizenFieldName, string>;
  issues: Record<Exclude<IssueCode, ServerIssueCode>, (params: IssueParams) => string>;
}
