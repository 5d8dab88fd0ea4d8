/**
 * A fake `vscode` module, good enough for the extension's activate() and its Linter to run outside VS Code: no
 * open documents, no workspace folder, default settings, event registrations that return disposables. Members the
 * extension reaches for that are not written out here are filled with a generic callable stub and recorded in
 * `filledIn`, so a new use shows up in the benchmark's output instead of crashing it.
 */
import Module from 'node:module';

type Listener = (e: unknown) => unknown;

export const filledIn = new Set<string>();

class Disposable {
  constructor(private readonly fn: () => void = () => undefined) {}
  static from(...ds: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => ds.forEach((d) => d.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

class EventEmitter {
  private listeners: Listener[] = [];
  readonly event = (listener: Listener, thisArg?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener = (e) => listener.call(thisArg, e);
    this.listeners.push(bound);
    const d = new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== bound);
    });
    disposables?.push(d);
    return d;
  };
  fire(e?: unknown): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

/** An event that never fires. */
const noEvent = (_l: Listener, _t?: unknown, disposables?: Disposable[]): Disposable => {
  const d = new Disposable();
  disposables?.push(d);
  return d;
};

class Uri {
  constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static file(p: string): Uri {
    return new Uri('file', '', p.startsWith('/') ? p : `/${p}`);
  }
  static parse(s: string): Uri {
    const m = /^([a-z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(s);
    return m ? new Uri(m[1]!, m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5] ?? '') : new Uri('file', '', s);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    const segs = base.path.split('/');
    for (const p of parts.flatMap((x) => x.split('/'))) {
      if (p === '..') segs.pop();
      else if (p !== '.' && p !== '') segs.push(p);
    }
    return base.with({ path: segs.join('/') || '/' });
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(
      change.scheme ?? this.scheme,
      change.authority ?? this.authority,
      change.path ?? this.path,
      change.query ?? this.query,
      change.fragment ?? this.fragment,
    );
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Refactor = new CodeActionKind('refactor');
  static readonly Source = new CodeActionKind('source');
  static readonly SourceFixAll = new CodeActionKind('source.fixAll');
  static readonly SourceOrganizeImports = new CodeActionKind('source.organizeImports');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other: CodeActionKind): boolean {
    return this.value === '' || other.value === this.value || other.value.startsWith(`${this.value}.`);
  }
  intersects(other: CodeActionKind): boolean {
    return this.contains(other) || other.contains(this);
  }
}

/** A plain data class: keeps its constructor arguments. */
const dataClass = (name: string): new (...args: unknown[]) => object =>
  ({
    [name]: class {
      readonly args: unknown[];
      constructor(...args: unknown[]) {
        this.args = args;
      }
    },
  })[name]!;

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}

function diagnosticCollection(name: string): Record<string, unknown> {
  const map = new Map<string, unknown[]>();
  return {
    name,
    set: (uri: Uri, ds: unknown[]) => void map.set(uri.toString(), ds),
    get: (uri: Uri) => map.get(uri.toString()),
    has: (uri: Uri) => map.has(uri.toString()),
    delete: (uri: Uri) => void map.delete(uri.toString()),
    clear: () => map.clear(),
    forEach: (cb: (uri: Uri, ds: unknown[]) => void) => map.forEach((ds, k) => cb(Uri.parse(k), ds)),
    dispose: () => map.clear(),
  };
}

const logChannel = (name: string): Record<string, unknown> => ({
  name,
  logLevel: 2,
  onDidChangeLogLevel: noEvent,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  append: () => undefined,
  appendLine: () => undefined,
  replace: () => undefined,
  clear: () => undefined,
  show: () => undefined,
  hide: () => undefined,
  dispose: () => undefined,
});

const statusBarItem = (id?: string): Record<string, unknown> => ({
  id,
  text: '',
  show: () => undefined,
  hide: () => undefined,
  dispose: () => undefined,
});

const configuration = (): Record<string, unknown> => ({
  get: <T>(_key: string, dflt?: T): T | undefined => dflt,
  has: () => false,
  inspect: () => undefined,
  update: async () => undefined,
});

/** A callable, constructible stand-in for anything not written out: calls return a disposable. */
function generic(path: string): unknown {
  const target = function stub(): unknown {
    return new Disposable();
  };
  return new Proxy(target, {
    get: (t, prop) => {
      if (prop === 'dispose') return () => undefined;
      if (prop === 'then') return undefined;
      if (typeof prop === 'symbol') return Reflect.get(t, prop);
      filledIn.add(`${path}.${prop}`);
      return generic(`${path}.${prop}`);
    },
    apply: () => new Disposable(),
    construct: () => ({}),
  });
}

/** Wrap a namespace so that unknown members are filled in (and recorded) rather than undefined. */
function namespace<T extends object>(name: string, ns: T): T {
  return new Proxy(ns, {
    get: (t, prop) => {
      if (typeof prop === 'symbol' || Reflect.has(t, prop)) return Reflect.get(t, prop);
      filledIn.add(`${name}.${prop}`);
      return generic(`${name}.${prop}`);
    },
  });
}

class FileSystemError extends Error {
  static FileNotFound(what?: unknown): FileSystemError {
    return new FileSystemError(`FileNotFound: ${String(what)}`, 'FileNotFound');
  }
  constructor(
    message: string,
    readonly code = 'Unknown',
  ) {
    super(message);
  }
}

export function createVscodeStub(): Record<string, unknown> {
  return {
    version: '1.90.0',
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Selection: Range,
    CodeActionKind,
    FileSystemError,
    CodeAction: dataClass('CodeAction'),
    Diagnostic: dataClass('Diagnostic'),
    DiagnosticRelatedInformation: dataClass('DiagnosticRelatedInformation'),
    DocumentSymbol: dataClass('DocumentSymbol'),
    Location: dataClass('Location'),
    MarkdownString: dataClass('MarkdownString'),
    ThemeColor: dataClass('ThemeColor'),
    ThemeIcon: dataClass('ThemeIcon'),
    WorkspaceEdit: class {
      replace(): void {}
      insert(): void {}
      delete(): void {}
    },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    SymbolKind: namespace('SymbolKind', {
      File: 0,
      Module: 1,
      Namespace: 2,
      Package: 3,
      Class: 4,
      Method: 5,
      Property: 6,
      Field: 7,
      Constructor: 8,
      Enum: 9,
      Interface: 10,
      Function: 11,
      Variable: 12,
      Constant: 13,
      String: 14,
      Number: 15,
      Boolean: 16,
      Array: 17,
      Object: 18,
      Key: 19,
      Null: 20,
      EnumMember: 21,
      Struct: 22,
      Event: 23,
      Operator: 24,
      TypeParameter: 25,
    }),
    UIKind: { Desktop: 1, Web: 2 },
    env: namespace('env', { language: 'en', appName: 'Wirelint bench', uiKind: 1, openExternal: async () => true }),
    workspace: namespace('workspace', {
      textDocuments: [],
      workspaceFolders: undefined,
      isTrusted: true,
      getConfiguration: configuration,
      getWorkspaceFolder: () => undefined,
      asRelativePath: (p: Uri | string) => (typeof p === 'string' ? p : p.path),
      createFileSystemWatcher: () => ({
        onDidChange: noEvent,
        onDidCreate: noEvent,
        onDidDelete: noEvent,
        dispose: () => undefined,
      }),
      fs: namespace('workspace.fs', {
        readFile: async (uri: Uri) => {
          throw FileSystemError.FileNotFound(uri);
        },
        stat: async (uri: Uri) => {
          throw FileSystemError.FileNotFound(uri);
        },
        writeFile: async () => undefined,
      }),
      findFiles: async () => [],
      applyEdit: async () => true,
      openTextDocument: async () => {
        throw new Error('no documents in the benchmark stub');
      },
      onDidOpenTextDocument: noEvent,
      onDidCloseTextDocument: noEvent,
      onDidChangeTextDocument: noEvent,
      onDidSaveTextDocument: noEvent,
      onWillSaveTextDocument: noEvent,
      onDidChangeConfiguration: noEvent,
      onDidChangeWorkspaceFolders: noEvent,
      onDidGrantWorkspaceTrust: noEvent,
    }),
    window: namespace('window', {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      createOutputChannel: logChannel,
      createStatusBarItem: statusBarItem,
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showErrorMessage: async () => undefined,
      showQuickPick: async () => undefined,
      showTextDocument: async () => undefined,
      withProgress: async (_o: unknown, task: (p: unknown, t: unknown) => unknown) =>
        task({ report: () => undefined }, { isCancellationRequested: false, onCancellationRequested: noEvent }),
      onDidChangeActiveTextEditor: noEvent,
      onDidChangeVisibleTextEditors: noEvent,
    }),
    languages: namespace('languages', {
      createDiagnosticCollection: diagnosticCollection,
      registerCodeActionsProvider: () => new Disposable(),
      registerDocumentSymbolProvider: () => new Disposable(),
      registerHoverProvider: () => new Disposable(),
      match: () => 0,
      setTextDocumentLanguage: async (d: unknown) => d,
      getDiagnostics: () => [],
      onDidChangeDiagnostics: noEvent,
    }),
    commands: namespace('commands', {
      registerCommand: () => new Disposable(),
      registerTextEditorCommand: () => new Disposable(),
      executeCommand: async () => undefined,
    }),
    extensions: namespace('extensions', { getExtension: () => undefined, all: [] }),
  };
}

/** The ExtensionContext handed to activate(). */
export function createContext(extensionPath: string): Record<string, unknown> {
  const memento = { get: <T>(_k: string, d?: T) => d, update: async () => undefined, keys: () => [] };
  return namespace('context', {
    subscriptions: [] as Array<{ dispose(): unknown }>,
    extensionPath,
    extensionUri: Uri.file(extensionPath),
    globalState: { ...memento, setKeysForSync: () => undefined },
    workspaceState: memento,
    extensionMode: 1,
    asAbsolutePath: (p: string) => `${extensionPath}/${p}`,
    logUri: Uri.file('/tmp/wirelint-bench-log'),
    storageUri: undefined,
    globalStorageUri: Uri.file('/tmp/wirelint-bench-storage'),
  });
}

const STUB_ID = '\0wirelint-bench-vscode-stub';

/** Make `require('vscode')` return the stub in this process. */
export function installVscodeStub(): void {
  const M = Module as unknown as {
    _resolveFilename: (request: string, ...rest: unknown[]) => string;
    _cache: Record<string, unknown>;
  };
  if (M._cache[STUB_ID]) return;
  const mod = new Module(STUB_ID);
  mod.exports = createVscodeStub();
  mod.loaded = true;
  M._cache[STUB_ID] = mod;
  const resolve = M._resolveFilename;
  M._resolveFilename = function (request: string, ...rest: unknown[]): string {
    return request === 'vscode' ? STUB_ID : resolve.call(this, request, ...rest);
  };
}
