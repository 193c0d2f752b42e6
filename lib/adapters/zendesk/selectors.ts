/**
 * Every DOM selector the Zendesk adapter uses. Zendesk's Agent Workspace (the React/Garden UI
 * that replaced the classic Ember agent interface) tags its elements with `data-test-id`
 * attributes, which survive the frequent changes to its generated class names.
 *
 * Each entry names the UI variant it covers. Where variants differ, the first selector of a
 * comma-separated list is the current Agent Workspace one and later ones are fallbacks.
 */
export const ZENDESK_SELECTORS = {
  // --- Workspaces: Zendesk keeps every open ticket tab in the DOM -----------------------
  /** Agent Workspace: one `div.workspace` per open tab inside `main#main_panes`. */
  workspace: '#main_panes .workspace',
  /**
   * Agent Workspace: inactive tabs keep their DOM but get `is-cached` and are hidden with
   * visibility/opacity rather than display:none, so a display check alone is not enough.
   */
  cachedWorkspace: '.is-cached',
  /** Fallback when the `workspace` class changes: any direct child of the panes container. */
  workspaceFallback: '#main_panes > *',
  /**
   * Elements that carry the ticket id inside a workspace. Agent Workspace: the conversation
   * pane `div[data-side-conversations-anchor-id="{id}"]`; newer builds also put
   * `data-ticket-id` on the ticket panel (trusted only when it wraps a conversation log,
   * because ticket lists in the context panel may carry `data-ticket-id` too).
   */
  ticketIdMarker: (id: string) => `[data-side-conversations-anchor-id="${id}"], [data-ticket-id="${id}"]`,
  conversationAnchorAttribute: 'data-side-conversations-anchor-id',

  // --- Ticket properties --------------------------------------------------------------
  /** Agent Workspace: the subject is an <input> in the conversation header (read `.value`). */
  subject: 'input[data-test-id="omni-header-subject"], [data-test-id="omni-header-subject"]',
  /**
   * Agent Workspace: the ticket item of the header breadcrumb nav carries a Garden status
   * badge whose test id ends with the API status (`status-badge-open`); older workspace
   * builds used a `.ticket_status_label` there. Scoped to the nav item because the context
   * panel lists the requester's other tickets with the same badges.
   */
  status:
    '[data-test-id="tabs-section-nav-item-ticket"] [data-test-id^="status-badge-"], ' +
    '[data-test-id="tabs-section-nav-item-ticket"] .ticket_status_label',
  statusBadgePrefix: 'status-badge-',
  /** Agent Workspace: Garden combobox for priority in the ticket properties panel. */
  priority: '[data-test-id="ticket-fields-priority-select"]',
  /** Garden dropdowns (Agent Workspace): the element holding a combobox's shown value. */
  comboboxValue: '[data-garden-id="dropdowns.combobox.value"]',
  /** Agent Workspace: requester field in the ticket properties panel. */
  requesterName: '[data-test-id="ticket-system-field-requester-select"]',
  /** Agent Workspace: the breadcrumb nav (`nav[aria-label="Ticket page location"]`) user item. */
  requesterNavItem: '[data-test-id="tabs-nav-item-users"]',
  /**
   * Agent Workspace: the customer context panel; its profile card shows the requester's
   * email as text (no dedicated test id is known, so the first email-shaped text is used).
   */
  customerContext: '[data-test-id="customer-context-pane"]',
  /** Agent Workspace: the organization item of the header breadcrumb nav. */
  organization: '[data-test-id="tabs-nav-item-organizations"]',
  /** Agent Workspace: tags multiselect; present even when the ticket has no tags. */
  tagsField: '[data-test-id="ticket-system-field-tags-multiselect"]',
  /** Agent Workspace: one selected tag; older builds only had Garden's `tags.tag_view`. */
  tagItem: '[data-test-id="ticket-system-field-tags-item-selected"], [data-garden-id="tags.tag_view"]',

  // --- Conversation log ("omnilog") ---------------------------------------------------
  /** Agent Workspace: the conversation log of one ticket. */
  conversationLog: '[data-test-id="omni-log-container"]',
  /** Agent Workspace: one comment / message. */
  conversationItem: 'article[data-test-id="omni-log-comment-item"], [data-test-id="omni-log-comment-item"]',
  /** Agent Workspace: author link on email/web comments; messaging bubbles use `item-sender`. */
  itemAuthor: '[data-test-id="omni-log-comment-user-link"], [data-test-id="omni-log-item-sender"]',
  /** Agent Workspace: message wrapper whose `type` attribute is `end-user` or `agent`. */
  itemMessage: '[data-test-id="omni-log-item-message"]',
  itemRoleAttribute: 'type',
  /** Agent Workspace: the yellow "Internal note" tag on private comments. */
  itemInternalTag: '[data-test-id="omni-log-internal-note-tag"]',
  /** Agent Workspace: relative timestamp with an ISO `datetime`; any <time> as fallback. */
  itemTime: 'time[data-test-id="timestamp-relative"][datetime], time[datetime]',
  /** Agent Workspace: the comment body (contains Zendesk's `.zd-comment` markup). */
  itemBody: '[data-test-id="omni-log-message-content"], .zd-comment',
  /** Zendesk attachment links (all UIs) point at `/attachments/token/{token}/?name={file}`. */
  itemAttachment: 'a[href*="/attachments/token/"]',

  // --- Composer -----------------------------------------------------------------------
  /** Agent Workspace: CKEditor 5 editable of the rich-text composer. */
  composerEditor:
    '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"], ' +
    '.ck-editor__editable[contenteditable="true"]',
  /** Agent Workspace: messaging tickets get a plain-text CKEditor composer instead. */
  composerPlainEditor: '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  /** Any editable: used only inside the composer area found from the channel switcher. */
  anyEditable: '[contenteditable="true"], textarea',
  /**
   * What a composer area never contains: the conversation log and the ticket's own fields
   * (properties panel, customer context). Climbing from the channel switcher stops before an
   * element holding any of them, so a multi-line ticket field is never taken for the composer.
   */
  beyondComposerArea:
    '[data-test-id="omni-log-container"], [data-test-id^="ticket-form-field-"], [data-test-id^="ticket-system-field-"], ' +
    '[data-test-id^="ticket-fields-"], [data-test-id="customer-context-pane"]',
  /** Agent Workspace: "Public reply / Internal note" channel switcher above the composer. */
  channelSwitcher: '[data-test-id="omnichannel-channel-switcher-button"]',
  /** The switcher's `data-channel` is `internal` in internal-note mode (`web`, `email`… otherwise). */
  channelAttribute: 'data-channel',
  internalChannel: 'internal',
  /** Agent Workspace: the switcher menu's internal-note item (the menu is portalled to body). */
  internalNoteMenuItem: '[data-test-id="omnichannel-channel-switcher-menuitem-internal"]',
  /** Fallback when the menu item lost its test id: any menu item, matched by its label. */
  menuItem: '[role="menuitem"], [role="menuitemradio"], [role="option"]',
} as const;

/** Label text of the internal-note mode, for the fallbacks above (English UI only). */
export const INTERNAL_NOTE_LABEL = /internal note/i;
