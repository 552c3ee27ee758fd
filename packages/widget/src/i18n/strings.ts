/**
 * Every visible and accessible string of the widget, in two parts: the form's, and the
 * status view's. One table per language; agencies override any string with the
 * elements' `strings` property.
 */
export interface FormStrings {
  formTitle: string;
  formIntro: string;
  /** "Your answers are kept on this device for {days} days…" (shown while drafts are kept) */
  draftNote: string;
  required: string;
  optional: string;
  classificationLegend: string;
  classificationComplaint: string;
  classificationComplaintHint: string;
  classificationAspiration: string;
  classificationAspirationHint: string;
  classificationInformation: string;
  classificationInformationHint: string;
  titleLabel: string;
  titleHint: string;
  bodyLabel: string;
  bodyHint: string;
  /** "{count} of {max} characters" */
  characters: string;
  incidentDateLabel: string;
  incidentDateHint: string;
  locationLabel: string;
  locationHint: string;
  originLabel: string;
  originHint: string;
  addressLabel: string;
  addressHint: string;
  useMyLocation: string;
  /** Under the location button: the point may become public. */
  geoHint: string;
  locating: string;
  /** "Location saved ({lat}, {lng})" */
  located: string;
  locationFailed: string;
  institutionLabel: string;
  institutionHint: string;
  categoryLabel: string;
  categoryHint: string;
  searchPlaceholder: string;
  searching: string;
  noResults: string;
  /** "{count} results" */
  resultsCount: string;
  clearSelection: string;
  attachmentsLabel: string;
  /** "Photos, documents, audio or video. At most {max} files of {size} each." */
  attachmentsHint: string;
  chooseFiles: string;
  dropFiles: string;
  uploading: string;
  uploaded: string;
  /** "Photo made smaller to fit: {from} → {to}" */
  resized: string;
  uploadFailed: string;
  /** A file that waits for the connection, kept on the device meanwhile. */
  uploadWaiting: string;
  /** On the attachments field when a file was refused and is still in the list. */
  uploadRefused: string;
  cancel: string;
  retry: string;
  remove: string;
  /** "Remove {name}" */
  removeFile: string;
  privacyLegend: string;
  anonymousLabel: string;
  anonymousHint: string;
  confidentialLabel: string;
  confidentialHint: string;
  reporterLegend: string;
  reporterHint: string;
  nameLabel: string;
  emailLabel: string;
  phoneLabel: string;
  phoneHint: string;
  keepContactLabel: string;
  keepContactHint: string;
  /** Names who processes the data: LAPOR!'s operator and the receiving institution. */
  consentLabel: string;
  /** The link to the agency's privacy notice (`privacy-url`). */
  privacyLink: string;
  consentRequired: string;
  /** "Remember this report on this device for {days} days" */
  rememberLabel: string;
  rememberHint: string;
  /** The button that erases the report data kept on this device. */
  forgetDevice: string;
  forgetUnsent: string;
  forgetConfirm: string;
  forgetCancel: string;
  forgetDone: string;
  /** Next to a title or body of a public report that seems to hold a NIK, a phone number or an e-mail address. */
  exposureNote: string;
  exposureConfidential: string;
  /** Over the similar public reports shown while the citizen writes: "Mungkin sudah ada laporan serupa". */
  similarTitle: string;
  /** Under it: sending stays possible. */
  similarHint: string;
  /** Beside a link that opens in a new tab. */
  newTab: string;
  submit: string;
  sending: string;
  errorSummaryTitle: string;
  draftRestored: string;
  discardDraft: string;
  offlineQueued: string;
  outboxSending: string;
  serverError: string;
  successTitle: string;
  successTrackingLabel: string;
  copy: string;
  copied: string;
  /** "LAPOR! verifies your report within 3 working days (by {date})…" */
  successNext: string;
  successFollow: string;
  successStatusLink: string;
  newReport: string;
}

/** The strings only `<lapor-status>` uses (kept out of the form's bytes). */
export interface StatusStrings {
  statusTitle: string;
  statusLookupLabel: string;
  statusLookupHint: string;
  statusLookup: string;
  statusLoading: string;
  statusNotFound: string;
  statusConfidential: string;
  statusInstitution: string;
  statusNoInstitution: string;
  statusSubmittedAt: string;
  dueVerification: string;
  dueFollowUp: string;
  dueAutoClose: string;
  dueEscalation: string;
  timelineTitle: string;
  replyLabel: string;
  replyHint: string;
  replySend: string;
  replySent: string;
  myReports: string;
  /** The button that opens the recovery panel: "Buka di perangkat lain". */
  recoveryOpen: string;
  /** The rating's rating: "{rating} of 5" */
  ratingYours: string;
  ratingLegend: string;
  ratingHint: string;
  rating1: string;
  rating2: string;
  rating3: string;
  rating4: string;
  rating5: string;
  ratingCommentLabel: string;
  ratingCommentHint: string;
  ratingSend: string;
  ratingRequired: string;
  ratingSent: string;
  recoveryTitle: string;
  recoveryIntro: string;
  recoveryContactLabel: string;
  recoveryContactHint: string;
  recoveryContactRequired: string;
  recoverySend: string;
  /** "If that contact is in report #{trackingId}, a 6-digit code was sent there. It is valid for {minutes} minutes." */
  recoverySent: string;
  recoveryCodeLabel: string;
  recoveryCodeHint: string;
  recoveryCodeInvalid: string;
  /** "Remember this report on this device for {days} days" */
  recoveryRemember: string;
  recoveryRememberHint: string;
  recoveryUnlock: string;
  recoveryAgain: string;
  recoveryCancel: string;
  /** The public group (lapor.go.id's tabs) next to the status; `{group}` is Menunggu, Diproses or Selesai. */
  statusGroup: string;
  statuses: Record<'submitted' | 'on_hold' | 'forwarded' | 'followed_up' | 'closed' | 'archived' | 'escalated', string>;
  events: Record<
    'submitted' | 'forwarded' | 'held' | 'redirected' | 'archived' | 'followed_up' | 'reporter_replied' | 'closed' | 'escalated' | 'rated',
    string
  >;
  classifications: Record<'complaint' | 'aspiration' | 'information_request', string>;
}

/** The report labels the public list and the similar-report hint share. */
export interface ReportLabels {
  statuses: StatusStrings['statuses'];
  classifications: StatusStrings['classifications'];
  /** The three tabs of lapor.go.id: Menunggu, Diproses, Selesai. */
  groups: Record<'waiting' | 'in_process' | 'done', string>;
}

/** The strings of `<lapor-reports>`: a chunk of its own, with its Indonesian (English loads with `lang="en"`). */
export interface ReportsStrings extends ReportLabels {
  reportsTitle: string;
  reportsIntro: string;
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  /** The accessible name of the tab list. */
  tabsLabel: string;
  reportsLoading: string;
  /** "{count} reports shown" (announced after each load). */
  reportsShown: string;
  loadMore: string;
  reportsEmpty: string;
  /** The Menunggu tab: reports waiting for LAPOR!'s verification are not public yet. */
  reportsWaitingNote: string;
  /** "No report matches \"{q}\"" */
  reportsEmptySearch: string;
  reportsError: string;
  retry: string;
  /** "Submitted {date}" */
  reportSubmitted: string;
  reportInstitution: string;
  reportArea: string;
}

/** The strings of `<lapor-stats>`: a chunk of its own, with its Indonesian (English loads with `lang="en"`). */
export interface StatsStrings {
  statsTitle: string;
  /** "{from} to {to}" */
  statsPeriod: string;
  statsLoading: string;
  statsError: string;
  retry: string;
  /** "As of {date}" */
  statsAsOf: string;
  received: string;
  /** "Followed up within {days} working days" */
  onTime: string;
  /** "{count} of {total} reports" */
  countOf: string;
  medianDays: string;
  /** "{days} working days" */
  workingDays: string;
  closed: string;
  escalated: string;
  rating: string;
  /** "{average} of 5" */
  ratingOf: string;
  /** "{count} ratings" */
  ratingCount: string;
  notYet: string;
  chartTitle: string;
  chartReceived: string;
  chartOnTime: string;
  /** The caption of the table that gives the chart's figures. */
  tableCaption: string;
  month: string;
  classifications: StatusStrings['classifications'];
}

/** Every string of both elements. */
export type Strings = FormStrings & StatusStrings;

/**
 * Form strings that only a chunk loaded after the citizen acts shows: the file list (with
 * the attachments chunk), checking and sending (with the transport chunk), the error summary
 * and the pickers' search results (with the rest of the form), the confirmation and the
 * location button's progress (with their chunks). Their Indonesian ships with that chunk, not
 * in the form's first bytes.
 */
export type FileKey = 'uploaded' | 'resized' | 'uploadFailed' | 'uploadWaiting' | 'cancel' | 'retry' | 'remove' | 'removeFile';
export type ForgetKey = 'forgetUnsent' | 'forgetConfirm' | 'forgetCancel' | 'forgetDone';
export type SimilarKey = 'similarTitle' | 'similarHint' | 'newTab';
/** The note beside a title or body that seems to hold personal data (with `form/exposure-note.ts`). */
export type ExposureKey = 'exposureNote' | 'exposureConfidential';
export type ViewKey = 'successTitle' | 'successTrackingLabel' | 'consentRequired' | 'uploadRefused' | 'serverError' | 'sending';
/** The error summary and the pickers' search results (with the rest of the form). */
export type SummaryKey = 'errorSummaryTitle' | 'searching' | 'noResults' | 'resultsCount';
/** The confirmation after sending (with `form/success.ts`). */
export type SuccessKey = 'copy' | 'copied' | 'successNext' | 'successFollow' | 'successStatusLink' | 'newReport';
export type GeoKey = 'locating' | 'located' | 'locationFailed';
/** The rest of the form, below the first section (with `form/more.ts`). */
export type MoreKey =
  | 'locationLabel'
  | 'locationHint'
  | 'originLabel'
  | 'originHint'
  | 'addressLabel'
  | 'addressHint'
  | 'useMyLocation'
  | 'geoHint'
  | 'institutionLabel'
  | 'institutionHint'
  | 'categoryLabel'
  | 'categoryHint'
  | 'searchPlaceholder'
  | 'clearSelection'
  | 'attachmentsLabel'
  | 'attachmentsHint'
  | 'chooseFiles'
  | 'dropFiles'
  | 'privacyLegend'
  | 'anonymousLabel'
  | 'anonymousHint'
  | 'confidentialLabel'
  | 'confidentialHint'
  | 'reporterLegend'
  | 'reporterHint'
  | 'nameLabel'
  | 'emailLabel'
  | 'phoneLabel'
  | 'phoneHint'
  | 'keepContactLabel'
  | 'keepContactHint'
  | 'consentLabel'
  | 'privacyLink'
  | 'rememberLabel'
  | 'rememberHint'
  | 'forgetDevice'
  | 'submit';

/** Status strings that only the rating and recovery chunks show: their Indonesian ships with them. */
export type RatingKey = Exclude<Extract<keyof StatusStrings, `rating${string}`>, never>;
export type RecoveryKey = Exclude<Extract<keyof StatusStrings, `recovery${string}`>, 'recoveryOpen'>;

/** The status element's strings as its own chunk carries them. */
export type StatusEntryStrings = Omit<StatusStrings, RatingKey | RecoveryKey> & Partial<StatusStrings>;

/** The form's strings as its first bytes carry them: the rest arrives with the chunks that show it. */
export type EntryStrings = Omit<FormStrings, FileKey | ForgetKey | ViewKey | GeoKey | MoreKey | SuccessKey | SimilarKey | ExposureKey | SummaryKey> & Partial<FormStrings>;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
