// The form's model: one table of fields, from which the empty form, the draft kept on the
// device and its restoring are all derived. Pure (no DOM, no Lit), so that it runs and is
// tested in Node; adding a field is one line here, and the draft and the reset follow.
import type { Attachment, ComplaintCreated } from '@lapor/client/contract';

/** One choice of a picker (region, institution, category). */
export interface Option {
  value: string;
  label: string;
  description?: string | undefined;
}

export type Classification = 'complaint' | 'aspiration' | 'information_request';

const CLASSIFICATIONS: readonly string[] = ['complaint', 'aspiration', 'information_request'];

/**
 * Every field of the form and the kind of value it holds: `text` (a string, empty when
 * unset), `flag` (a boolean), `number` and `option` (absent when unset).
 */
const FIELDS = {
  classification: 'text',
  title: 'text',
  body: 'text',
  incidentDate: 'text',
  location: 'option',
  address: 'text',
  lat: 'number',
  lng: 'number',
  origin: 'option',
  institution: 'option',
  category: 'option',
  anonymous: 'flag',
  confidential: 'flag',
  name: 'text',
  email: 'text',
  phone: 'text',
  keepContact: 'flag',
  remember: 'flag',
  consent: 'flag',
} as const;

type Kinds = { text: string; flag: boolean; number: number | undefined; option: Option | undefined };

/** What the citizen has filled in: one object, the single source of the form's values. */
export type FormFields = { -readonly [K in keyof typeof FIELDS]: Kinds[(typeof FIELDS)[K]] } & { classification: Classification | '' };

/** Contact details: kept in a draft only when the citizen chose to keep them. */
const CONTACT = ['name', 'email', 'phone'] as const;

/**
 * Fields never kept on the device: the consent is given each time (it is a declaration
 * about this report, not a preference).
 */
const NOT_KEPT = ['consent'] as const;

/**
 * What the form keeps on the device while the citizen writes: the fields (never the
 * consent, the contact details empty unless `keepContact`), the uploaded attachments, and
 * the idempotency key once a send was tried.
 */
export type Draft = Omit<FormFields, (typeof NOT_KEPT)[number]> & {
  attachments: Attachment[];
  /** The key of this report once a send was tried: sending again after a reload is the same report. */
  idempotencyKey?: string | undefined;
  savedAt: string;
};

/** An empty form (also what "start again" returns to). */
export function emptyFields(): FormFields {
  const fields: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(FIELDS)) fields[name] = kind === 'text' ? '' : kind === 'flag' ? false : undefined;
  return fields as FormFields;
}

/** The draft of `fields`; the contact details only when the citizen chose to keep them. */
export function toDraft(fields: FormFields, extra: { attachments: Attachment[]; idempotencyKey?: string | undefined; now?: Date }): Draft {
  const draft: Record<string, unknown> = { ...fields };
  for (const name of NOT_KEPT) delete draft[name];
  if (!fields.keepContact) for (const name of CONTACT) draft[name] = '';
  return { ...(draft as Omit<Draft, 'attachments' | 'savedAt'>), attachments: extra.attachments, idempotencyKey: extra.idempotencyKey, savedAt: (extra.now ?? new Date()).toISOString() };
}

function isOption(value: unknown): value is Option {
  return typeof value === 'object' && value !== null && typeof (value as Option).value === 'string' && typeof (value as Option).label === 'string';
}

/**
 * The fields of a draft read back from the device. Storage is outside the form's control
 * (another version of the widget, an extension, a hand edit): a value of the wrong kind is
 * left empty rather than trusted, and an unknown classification is none.
 */
export function fromDraft(draft: Partial<Record<string, unknown>>): FormFields {
  const fields = emptyFields() as Record<string, unknown>;
  for (const [name, kind] of Object.entries(FIELDS)) {
    const value = draft[name];
    const fits =
      kind === 'text' ? typeof value === 'string' : kind === 'flag' ? typeof value === 'boolean' : kind === 'number' ? Number.isFinite(value) : isOption(value);
    if (fits) fields[name] = kind === 'option' ? { value: (value as Option).value, label: (value as Option).label, description: (value as Option).description } : value;
  }
  for (const name of NOT_KEPT) fields[name] = false;
  if (!CLASSIFICATIONS.includes(fields.classification as string)) fields.classification = '';
  return fields as FormFields;
}

/** Where the form is: being filled in, sending, or showing the tracking ID. */
export type Phase = 'editing' | 'sending' | 'done';

/** The form's whole state: the fields and what the form tells the citizen about them. */
export interface FormState {
  fields: FormFields;
  /** Problems by the id of the control they belong to, in the order they are listed. */
  errors: Map<string, string>;
  phase: Phase;
  /** The citizen tried to send: from then on, problems update as they are fixed. */
  submitted: boolean;
  /** The notice at the top (draft restored, offline, sending). */
  notice: string;
  /** Offer "start again" beside the notice (after a draft was restored). */
  offerDiscard: boolean;
  /** The answer to the report, once sent. */
  created?: ComplaintCreated | undefined;
  /** The report's idempotency key, from the first attempt to send it. */
  idempotencyKey?: string | undefined;
}

/** A new, empty form (also after "start again" or "new report"). */
export function newFormState(): FormState {
  return { fields: emptyFields(), errors: new Map(), phase: 'editing', submitted: false, notice: '', offerDiscard: false };
}
