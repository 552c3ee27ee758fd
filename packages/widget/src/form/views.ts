// Where the contract's problems show in the form, and the words checking and sending
// use: part of the transport chunk, not in the bytes that render the form.
import { completed, type EntryStrings, type FormStrings } from '../i18n/index.ts';
import { idViews } from '../i18n/id-views.ts';

/** Contract fields whose control has another id. */
const CONTROL: Record<string, string> = {
  classification: 'classification-complaint',
  reporterOrigin: 'origin',
  institutionId: 'institution',
  categoryId: 'category',
  attachmentIds: 'attachments',
  reporter: 'name',
  'location.address': 'address',
};

/**
 * Where a contract path shows its error: the id of the control to focus. A field's parts
 * go to the field (`location.regionCode` to the location picker, `attachmentIds.2` to the
 * attachments), except the reporter's and the address, which have controls of their own.
 */
export function fieldOf(path: string): string {
  const [head = '', part = ''] = path.split('.');
  return CONTROL[path] ?? (head === 'reporter' && part ? part : (CONTROL[head] ?? head));
}

/** The form's strings completed with those this chunk brings (messages after a submit attempt, the confirmation). */
export function laterStrings(strings: EntryStrings): FormStrings {
  return completed(idViews, strings);
}
