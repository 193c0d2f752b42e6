// The patterns environment.ts matches, as data. Every quantifier is bounded and no group repeats
// an ambiguous sub-pattern, so each regex is linear in the text it scans (customer text is
// hostile: 20,000 chars of "Chrome Chrome Chrome…" must cost no more than 20,000 chars of prose).
import type { ScanPattern } from './sourceRef';
import type { EnvironmentKind } from './types';

/** A version number as written after a name: "17", "17.1", "120.0.6099.109", "10_15_7". */
const NUM = String.raw`\d{1,4}(?:[._]\d{1,5}){0,3}`;
/** Not followed by more of a number, a date ("2024-03-02"), a time, a percentage or a wildcard ("1.8.x"). */
const NUM_END = String.raw`(?![\d%]|[.,:_-]\d|\.[xX*](?![A-Za-z]))`;
/** A name ends at the end of a word: "Chrome" is not the start of "Chromebook". */
const WORD_END = '(?![A-Za-z])';

/** A pattern for one kind. The named group `value`, if any, is the value; else the whole match. */
export interface EnvironmentPattern extends ScanPattern {
  kind: EnvironmentKind;
  /** When set, the match only counts if this says so (looks at the text around it). */
  accept?: (text: string, start: number, end: number) => boolean;
}

const before = (text: string, start: number, chars: number) => text.slice(Math.max(0, start - chars), start);
const after = (text: string, end: number, chars: number) => text.slice(end, end + chars);
const isCapitalised = (text: string, start: number) => /[A-Z]/.test(text.charAt(start));

// --- Operating systems ---------------------------------------------------------------------

// "Windows" without a version is also "time windows", "pop-up windows", "C:\Windows": counted
// only when something around it makes it the OS.
const WINDOWS_OS_BEFORE = /(?:\b(?:on|using|with|running|under|for|in|via|a|my|our|their|both|and|or|than|from|to|latest|modern)\s+|[,/(]\s*)$/;
const WINDOWS_OS_AFTER = /^\s+(?:laptops?|PCs?|machines?|desktops?|computers?|devices?|workstations?|users?|clients?|app|version|updates?|OS|box|builds?|Hello|and|or)\b|^\s*[,/)]/;
const windowsBare = (text: string, start: number, end: number) =>
  isCapitalised(text, start) &&
  !/^\s+(?:Firewall|Defender)/.test(after(text, end, 12)) &&
  (WINDOWS_OS_BEFORE.test(before(text, start, 12)) || WINDOWS_OS_AFTER.test(after(text, end, 14)));

// A lower-case "windows 10" can still be "time windows 10 minutes wide".
const notDuration = (text: string, _start: number, end: number) => !/^\s*(?:min|minutes?|hours?|hrs?|days?|seconds?|secs?|x\b|wide|long)/i.test(after(text, end, 10));

// "Mac" alone is the OS when it reads as what someone is on: "on a Mac", "Chrome/Mac", "Mac users".
const MAC_OS_BEFORE = /(?:\b(?:on|using|with|running|from|a|my|our|their|and|or)\s+|[/(,]\s*)$/;
const MAC_OS_AFTER = /^(?:\s+(?:users?|laptops?|machines?|computers?|desktops?|clients?|app|and|or)\b|\s*[/),])/;
const macBare = (text: string, start: number, end: number) => MAC_OS_BEFORE.test(before(text, start, 10)) || MAC_OS_AFTER.test(after(text, end, 12));

const OS: EnvironmentPattern[] = [
  { kind: 'os', triggers: ['chrome'], pattern: new RegExp(String.raw`\bChrome\s?OS(?:\s+Flex)?${WORD_END}(?:\s+${NUM})?${NUM_END}`, 'gi') },
  {
    kind: 'os',
    triggers: ['windows'],
    pattern: new RegExp(String.raw`\b(?:Microsoft\s+)?Windows\s?(?:11|10|8\.1|8|7|XP|Vista|RT|NT\s\d{1,2}\.\d|Server\s(?:20\d\d|\d{4})(?:\sR2)?)(?:\s\d{2}H\d)?\b${NUM_END}`, 'gi'),
    accept: notDuration,
  },
  { kind: 'os', triggers: ['win'], pattern: /\bWin\s?(?:11|10|8\.1|7|XP)\b(?![.,:]?\d)/g },
  { kind: 'os', triggers: ['win'], pattern: /\bwin(?:11|10|7)\b/gi },
  { kind: 'os', triggers: ['windows'], pattern: /\bWindows\b/g, accept: windowsBare },
  {
    kind: 'os',
    triggers: ['mac', 'os x', 'osx'],
    pattern: new RegExp(
      String.raw`\b(?:mac\s?OS(?:\s?X)?|OS\s?X)(?:\s+(?:Sequoia|Sonoma|Ventura|Monterey|Big\s+Sur|Catalina|Mojave|High\s+Sierra|Tahoe))?${WORD_END}(?:\s+v?${NUM})?${NUM_END}`,
      'gi',
    ),
  },
  { kind: 'os', triggers: ['mac'], pattern: /\bMac\b(?![\s-]?(?:OS|mini|Mini|Studio|Pro|address|Book))/g, accept: macBare },
  { kind: 'os', triggers: ['ios', 'ipados', 'watchos', 'tvos', 'visionos'], pattern: new RegExp(String.raw`\b(?:iOS|iPadOS|watchOS|tvOS|visionOS)${WORD_END}(?:\s?${NUM})?${NUM_END}`, 'gi') },
  { kind: 'os', triggers: ['android'], pattern: new RegExp(String.raw`\bAndroid${WORD_END}(?:\s?${NUM})?${NUM_END}`, 'gi') },
  {
    kind: 'os',
    triggers: ['ubuntu', 'debian', 'fedora', 'centos', 'rocky', 'almalinux', 'mint', 'opensuse', 'linux', 'rhel', 'red hat'],
    pattern: new RegExp(
      String.raw`\b(?:Ubuntu|Debian|Fedora|CentOS|Rocky\s+Linux|AlmaLinux|Linux\s+Mint|openSUSE|Arch\s+Linux|RHEL|Red\s+Hat\s+Enterprise\s+Linux)${WORD_END}(?:\s+(?:Server\s+)?${NUM}(?:\s+LTS)?)?${NUM_END}|\bLinux\b`,
      'g',
    ),
  },
];

// --- Devices -------------------------------------------------------------------------------

const GEN = String.raw`(?:\s\(\d{1,2}(?:st|nd|rd|th)\sgen(?:eration)?\))?`;
const INCHES = String.raw`(?:\s\d{2}(?:\.\d)?(?:-inch|"|”|\sinch))?`;

// Brands whose devices L2 cares about (printers, scanners, routers, laptops), introduced by the
// brand and named by a model number: "HP LaserJet M404", "TP-Link AX73", "Zebra TC52".
const DEVICE_BRANDS =
  'HP|Hewlett-Packard|Dell|Lenovo|ASUS|Asus|Acer|MSI|Brother|Canon|Epson|Xerox|Ricoh|Kyocera|Lexmark|Zebra|Honeywell|Datalogic|Netgear|NETGEAR|TP-Link|Linksys|Ubiquiti|MikroTik|Cisco\\s+Meraki|Meraki|FortiGate|SonicWall|Synology|QNAP|Yealink|Logitech|Jabra|Verifone|Ingenico|Garmin';
// Up to two series words before the model ("LaserJet Pro", "Archer", "Latitude").
const SERIES = String.raw`(?:(?:[A-Z][A-Za-z]{1,14}|[a-z]{2,8}[A-Z][A-Za-z]{1,10})\s){0,2}`;
// A model has a digit and no dot (so "AnyConnect 4.10" is not a model "4"): "M404dn", "HL-L2350DW".
const MODEL = String.raw`(?=[A-Za-z-]{0,6}\d)[A-Z0-9][A-Za-z0-9-]{1,14}\b(?![.,]\d)`;
const notYear = (text: string, start: number, end: number) => !/\s(?:19|20)\d\d$/.test(text.slice(start, end));

// Devices L2 asks about by what they are; a model right before or after one is named by it.
const DEVICE_NOUNS = 'terminal|printer|scanner|router|modem|thermostat|termostato|camera|kiosk|handheld|reader|sensor|impressora|imprimante|stampante|roteador';
const GENERIC_DEVICES = 'laptop|phone|smartphone|tablet|desktop|PC|computer|notebook|mobile';

const DEVICES: EnvironmentPattern[] = [
  {
    kind: 'device',
    triggers: ['iphone'],
    pattern: new RegExp(String.raw`\biPhone(?:\s?(?:\d{1,2}|X[RS]?|SE)(?:\s(?:Pro\sMax|Pro|Max|Plus|mini|Mini|e))?)?${GEN}(?![\w])`, 'gi'),
  },
  { kind: 'device', triggers: ['ipad'], pattern: new RegExp(String.raw`\biPad(?:\s(?:Pro|Air|mini|Mini))?(?:\s\d{1,2}(?:\.\d)?(?:-inch|")?(?![.\d]))?${GEN}(?![\w])`, 'g') },
  {
    kind: 'device',
    triggers: ['macbook', 'imac', 'mac '],
    pattern: new RegExp(
      String.raw`\b(?:M[1-4]\s)?(?:MacBook(?:\s(?:Pro|Air))?|iMac(?:\sPro)?|Mac\s(?:mini|Mini|Studio|Pro))${INCHES}(?:\s\(?(?:M[1-4](?:\s(?:Pro|Max|Ultra))?|Intel|20[12]\d)\)?)?(?![\w])`,
      'g',
    ),
  },
  { kind: 'device', triggers: ['pixel'], pattern: /\b(?:Google\s)?Pixel\s?(?:\d{1,2}a?|Fold|Tablet)(?:\s(?:Pro(?:\sXL)?|XL|Fold))?\b(?![.,]\d)|\bPixelbook(?:\s(?:Go))?\b/g },
  {
    kind: 'device',
    triggers: ['galaxy', 'samsung'],
    // " 5G" belongs to the model name here, not to the network.
    pattern: /\b(?:Samsung\s)?Galaxy\s(?:S|A|M|Note|Z\s?(?:Fold|Flip)|Tab\s(?:S|A))\s?\d{1,2}(?:\+|\s(?:Ultra|Plus|FE|Lite))?(?:\s5G)?\b|\bSamsung\s(?:S|A|Note)\d{1,2}(?:\s?Ultra|\+)?\b/gi,
  },
  {
    kind: 'device',
    triggers: ['oneplus', 'xiaomi', 'redmi', 'moto', 'huawei', 'fairphone', 'xperia'],
    pattern:
      /\b(?:OnePlus\s(?:Nord\s)?\d{1,2}[RTrt]?(?:\sPro)?|Xiaomi\s(?:Redmi\s)?(?:Note\s)?\d{1,2}[A-Za-z]?(?:\sPro)?|Redmi\s(?:Note\s)?\d{1,2}(?:\sPro)?|Moto(?:rola)?\s(?:G|E|Edge)\s?\d{1,3}|Huawei\s[PM]\d{2}(?:\sPro)?|Fairphone\s\d|Sony\sXperia\s\d{1,2}(?:\s[IVX]{1,4})?)\b/g,
  },
  { kind: 'device', triggers: ['thinkpad'], pattern: /\b(?:Lenovo\s)?ThinkPad\s[A-Z]{1,2}\d{1,3}[a-z]?(?:\s(?:Carbon|Yoga|Nano))?(?:\sGen\s?\d{1,2})?\b/g },
  { kind: 'device', triggers: ['surface'], pattern: /\b(?:Microsoft\s)?Surface\s(?:Pro|Laptop|Go|Book|Studio|Duo)(?:\s(?:\d{1,2}|X))?\b(?![.,]\d)/g },
  { kind: 'device', triggers: ['chromebook', 'apple watch'], pattern: /\bChromebooks?(?:\s\d{3})?\b|\bApple\sWatch(?:\s(?:Series\s\d{1,2}|Ultra(?:\s\d)?|SE))?\b/g },
  // A named box or hub: "Glasnet Box 3", "Smart Hub 2".
  { kind: 'device', triggers: ['box', 'hub'], pattern: /\b[A-Z][A-Za-z]{2,15}\s(?:Box|Hub|Router|Modem|Gateway)\s?\d{1,2}\b(?![.,]\d)/g },
  // A model named with what it is: "the Tillio T2 terminal", "the thermostat TH2".
  {
    kind: 'device',
    triggers: DEVICE_NOUNS.split('|'),
    pattern: new RegExp(
      String.raw`\b(?<value>[A-Z][a-z]{2,15}\s(?=[A-Z-]{0,6}\d)[A-Z][A-Z0-9-]{0,9})\s(?:${DEVICE_NOUNS})s?\b|\b(?:${DEVICE_NOUNS})\s(?<model>(?=[A-Z-]{0,6}\d)[A-Z][A-Z0-9-]{0,9})\b(?![.,]\d)`,
      'g',
    ),
    // A capitalised word before the model is a brand, unless it starts the sentence ("The T2 terminal").
    accept: (text, start, end) => !/^(?:The|This|That|These|Those|Our|My|Their|Your|His|Her|New|Old|With|From|On|In|And|Or|Each|Every|One|Any)\s/.test(text.slice(start, end)),
  },
  // What kind of device, said with whose it is: "work laptop", "company phones"; "joining from phones".
  {
    kind: 'device',
    triggers: ['laptop', 'phone', 'tablet', 'desktop', 'pc', 'computer', 'notebook'],
    pattern: new RegExp(
      String.raw`\b(?:work|personal|company|company-issued|office|home|school|corporate|own|private)\s(?:${GENERIC_DEVICES})s?\b|(?<=\b(?:from|on|using)\s(?:their\s|own\s)?)(?:laptops|phones|smartphones|tablets|desktops|PCs|mobiles)\b|(?<=\b(?:op|auf|sur|no|na|sul|nel|en|em)\s(?:de|het|dem|der|le|la|o|a|il|el|un|une|een|einem)\s)(?:laptop|tablet|computer|PC|notebook|portable|portátil)\b`,
      'gi',
    ),
  },
  { kind: 'device', triggers: DEVICE_BRANDS.toLowerCase().replace(/\\s\+/g, ' ').split('|'), pattern: new RegExp(String.raw`\b(?:${DEVICE_BRANDS})\s${SERIES}${MODEL}`, 'g'), accept: notYear },
];

// --- Browsers ------------------------------------------------------------------------------

// Words before a browser name that make it the browser ("in Chrome", "tried Safari", "Edge, …").
const BROWSER_BEFORE =
  /(?:\b(?:in|on|using|use|uses|used|via|with|through|from|into|tried|try|trying|opened|open|opening|switched\s+to|switch\s+to|switching\s+to|and|or|nor|both|either|than|like|latest|current|desktop|mobile|default|my|our|their|your)\s+|[,/(&+]\s*)$/i;
const BROWSER_AFTER = /^(?:\s+(?:browser|web\s+browser|window|tab|tabs|incognito|private|profile|extension|and|or|as\s+well|too|also|only)\b|\s*[,/)])/i;
// The browser as the subject of a sentence: "Chrome keeps crashing", "Safari shows a blank page".
const BROWSER_SUBJECT_AFTER =
  /^\s+(?:is|was|keeps|kept|shows|showed|says|said|gives|gave|throws|threw|blocks|blocked|crashes|crashed|freezes|froze|hangs|won't|wont|doesn't|didn't|does|did|can't|cannot|will|would|also|still|just|now|then|updated|auto-updated|asks|asked|displays|displayed|opens|loads|fails|failed|works|worked|reports|complains|warns)\b/i;
const CHROME_TRAP_BEFORE = /\b(?:UI|app|application|window|browser|the)\s+$/i;
const CHROME_TRAP_AFTER = /^\s+(?:plating|finish|trim|wheels|colou?r)\b/i;
const EDGE_TRAP_AFTER =
  /^\s*(?:case|cases|computing|network|networks|node|nodes|function|functions|location|locations|server|servers|router|gateway|runtime|detection|of|to|off|over|out)\b/i;
const EDGE_TRAP_BEFORE = /\b(?:cutting|leading|bleeding|trailing|sharp|rough|left|right|top|bottom|outer|inner|the|an|on\s+the|over\s+the)[\s-]+$/i;
const SAFARI_TRAP_AFTER = /^\s+(?:park|parks|tour|tours|trip|trips|holiday|lodge|vacation|camp|adventure|guide|hat|jacket|rally)\b/i;
const SAFARI_TRAP_BEFORE = /\b(?:went|go|going|gone|been)\s+on\s+(?:a\s+)?$/i;
const OTHER_TRAP_AFTER = /^\s+(?:House|Theatre|Theater|singer|new\s+world|enough|of|and\s+bold)\b/i;

/** A bare browser name (no version, no "Google"/"Microsoft" before it) counts only in a browser context. */
function browserInContext(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const hasVersion = /\d/.test(name);
  const prefixed = /^(?:Google|Microsoft|Mozilla|Apple)\s/i.test(name);
  const left = before(text, start, 24);
  const right = after(text, end, 24);
  if (/^Chrome/i.test(name.replace(/^Google\s+/i, ''))) {
    if (prefixed || hasVersion) return true;
    if (!isCapitalised(text, start) || CHROME_TRAP_AFTER.test(right)) return false;
    if (CHROME_TRAP_BEFORE.test(left) && !/^\s+browser\b/i.test(right)) return false;
    return BROWSER_BEFORE.test(left) || BROWSER_AFTER.test(right) || BROWSER_SUBJECT_AFTER.test(right);
  }
  if (/^(?:Microsoft\s+)?Edge/i.test(name)) {
    if (prefixed || hasVersion) return isCapitalised(text, start);
    if (!isCapitalised(text, start) || EDGE_TRAP_AFTER.test(right)) return false;
    if (/^\s+browser\b/i.test(right)) return true;
    if (EDGE_TRAP_BEFORE.test(left)) return false;
    return BROWSER_BEFORE.test(left) || BROWSER_AFTER.test(right) || BROWSER_SUBJECT_AFTER.test(right);
  }
  if (/^(?:Apple\s+)?Safari/i.test(name)) {
    if (SAFARI_TRAP_AFTER.test(right) || SAFARI_TRAP_BEFORE.test(left)) return false;
    return prefixed || hasVersion || isCapitalised(text, start) || BROWSER_AFTER.test(right);
  }
  // Brave, Opera, Vivaldi, Arc: ordinary words too; need a capital and a browser context.
  if (hasVersion && isCapitalised(text, start)) return !/^Arc/.test(name) || /^\s+browser\b/i.test(right);
  if (!isCapitalised(text, start) || OTHER_TRAP_AFTER.test(right)) return false;
  if (/^Arc$/.test(name)) return /^\s+browser\b/i.test(right);
  return BROWSER_BEFORE.test(left) || BROWSER_AFTER.test(right) || BROWSER_SUBJECT_AFTER.test(right);
}

const BROWSER_VERSION = String.raw`${WORD_END}(?:\s?(?:version\s|v\.?\s?|\/)?\d{1,3}(?:\.\d{1,5}){0,3}${NUM_END})?`;

const BROWSERS: EnvironmentPattern[] = [
  {
    kind: 'browser',
    triggers: ['firefox', 'internet', 'explorer', 'tor browser', 'chromium', 'opera gx', 'duckduckgo', /\bIE\s?\d/],
    pattern: new RegExp(String.raw`\b(?:Mozilla\s+)?Firefox(?:\s+(?:ESR|Nightly|Developer\s+Edition))?${BROWSER_VERSION}|\b(?:Samsung\s+Internet|Internet\s+Explorer|Tor\s+Browser|Chromium|Opera\s+GX|DuckDuckGo\s+browser)${BROWSER_VERSION}|\bIE\s?(?:11|10|9)\b`, 'gi'),
  },
  {
    kind: 'browser',
    triggers: ['chrome', 'edge', 'safari', 'brave', 'opera', 'vivaldi', 'arc'],
    pattern: new RegExp(String.raw`\b(?:Google\s+Chrome|Microsoft\s+Edge|Apple\s+Safari|Chrome|Edge|Safari|Brave|Opera|Vivaldi|Arc)${BROWSER_VERSION}`, 'gi'),
    accept: browserInContext,
  },
];

// --- Network -------------------------------------------------------------------------------

// Words that say which network and belong in the value: "corporate VPN", "hotel Wi-Fi".
const NETWORK_QUALIFIER =
  "corporate|company|company's|office|work|home|hotel|airport|public|guest|café|cafe|coffee\\s+shop|school|campus|university|in-flight|inflight|airplane|plane|train|client|site-to-site|always-on|split-tunnel|full-tunnel|HTTP|HTTPS|SOCKS5?|web|transparent|outbound|perimeter|hardware|Windows\\s+Defender|Windows|network|personal|mobile|5\\s?GHz|2\\.4\\s?GHz|Cisco|Palo\\s+Alto|Fortinet|Sophos|SonicWall|Squid|Check\\s+Point";
const NETWORK_PRODUCTS =
  'Zscaler(?:\\s+(?:ZIA|ZPA|Client\\s+Connector|Private\\s+Access|Internet\\s+Access))?|GlobalProtect|Cisco\\s+AnyConnect|AnyConnect|Cisco\\s+Secure\\s+Client|FortiClient|Pulse\\s+Secure|Ivanti\\s+Secure\\s+Access|Netskope|Cloudflare\\s+WARP|Cisco\\s+Umbrella|Tailscale|WireGuard|OpenVPN|NordVPN|ExpressVPN|Proton\\s?VPN|Surfshark|Starlink|Palo\\s+Alto\\s+Networks';
const NETWORK_PRODUCT_WORDS = ['zscaler', 'globalprotect', 'anyconnect', 'secure client', 'forticlient', 'pulse secure', 'ivanti', 'netskope', 'warp', 'umbrella', 'tailscale', 'wireguard', 'openvpn', 'nordvpn', 'expressvpn', 'proton', 'surfshark', 'starlink', 'palo alto'];
// "a proxy for quality", "vote by proxy": not a proxy server.
const notFigurativeProxy = (text: string, start: number, end: number) =>
  !/proxy$/i.test(text.slice(start, end)) || (!/^\s+(?:for|vote|voting)\b/i.test(after(text, end, 10)) && !/\bby\s+$/i.test(before(text, start, 5)));

const NETWORK: EnvironmentPattern[] = [
  {
    kind: 'network',
    triggers: NETWORK_PRODUCT_WORDS,
    pattern: new RegExp(String.raw`\b(?:${NETWORK_PRODUCTS})(?:\s+(?:VPN|proxy|firewall|client))?(?:\s+v?\d{1,3}(?:\.\d{1,5}){1,3}${NUM_END})?`, 'g'),
  },
  {
    kind: 'network',
    triggers: ['vpn', 'proxy', 'firewall', 'wi-fi', 'wifi', 'wlan', 'hotspot', 'ethernet', 'inspection', 'interception', 'decryption'],
    pattern: new RegExp(
      String.raw`\b(?:(?:${NETWORK_QUALIFIER})\s+)?(?:VPN|proxy(?:\s+server)?|firewall|Wi-?Fi|WLAN|(?:mobile\s+|personal\s+)?hotspot)\b|\b(?:wired\s+)?ethernet\b|\b(?:SSL|TLS|HTTPS)\s+(?:inspection|interception|decryption)\b`,
      'gi',
    ),
    accept: notFigurativeProxy,
  },
  // Wireless access points by brand and model: "Aruba AP-515", "Ruckus R650", "UniFi U6-Pro".
  { kind: 'network', triggers: ['aruba', 'ruckus', 'unifi', 'engenius', 'aerohive'], pattern: /\b(?:Aruba|Ruckus|UniFi|EnGenius|Aerohive)\s(?:(?:Instant\s)?On\s)?(?=[A-Za-z-]{0,6}\d)[A-Z0-9][A-Za-z0-9-]{1,14}\b(?![.,]\d)/g },
  // "LTE hotspots", "4G hotspot": the hotspot with what carries it.
  { kind: 'network', triggers: ['hotspot'], pattern: /\b(?:LTE|[345]G|mobile|phone|personal|cellular)\s+hotspots?\b/gi },
  // VPN protocols: "the IKEv2 profile", "SSTP", "L2TP/IPsec".
  { kind: 'network', triggers: ['ikev', 'sstp', 'l2tp', 'ipsec', 'pptp'], pattern: /\b(?:IKEv[12]|SSTP|L2TP(?:\/IPsec)?|IPsec|PPTP)\b/g },
  // The line and the local network: "home broadband", "Vivo Fibra", "over LAN", "a new router".
  {
    kind: 'network',
    triggers: ['broadband', 'fibre', 'fiber', 'fibra', 'dsl', 'cable internet'],
    pattern: /\b(?:(?:home|office|business|fibre|fiber|cable|DSL|ADSL|VDSL|satellite|mobile|residential)\s+broadband|(?:fibre|fiber|cable|DSL|ADSL|VDSL|satellite)\s+(?:internet|connection|line)|[A-Z][a-z]{2,15}\s(?:Fibra|Fibre|Fiber))\b/g,
  },
  { kind: 'network', triggers: ['lan'], pattern: /\b(?:wired\s+)?LAN\b(?!\s?(?:party|IP\b))/g },
  { kind: 'network', triggers: ['router'], pattern: /\b(?:new|old|home|office|main|replacement|ISP|mesh|wireless|Wi-?Fi|4G|5G|LTE|fibre|fiber|DSL|cable)\s+router\b/gi },
  // Wi-Fi bands: "5 GHz", "2.4 GHz and 5 GHz on one name".
  { kind: 'network', triggers: ['ghz'], pattern: /\b(?:2[.,]4|5|6)\s?GHz(?:\s(?:and|e|und|et|y|or|ou|&|\+)\s(?:2[.,]4|5|6)\s?GHz)?\b/gi },
  // A wired connection in a few languages: "via cable", "met kabel", "mit Kabel", "com cabo".
  { kind: 'network', triggers: ['cable', 'kabel', 'cabo', 'câble'], pattern: /(?<=\b(?:via|over|by|with|met|mit|über|per|com|por|par|avec|con)\s(?:a\s|an\s|de\s|het\s|dem\s|o\s|le\s|un\s)?(?:LAN-?|Ethernet-?|network\s)?)(?:cable|kabel|Kabel|cabo|câble)\b/gi },
  { kind: 'network', triggers: ['3g', '4g', '5g', 'lte', 'cellular', 'mobile data', 'ipv6'], pattern: /\b[345]G(?:\sLTE)?\b(?![.,]\d)|\bLTE\b|\b(?:cellular|mobile)\s+data\b|\bcellular(?:\s+(?:network|connection))?\b|\bIPv6\b/gi },
];

// --- Versions ------------------------------------------------------------------------------

// Runtimes and databases are named with a bare major version ("Java 17", "Node 18").
const RUNTIMES = ['Java', 'JDK', 'JRE', 'Python', 'Node', 'Node\\.js', 'PHP', 'Ruby', 'Rails', 'Xcode', 'Electron', 'PostgreSQL', 'Postgres', 'MySQL', 'Redis', 'Elasticsearch', 'OpenSSL'];
// Applications take a dotted version or a year ("Outlook 2016"); "Office 3" is a room, "Zoom 2" a zoom level.
const APPLICATIONS = [
  'Outlook', 'Teams', 'Slack', 'Zoom', 'Excel', 'Word', 'PowerPoint', 'Office', 'Microsoft\\s+365', 'Citrix\\s+Workspace', 'Citrix', 'Docker',
  'Kubernetes', 'Jira', 'Confluence', 'WordPress', 'Magento', 'Drupal', 'Terraform', 'Acrobat\\s+Reader', 'Acrobat', 'Adobe\\s+Reader',
  'Thunderbird', 'Visual\\s+Studio', 'SQL\\s+Server', 'QuickBooks',
];
/** The trigger keywords for a list of names ("Visual\\s+Studio" → "visual studio"). */
const softwareWords = (names: readonly string[]) => names.map((name) => name.toLowerCase().replace(/\\s\+/g, ' ').replace(/[^a-z0-9 .]/g, ''));
// Capitalised words before a dotted number that are not software: "Section 4.2.1", "Updated 4.12.1".
const NOT_A_PRODUCT =
  /^(?:Section|Step|Chapter|Figure|Fig|Table|Page|Item|Rule|Article|Clause|Paragraph|Part|Phase|Room|Address|Server|Host|IP|Total|Price|Amount|Line|Row|Column|Appendix|Note|Exhibit|Option|Question|Ticket|Case|Error|Code|Status|Port|Node|Level|Sheet|Slide|Verse|Version|Build|Release|App|Updated|Upgraded|Downgraded|Running|Installed|Using|On|To|From|In|At|Is|Was|Now|Still|Since|After|Before|With|And|Or|The|Our|We|See|Tried)$/;

const VERSION_LABEL_WORDS = ['ver', 'release', 'firmware', 'fw', 'patch', 'sdk'];

// "version 2 of the contract" is a document version ("version 8.3 of the app" is not).
const notDocumentVersion = (text: string, start: number, end: number) =>
  (/\d[._]\d/.test(text.slice(start, end)) || !/^\s+of\b/i.test(after(text, end, 6))) && notDuration(text, start, end);

// A version introduced by what it versions. Labels that are common words (app, build) need a
// dotted number or a long build number; "version"/"release"/"firmware" take any number.
const VERSIONS: EnvironmentPattern[] = [
  {
    kind: 'version',
    triggers: VERSION_LABEL_WORDS,
    // "Version: 4.12.1" reads as the bare number; "version 4.12.1" keeps its word.
    pattern: new RegExp(
      String.raw`\b(?:(?:app|application|client|agent|plugin|plug-in|extension|add-in|add-on|SDK|firmware|FW)\s+)?(?:version|ver\.?|release|firmware|FW|patch|SDK)\s?(?:[:=]|\bis\b|\bno\.?)\s?(?<value>v?\d{1,4}(?:\.\d{1,5}){0,3}(?:-[0-9A-Za-z]{1,12})?)${NUM_END}`,
      'gi',
    ),
    accept: notDocumentVersion,
  },
  {
    kind: 'version',
    triggers: VERSION_LABEL_WORDS,
    pattern: new RegExp(
      String.raw`\b(?:(?:app|application|client|agent|plugin|plug-in|extension|add-in|add-on|SDK|firmware|FW)\s+)?(?:version|ver\.?|release|firmware|FW|patch|SDK)\s?#?v?\d{1,4}(?:\.\d{1,5}){0,3}(?:-[0-9A-Za-z]{1,12})?${NUM_END}`,
      'gi',
    ),
    accept: notDocumentVersion,
  },
  {
    kind: 'version',
    triggers: ['app', 'client', 'agent', 'plugin', 'plug-in', 'extension', 'add-in', 'add-on'],
    pattern: new RegExp(String.raw`\b(?:app|application|client|agent|plugin|plug-in|extension|add-in|add-on)\s+v?\d{1,4}(?:\.\d{1,5}){1,3}(?:-[0-9A-Za-z]{1,12})?${NUM_END}`, 'gi'),
  },
  // Windows updates: "KB5036893".
  { kind: 'version', triggers: ['kb'], pattern: /\bKB\d{6,7}\b/g },
  // Software named by a short word: "POS sw 8.4.2", "software 3.1".
  { kind: 'version', triggers: ['sw', 'software'], pattern: new RegExp(String.raw`\b(?:[A-Z][A-Za-z0-9]{1,10}\s)?(?:sw|SW|software|Software)\s+v?\d{1,4}(?:\.\d{1,5}){1,3}${NUM_END}`, 'g') },
  // Date-named API versions: "API version 2024-10-01", "payload version 2024-10-01".
  { kind: 'version', triggers: ['version'], pattern: /\b(?:(?:API|api|payload|schema|webhook|Stripe-Version)\s)?version[:=]?\s?(?:19|20)\d\d-[01]\d-[0-3]\d\b/gi },
  { kind: 'version', triggers: ['build'], pattern: new RegExp(String.raw`\bbuild\s?(?:#\s?|no\.?\s?|number\s)?(?:\d{1,4}(?:\.\d{1,5}){1,3}|\d{3,9})${NUM_END}`, 'gi') },
  { kind: 'version', triggers: [/\b[vV]\d{1,3}\./], pattern: new RegExp(String.raw`\b[vV]\d{1,3}(?:\.\d{1,5}){1,3}(?:-[0-9A-Za-z]{1,12})?${NUM_END}`, 'g') },
  {
    kind: 'version',
    triggers: softwareWords(RUNTIMES),
    pattern: new RegExp(String.raw`\b(?:${RUNTIMES.join('|')})\s+v?\d{1,3}(?:\.\d{1,5}){0,3}${NUM_END}`, 'g'),
    accept: notDocumentVersion,
  },
  {
    kind: 'version',
    triggers: softwareWords(APPLICATIONS),
    pattern: new RegExp(String.raw`\b(?:${APPLICATIONS.join('|')})\s+(?:v?\d{1,3}(?:\.\d{1,5}){1,3}|(?:19|20)\d\d|365)${NUM_END}`, 'g'),
    accept: notDocumentVersion,
  },
  {
    kind: 'version',
    triggers: [/\d\.\d{1,5}\.\d/],
    // Any capitalised name with a three-part number ("Zoom 5.17.5", "Acme Desktop 3.2.1"), but
    // not a section, step, price or IP address.
    pattern: new RegExp(String.raw`\b(?<name>[A-Z][A-Za-z]{1,20})\s(?<number>\d{1,4}\.\d{1,5}\.\d{1,5}(?:\.\d{1,5})?)${NUM_END}`, 'g'),
    accept: (text, start, end) => {
      const [name = '', number = ''] = text.slice(start, end).split(/\s/);
      if (NOT_A_PRODUCT.test(name)) return false;
      const parts = number.split('.');
      return !(parts.length === 4 && parts.every((part) => Number(part) <= 255));
    },
  },
  {
    kind: 'version',
    triggers: ['updat', 'upgrad', 'downgrad', 'rolled back', 'running', 'installed'],
    // "updated to 4.13", "we're running 4.12.1": the number alone is the value.
    pattern: new RegExp(String.raw`\b(?:updated|upgraded|downgraded|updating|upgrading|rolled\s+back|running|installed)\s+(?:to\s+|from\s+)?(?<value>\d{1,3}\.\d{1,5}(?:\.\d{1,5})?)${NUM_END}`, 'gi'),
  },
];

/**
 * Every pattern, strongest first: where two overlap the earlier wins ("Chrome OS" is the OS, not
 * the browser; "Galaxy S23 5G" is a device, not a network; "firmware 1.8.2" is one version).
 */
export const ENVIRONMENT_PATTERNS: readonly EnvironmentPattern[] = [...OS, ...DEVICES, ...NETWORK, ...BROWSERS, ...VERSIONS];
