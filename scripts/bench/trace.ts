/**
 * A Chrome trace of one page, read for what the benchmarks need: the
 * renderer's main-thread tasks, and how much of each ran the extension's code
 * (any script event whose URL is the extension's). That is how a long task is
 * attributed to the extension rather than to the page.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> & { url?: string; message?: string }; name?: string };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', '__metadata'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReturnAsStream' });
}

export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream, size: 1 << 20 })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** Threads named CrRendererMain: the pages' main threads. */
function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threads.add(`${e.pid}:${e.tid}`);
  return threads;
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.callFunction', 'v8.run']);

export interface TaskFigure {
  /** Start, in trace microseconds. */
  readonly ts: number;
  /** Whole task, ms. */
  readonly ms: number;
  /** Extension script time inside it, ms. */
  readonly extensionMs: number;
}

/** Main-thread tasks of the renderer(s) whose script ran `urlPart` code, with the extension's share of each. */
export function tasksWithScript(events: readonly TraceEvent[], urlPart: string): TaskFigure[] {
  const threads = rendererMainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !threads.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const out: TaskFigure[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const tasks = list.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    const scripts = list.filter((e) => SCRIPT_EVENTS.has(e.name) && typeof e.args?.data?.url === 'string' && e.args.data.url.includes(urlPart));
    let s = 0;
    let coveredUntil = -1;
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      let self = 0;
      while (s < scripts.length && scripts[s].ts < task.ts) s++;
      for (let i = s; i < scripts.length && scripts[i].ts < end; i++) {
        const e = scripts[i];
        // Outermost events only: a FunctionCall inside an EvaluateScript is the same time.
        if (e.ts < coveredUntil) continue;
        self += e.dur ?? 0;
        coveredUntil = e.ts + (e.dur ?? 0);
      }
      if (self > 0) out.push({ ts: task.ts, ms: (task.dur ?? 0) / 1000, extensionMs: self / 1000 });
    }
  }
  return out;
}

/** All main-thread tasks of the renderers, ms. */
export function allTasks(events: readonly TraceEvent[]): TaskFigure[] {
  const threads = rendererMainThreads(events);
  return events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && threads.has(`${e.pid}:${e.tid}`))
    .map((e) => ({ ts: e.ts, ms: (e.dur ?? 0) / 1000, extensionMs: 0 }));
}

/** First event whose script URL contains `urlPart` (the content script's first evaluation). */
export function firstScriptEvent(events: readonly TraceEvent[], urlPart: string): TraceEvent | undefined {
  return events
    .filter((e) => (e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'FunctionCall') && e.args?.data?.url?.includes(urlPart))
    .sort((a, b) => a.ts - b.ts)[0];
}

/** `console.timeStamp(label)` calls, by label. */
export function timeStamps(events: readonly TraceEvent[], label: string): TraceEvent[] {
  return events.filter((e) => e.name === 'TimeStamp' && (e.args?.data?.message === label || e.args?.data?.name === label)).sort((a, b) => a.ts - b.ts);
}
