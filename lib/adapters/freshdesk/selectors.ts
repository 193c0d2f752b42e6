/**
 * Every DOM selector the Freshdesk adapter uses. The agent UI (`/a/…`, the Ember app also
 * called the "mint" UI) marks its interactive parts with `data-test-id` attributes, which survive
 * its frequent class-name changes. Entries say which UI variant they cover and whether the
 * selector was seen in public scripts that drive the real UI ("observed") or follows the
 * observed naming where no public example exists ("modelled": check these first when
 * Freshdesk changes). In comma-separated lists the first selector is the preferred one.
 */
export const FRESHDESK_SELECTORS = {
  // --- One ticket's view --------------------------------------------------------------
  /**
   * Agent UI: the ticket-details route's view (modelled). During Ember transitions the previous
   * ticket's view can still be in the DOM, so a view counts only when its display id matches.
   */
  ticketPage: '.ticket-details-page',
  /** Agent UI: "#5100" in the ticket header (observed in the Freshservice agent UI, same Ember code). */
  displayId: '[data-test-id="ticket-human-display-id"]',

  // --- Ticket properties --------------------------------------------------------------
  /** Agent UI: the subject heading (both observed in userscripts; the test id is newer). */
  subject: '[data-test-id="ticket-subject"], .ticket-subject-heading',
  /** Agent UI: the requester widget in the right sidebar (modelled). */
  requesterName: '[data-test-id="requester-name"]',
  requesterEmail: '[data-test-id="requester-email"]',
  /** Agent UI: the requester's company in the requester widget (modelled). */
  company: '[data-test-id="requester-company"]',
  /** Agent UI: the ticket properties form in the right sidebar (modelled). */
  propertiesForm: '[data-test-id="ticket-properties-form"], form.ticket-properties',
  /** Agent UI: one property, keyed by its API name (`status`, `priority`, `tags`, `cf_…`). */
  propertyField: (name: string) => `[data-test-id="ticket-properties-field-${name}"]`,
  /** Agent UI: every custom field of the properties form (API names start with `cf_`). */
  customPropertyField: '[data-test-id^="ticket-properties-field-cf_"]',
  customPropertyPrefix: 'ticket-properties-field-',
  /** ember-power-select (the Ember add-on behind Freshdesk's dropdowns): the shown choice. */
  selectedChoice: '.ember-power-select-selected-item',
  /** ember-power-select multiple (tags): one chosen option and its "×" remove button. */
  multipleOption: '.ember-power-select-multiple-option',
  multipleRemove: '.ember-power-select-multiple-remove-btn',
  /** Plain inputs of the properties form (text, number, date, checkbox fields). */
  fieldInput: 'input, textarea',
  fieldLabel: 'label',

  // --- Conversation -------------------------------------------------------------------
  /** Agent UI: the conversation list under the subject (modelled). */
  conversationList: '[data-test-id="conversation-list"], .ticket-conversations',
  /** Agent UI: the ticket's description, the first customer message (observed class). */
  description: '.ticket-description',
  /** Agent UI: one reply, forward or note after the description (modelled). */
  conversationItem: '[data-test-id="conversation-item"]',
  /** Agent UI: the rendered body of the description or a conversation (observed class). */
  itemBody: '.text__content',
  /** Agent UI: author name in a conversation's header (modelled). */
  itemAuthor: '[data-test-id="conversation-author"]',
  /** Agent UI: the timestamp, with an ISO `datetime`. */
  itemTime: 'time[datetime]',
  /** Agent UI: private notes get their own card style and a "Private note" label (modelled). */
  itemPrivate: '.conversation--private-note',
  /** Agent UI: messages that came in from outside (a customer's email reply) (modelled). */
  itemIncoming: '.conversation--incoming',
  /** Freshdesk attachment links point at `/helpdesk/attachments/{id}` (observed in API answers). */
  itemAttachment: 'a[href*="/helpdesk/attachments/"]',

  // --- Composer -----------------------------------------------------------------------
  /**
   * Agent UI, composer closed: the "Reply · Add note · Forward" bar (`ul.reply-bar`, observed),
   * or in newer builds a collapsed "click to reply" placeholder (observed).
   */
  collapsedComposer: '.reply-bar-wrapper, ul.reply-bar, button.editor-placeholder[data-test-id="active-editor"]',
  /** Agent UI, composer open: the editor panel (`.ticket-editor`, observed). */
  editorPanel: '.ticket-editor',
  /** The panel's mode, `reply`, `note` or `forward` (modelled). */
  editorTypeAttribute: 'data-editor-type',
  noteType: 'note',
  /**
   * "Add note" in the reply bar and the Note tab of an open editor (modelled on the observed
   * `ticket-action-reply` / `ticket-action-forward`, which both places carry).
   */
  noteAction: '[data-test-id="ticket-action-note"]',
  /** Buttons of the reply bar and of the editor's mode tabs, for the label fallback. */
  actionButton: '.reply-bar button, .ticket-actions-list button',
  /** How a mode tab says it is the current one. */
  selectedTab: '[aria-selected="true"], [aria-pressed="true"], .active',
  /** Froala's editable, in every Freshdesk composer (observed). */
  froalaEditable: 'div.fr-element.fr-view[contenteditable="true"]',
} as const;

/** Label of the note action where its test id is missing (English UI only). */
export const NOTE_ACTION_LABEL = /^\s*(?:add\s+)?(?:private\s+)?note\s*$/i;
