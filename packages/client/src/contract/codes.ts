/**
 * Stable codes. Field issue codes appear in `errors[].code` of a problem document and in
 * client validation errors; problem codes in the problem's `code`. Both are part of the
 * v1 contract: add codes, never rename them.
 */
export const ISSUE_CODES = [
  'required',
  'invalid_type',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_many',
  'invalid_option',
  'invalid_format',
  'invalid_email',
  'invalid_phone',
  'invalid_date',
  'invalid_datetime',
  'invalid_url',
  'date_in_future',
  'invalid_region_code',
  'invalid_tracking_id',
  'invalid_id',
  'contact_required',
  'not_applicable',
  'duplicate',
  'unknown_field',
  'file_type_not_allowed',
  'file_too_large',
  'file_empty',
  'invalid_characters',
  'invalid_filename',
  'url_not_public',
  'invalid_month',
  'invalid_period',
] as const;

/** A stable code for one problem with one field. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Problem codes, with the HTTP status each is answered with. */
export const PROBLEM_CODES = {
  validation_failed: 422,
  invalid_json: 400,
  invalid_query: 400,
  idempotency_key_required: 400,
  unauthorized: 401,
  invalid_reporter_token: 401,
  invalid_access_code: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  secret_key_required: 403,
  publishable_key_required: 403,
  not_found: 404,
  method_not_allowed: 405,
  not_acceptable: 406,
  idempotency_in_flight: 409,
  invalid_transition: 409,
  already_rated: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  attachment_not_found: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

/** A stable code for a whole problem document. */
export type ProblemCode = keyof typeof PROBLEM_CODES;
