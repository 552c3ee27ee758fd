/**
 * Who sees which part of a report: the one visibility table of the contract. The sandbox
 * derives every projection (public, reporter, agency, admin) and every webhook recipient
 * from it, the documentation page is generated from it, and the tests request every cell
 * over HTTP. A caller with several roles on one report (the site that hosted the form and
 * also the institution it was disposed to) gets, per facet, the most its roles allow.
 *
 * As LAPOR! defines the flags: **confidential** (rahasia) = the report is not visible to
 * the public; **anonymous** (anonim) = the report is public, but the reporter's identity is
 * hidden from the public and from the institution.
 *
 * @example
 * ```ts
 * import { visibility } from '@lapor/client/contract';
 * visibility({ viewer: 'host_agency', stage: 'disposed', anonymous: false, confidential: true }).body; // 'hidden'
 * ```
 * @module
 */

/**
 * Who looks at a report.
 * - `public`: anyone, with any key, on the public routes without a reporter token.
 * - `reporter`: whoever holds the reporter token returned at creation.
 * - `host_agency`: the institution whose site (publishable key) the form was sent from.
 * - `disposition`: the institution LAPOR! disposed the report to (institution, dinas).
 * - `redirected_from`: an institution that had the report before a redirection (bukan wewenang).
 * - `agency_submitter`: an institution that submitted the report on a citizen's behalf
 *   through `POST /v1/agency/complaints` (its own complaint channel, integrated with LAPOR!).
 * - `admin`: LAPOR! admins (verification and disposition).
 */
export const VIEWERS = ['public', 'reporter', 'host_agency', 'disposition', 'redirected_from', 'agency_submitter', 'admin'] as const;
export type Viewer = (typeof VIEWERS)[number];

/**
 * The parts of a report that may be shown or withheld. Status, dates, classification,
 * category, the institution and the flags themselves go with the report whenever it is
 * visible at all. `reporterOrigin` is where the reporter lives (an area code, given for
 * aspirations and information requests). `ratingComment` is the comment of the reporter's
 * rating after closing (the 1–5 rating itself goes with the timeline).
 */
export const FACETS = [
  'title',
  'body',
  'locationRegion',
  'locationAddress',
  'locationCoordinates',
  'attachments',
  'reporterName',
  'reporterContact',
  'reporterOrigin',
  'timeline',
  'ratingComment',
] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Where the report is in its life, as far as visibility goes: `unverified` before LAPOR!
 * admins have verified and disposed it (submitted, held, or archived without a
 * disposition); `disposed` from the first disposition on (forwarded, followed up, closed,
 * escalated, or archived afterwards).
 */
export const VISIBILITY_STAGES = ['unverified', 'disposed'] as const;
export type VisibilityStage = (typeof VISIBILITY_STAGES)[number];

/**
 * `shown` in full; `approximate` (coordinates rounded, see {@link PUBLIC_COORDINATE_DECIMALS};
 * the reporter's area cut to its regency or city, see {@link approximateRegion}); `hidden`.
 */
export type Exposure = 'shown' | 'approximate' | 'hidden';

/** One situation: a viewer, a stage and the two flags. */
export interface VisibilityCase {
  viewer: Viewer;
  stage: VisibilityStage;
  anonymous: boolean;
  confidential: boolean;
}

/** What a viewer sees of each facet, and whether the report exists for it at all. */
export interface VisibilityCell extends VisibilityCase {
  /** False: the report answers 404 to this viewer (nothing of it is shown). */
  visible: boolean;
  facets: Record<Facet, Exposure>;
}

/**
 * Decimal places of the coordinates in the public projection: 3 decimals is about 110 m of
 * latitude, enough to find the pothole, not enough to find the reporter's house.
 */
export const PUBLIC_COORDINATE_DECIMALS = 3;

/** Rounds a coordinate as the public projection shows it. */
export function roundCoordinate(value: number, decimals = PUBLIC_COORDINATE_DECIMALS): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The reporter's area as an institution sees it on an anonymous report: the regency or city
 * (`52.71`) of a district (`52.71.01`) or village code. Enough to know which region's
 * aspiration it is; a district or a village, with what the report tells, can point at a
 * person.
 */
export function approximateRegion(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}

const every = (exposure: Exposure): Record<Facet, Exposure> =>
  Object.fromEntries(FACETS.map((facet) => [facet, exposure])) as Record<Facet, Exposure>;

/**
 * The public's share of a report LAPOR! has published: content yes, the reporter never, the
 * point blurred. The comment of a rating is feedback to the institution, written after the
 * case ended and never reviewed by LAPOR! as the report was: the public sees the rating only.
 */
const published: Record<Facet, Exposure> = /*#__PURE__*/ (() => ({
  ...every('shown'),
  locationCoordinates: 'approximate',
  reporterName: 'hidden',
  reporterContact: 'hidden',
  reporterOrigin: 'hidden',
  ratingComment: 'hidden',
}))();

/**
 * An institution working on the report: all of it, but not who sent it when anonymous, and
 * then where the reporter lives only to the regency or city.
 */
const handling = (anonymous: boolean): Record<Facet, Exposure> => ({
  ...every('shown'),
  ...(anonymous ? { reporterName: 'hidden', reporterContact: 'hidden', reporterOrigin: 'approximate' } : {}),
});

/**
 * The rule behind every cell of the table.
 *
 * - The reporter and LAPOR! admins see everything, always.
 * - The public sees a report once LAPOR! disposed it, unless it is confidential; never the
 *   reporter's name, contact or area; coordinates rounded.
 * - The host agency (the site the widget ran on) and an institution the report was
 *   redirected away from see no more than the public: hosting a form or having held the
 *   report once grants nothing. A report about an agency's own officials must not be read
 *   by that agency because the citizen used its website; a body that lost a report by
 *   redirection loses its content and is told so by the `complaint.redirected` webhook.
 * - The disposition institution sees the report from its disposition on, confidential
 *   ones too (it has to act on them), without the reporter's identity when anonymous
 *   (name and contact withheld, the reporter's area cut to its regency or city),
 *   and the comment of the reporter's rating (the feedback is meant for it).
 *   The institution the citizen suggested sees nothing before LAPOR! disposes it there.
 * - An agency that submitted the report through the agency route acts as the citizen's
 *   channel: it already holds what it sent, and relays status and follow-ups back to the
 *   citizen, so it sees the report and its timeline at every stage, like the disposition
 *   institution, and likewise without the identity when the report is anonymous (its
 *   sync need not hold what the citizen asked to hide). It gets no more than that because
 *   it submitted: reading the report does not make it the handling body. The reporter
 *   token the agency route returns is the citizen's: hand it over, or keep it encrypted.
 */
export function visibility(situation: VisibilityCase): Record<Facet, Exposure> {
  const { viewer, stage, anonymous, confidential } = situation;
  switch (viewer) {
    case 'reporter':
    case 'admin':
      return every('shown');
    case 'agency_submitter':
      return handling(anonymous);
    case 'disposition':
      return stage === 'disposed' ? handling(anonymous) : every('hidden');
    case 'public':
    case 'host_agency':
    case 'redirected_from':
      return stage === 'disposed' && !confidential ? published : every('hidden');
  }
}

/** Per facet, the most any of the given exposures allows. */
export function widestExposure(cells: ReadonlyArray<Record<Facet, Exposure>>): Record<Facet, Exposure> {
  const rank: Record<Exposure, number> = { hidden: 0, approximate: 1, shown: 2 };
  const result = every('hidden');
  for (const cell of cells) {
    for (const facet of FACETS) if (rank[cell[facet]] > rank[result[facet]]) result[facet] = cell[facet];
  }
  return result;
}

/** Whether a report is there at all for a viewer whose facets are these. */
export function isVisible(facets: Record<Facet, Exposure>): boolean {
  return facets.title !== 'hidden';
}

/** Every cell: each viewer × stage × anonymous × confidential, in a stable order. */
export const VISIBILITY_TABLE: readonly VisibilityCell[] = /*#__PURE__*/ (() =>
  VIEWERS.flatMap((viewer) =>
    VISIBILITY_STAGES.flatMap((stage) =>
      [false, true].flatMap((confidential) =>
        [false, true].map((anonymous) => {
          const facets = visibility({ viewer, stage, anonymous, confidential });
          return { viewer, stage, anonymous, confidential, visible: isVisible(facets), facets };
        }),
      ),
    ),
  ))();
