/**
 * Every DOM selector the Jira adapter uses. Jira Cloud's issue view (the React "new issue
 * view", shared by Jira Software, Work Management and Service Management) tags its parts with
 * `data-testid` attributes that outlive its generated class names; Atlaskit components
 * (comments, editor, media cards) add their own. Each entry names the UI variant it covers;
 * in comma-separated lists the first selector is the current UI and later ones fallbacks.
 */
export const JIRA_SELECTORS = {
  // --- Finding the issue view of one key ------------------------------------------------
  /** Issue view (page, queue, modal): the breadcrumb item of the issue itself, `/browse/{KEY}`. */
  currentIssueCrumb:
    'a[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"], ' +
    '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
  /** Boards, backlogs, queues with `?selectedIssue=`: the issue opens in this modal dialog. */
  issueModal: '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]',
  /** Full-page issue view (/browse, queue issue view): the layout around header, body, context. */
  issueLayout:
    '[data-testid="issue.views.issue-details.issue-layout.issue-layout"], ' +
    '[data-test-id="issue.views.issue-details.issue-layout.issue-layout"]',

  // --- Issue fields -------------------------------------------------------------------
  /** All variants: the summary heading (<h1>). */
  summary: '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
  /** All variants: the status button at the top of the context panel (its text is the status). */
  status:
    '[data-testid="issue-field-status.ui.status-view.status-button.status-button"], ' +
    '[data-testid="issue.views.issue-base.foundation.status.status-field-wrapper"] button',
  /** Priority read view; the older issue view used `issue.views.field.select.priority`. */
  priority:
    '[data-testid="issue-field-priority-readview-full.ui.priority.wrapper"], ' +
    '[data-testid="issue.views.field.select.priority"]',
  /** Reporter field; its name wrapper holds only the name (no "Assign to me" links). */
  reporter: '[data-testid="issue.views.field.user.reporter"]',
  reporterName: '[data-testid="issue.views.field.user.reporter.name.wrapper"]',
  /** Labels field (present even without labels, then showing "None"). */
  labelsField:
    '[data-testid="issue.views.field.labels.labels"], ' +
    '[data-testid="issue.views.field.select.common.select-inline-edit.labels.field-inline-edit-state-less--container"]',
  /** One label: a link to the label's search (`?jql=labels…` / `labels=`). */
  labelItem: 'a[href*="labels"]',
  /** Every field in the context panel sits in this wrapper, with a heading and a read view. */
  fieldWrapper: '[data-component-selector="jira-issue-field-heading-field-wrapper"]',
  fieldHeading: '[data-component-selector="jira-issue-field-heading-field-heading-title"]',
  /** The read view of a custom field carries its id: `issue.views.field.<kind>…customfield_10010`. */
  customFieldReadView: '[data-testid*="customfield_"]',
  customFieldIdPattern: /customfield_\d+/,
  /** Created date of the issue (context panel footer). */
  createdTime: '[data-testid="created-date.ui.read.meta-date"] time[datetime]',

  // --- Description and attachments ------------------------------------------------------
  /** All variants: the description field; its content is an Atlaskit renderer document. */
  description: '[data-testid="issue.views.field.rich-text.description"]',
  rendererDocument: '.ak-renderer-document',
  /** Attachments panel of the issue, one Atlaskit media card per file. */
  attachmentsPanel:
    '[data-testid="issue.views.issue-base.content.attachment.filmstrip-panel"], ' +
    '[data-test-id="issue.views.issue-base.content.attachment.filmstrip-panel"]',
  attachmentCard: '[data-testid="media-file-card-view"]',
  /** Atlaskit media cards expose the file name in this attribute (and in their title). */
  attachmentNameAttribute: 'data-test-media-name',

  // --- Comments (activity feed) ---------------------------------------------------------
  /** All variants: the list of comments under "Activity". */
  commentsList: '[data-testid="issue.activity.comments-list"], [data-test-id="issue.activity.comments-list"]',
  /** One comment: `comment-base-item-{id}` around an Atlaskit Comment. */
  commentItem: '[data-testid^="comment-base-item-"]',
  /**
   * Atlaskit Comment with testId `issue-comment-base.ui.comment.ak-comment.{id}`: its header
   * (`…-header`: author first, then the type lozenge and time), content (`…-content`, some
   * builds `…-body`) and footer.
   */
  commentHeader: '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-header"]',
  commentBody:
    '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-content"], ' +
    '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]',
  /** Service Management: the header's type lozenge (`…-header-type`) reads "Internal note". */
  commentTypeLozenge: '[data-testid$="-header-type"]',
  commentTime: 'time[datetime]',

  // --- Composer ---------------------------------------------------------------------------
  /** All variants: the add-comment area under the activity feed (one per issue view). */
  composerArea: '[data-testid="issue.activity.comment"], [data-test-id="issue.activity.comment"]',
  /** Atlaskit editor (ProseMirror) once the comment editor is open. */
  editor: '.ProseMirror[contenteditable="true"], #ak-editor-textarea[contenteditable="true"]',
  /** Service Management, editor open: "Add internal note" / "Reply to customer" tabs. */
  composerTab: '[role="tab"]',
  /** Service Management, collapsed: the two buttons that open the editor in either mode. */
  composerButton: 'button',
  /** Jira Software / Work Management, collapsed: the "Add a comment…" placeholder. */
  commentPlaceholder:
    '[data-testid="canned-comments.common.ui.comment-text-area-placeholder.textarea"], ' +
    'button[data-testid*="comment-text-area-placeholder"]',
} as const;

/** Service Management's internal-note control and lozenge (English UI). */
export const INTERNAL_NOTE_LABEL = /internal note/i;
/**
 * Anything addressed to the customer ("Reply to customer", "Share with customer"): never
 * clicked, and its presence marks a service project's composer.
 */
export const CUSTOMER_REPLY_LABEL = /customer/i;
/** Context-panel field headings read by name (English UI). */
export const ORGANIZATIONS_LABEL = /^organi[sz]ations$/i;
/** Jira shows "None" in an empty field. */
export const EMPTY_FIELD_TEXT = /^(?:none|-|—)$/i;
