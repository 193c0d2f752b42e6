// Kept free of adapter code so wxt.config.ts can import it without bundling adapters.
// Each helpdesk's match patterns; the content script, host permissions and the panel's
// web-accessible resource are all limited to these hosts.
export const zendeskMatches = ['https://*.zendesk.com/*'];
export const freshdeskMatches = ['https://*.freshdesk.com/*'];
export const jiraMatches = ['https://*.atlassian.net/*'];

export const helpdeskMatches = [...zendeskMatches, ...freshdeskMatches, ...jiraMatches];
