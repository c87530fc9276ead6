/** One API over Playwright (Chromium) and puppeteer-core (Firefox), so every spec runs in both browsers. */
export interface DriverPage {
  readonly url: () => string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  /** A real mouse click at viewport coordinates (a trusted event, unlike element.click() in the page). */
  mouseClick(x: number, y: number): Promise<void>;
  /** Chooses an option of a <select> as a user would. */
  select(selector: string, value: string): Promise<void>;
  /** Waits until the selector matches a visible element. */
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  /** Polls the predicate in the page until it returns true. */
  waitForFunction<A>(predicate: (arg: A) => boolean | Promise<boolean>, arg: A, timeoutMs?: number): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates source text through the protocol, which the page's CSP does not govern (e.g. to inject axe-core). */
  evaluateScript(source: string): Promise<unknown>;
  keyboard(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Emulates the system colour scheme, where the browser's protocol can (null: it cannot). */
  setColorScheme: ((scheme: 'light' | 'dark') => Promise<void>) | null;
  close(): Promise<void>;
}

export interface Badge {
  text: string;
  /** [r, g, b, a] */
  color: number[];
  title: string;
}

/** What the background context reported since the watch was installed. */
export interface BackgroundWatch {
  /** False when the background was replaced since the watch was installed (what it reported is lost). */
  installed: boolean;
  errors: string[];
}

/** The poll alarm as the browser has it scheduled. */
/** One notifications.create call of the background, as the browser received it. */
export interface CreatedNotification {
  id: string;
  title: string;
  message: string;
}

export interface NotificationRecord {
  /** False when the background was replaced since the recorder was installed (what it saw is lost). */
  installed: boolean;
  created: CreatedNotification[];
}

export interface PollAlarm {
  scheduledTime: number;
  periodInMinutes: number | null;
}

export interface ExtensionDriver {
  readonly browserName: 'chromium' | 'firefox';
  /** chrome-extension://<id> or moz-extension://<uuid> */
  readonly origin: string;
  /** Opens a page of the extension (path as in the built manifest) in a new tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  openPage(url: string): Promise<DriverPage>;
  /** Runs code with extension privileges (in a hidden extension page) and returns its JSON result. */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  badge(): Promise<Badge>;
  /** Sends a message to the worker from an extension page, as the popup does, and returns the answer. */
  sendMessage(message: unknown): Promise<unknown>;
  storage(key: string): Promise<unknown>;
  /** Stops the background context the way the browser does when idle (Chromium: the service worker). */
  stopBackground?(): Promise<void>;
  /** Starts recording the background context's uncaught errors, unhandled rejections and console.error. */
  watchBackground(): Promise<void>;
  /** What the background reported since watchBackground(). */
  backgroundErrors(): Promise<BackgroundWatch>;
  /**
   * 'install': from now on, record what the background passes to notifications.create (install it before the
   * first notification); 'read': what it recorded.
   */
  recordNotifications(mode: 'install' | 'read'): Promise<NotificationRecord>;
  /** The poll alarm as the browser has it scheduled. */
  pollAlarm(): Promise<PollAlarm | null>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The extension page the drivers evaluate privileged code in. */
export const PROBE_PAGE = 'src/popup/index.html';

export const HOSTS = ['status.claude.com', 'anthropic.statuspage.io', 'claude.ai'] as const;

/** Launch variants for the network fault tests; the default trusts any certificate and resolves every host. */
export interface NetworkOptions {
  /**
   * Trust only this certificate (PEM), as a browser trusts a real site's: every other certificate,
   * for the wrong host or self-signed, is refused. Default: certificate errors are ignored.
   */
  trustOnlyCertificate?: string;
  /** Host names that do not resolve (DNS failure). */
  unresolvedHosts?: string[];
}
