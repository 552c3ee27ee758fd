// From what the form holds to the report as the contract takes it. Part of the transport
// chunk: only needed to validate and send, never to render the form.
import type { Attachment, ComplaintInput } from '@lapor/client/contract';
import type { FormFields } from './model.ts';

/**
 * The report to validate and send. Only the fields of the chosen classification go: a
 * complaint sends its incident date and location, an aspiration or information request
 * the reporter's origin, so that a position taken before switching to an aspiration does
 * not leave the device. Pure: tested in Node.
 */
export function toComplaintInput(form: FormFields, attachments: readonly Pick<Attachment, 'id'>[]): ComplaintInput {
  const complaint = form.classification === 'complaint';
  const region = complaint ? form.location : undefined;
  const origin = complaint ? undefined : form.origin;
  return {
    classification: form.classification || undefined,
    title: form.title,
    body: form.body,
    ...(complaint && form.incidentDate ? { incidentDate: form.incidentDate } : {}),
    ...(region
      ? {
          location: {
            regionCode: region.value,
            ...(form.address.trim() ? { address: form.address } : {}),
            ...(form.lat !== undefined && form.lng !== undefined ? { lat: form.lat, lng: form.lng } : {}),
          },
        }
      : {}),
    ...(origin ? { reporterOrigin: { regionCode: origin.value } } : {}),
    ...(form.institution ? { institutionId: form.institution.value } : {}),
    ...(form.category ? { categoryId: form.category.value } : {}),
    ...(attachments.length ? { attachmentIds: attachments.map((a) => a.id) } : {}),
    anonymous: form.anonymous,
    confidential: form.confidential,
    reporter: {
      name: form.name,
      ...(form.email.trim() ? { email: form.email.trim() } : {}),
      ...(form.phone.trim() ? { phone: form.phone.replace(/[\s-]/g, '') } : {}),
    },
  } as ComplaintInput;
}
