// Key-derivation time of the unlock page (issue #20, item 1), in Debian's Chromium over the DevTools protocol.
// Run through bench/unlock-bench.sh, which starts the static server and the browser. For each case it opens a page
// of that origin and times PBKDF2-SHA256 (600,000 iterations, 32 bytes, as PublishKey.Iterations) the way
// theme/assets/unlock.js does: WebCrypto deriveBits on a secure origin (http://127.0.0.1), and the vendored
// @noble/hashes pbkdf2Async on a plain-http intranet name (no crypto.subtle there).
const [, , devtoolsPort, serverPort, runs = "5"] = process.argv;
const ITERATIONS = 600000;

async function page() {
  const res = await fetch(`http://127.0.0.1:${devtoolsPort}/json/new?about:blank`, { method: "PUT" });
  const target = await res.json();
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
  let id = 0;
  const pending = new Map();
  ws.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.id && pending.has(message.id)) { pending.get(message.id)(message); pending.delete(message.id); }
  };
  const send = (method, params = {}) => new Promise((resolve) => { id++; pending.set(id, resolve); ws.send(JSON.stringify({ id, method, params })); });
  return { send, close: () => ws.close() };
}

async function measure(origin, expression) {
  const p = await page();
  await p.send("Page.enable");
  await p.send("Page.navigate", { url: origin + "/unlock.js" });
  await new Promise((r) => setTimeout(r, 1000));
  const result = await p.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
  p.close();
  if (result.result.exceptionDetails) { throw new Error(JSON.stringify(result.result.exceptionDetails)); }
  return result.result.result.value;
}

const timing = (body) => `(async () => {
  const salt = new Uint8Array(16), password = new TextEncoder().encode("copper lantern meadow violet");
  const times = []; let context = { secure: window.isSecureContext, subtle: !!(window.crypto && crypto.subtle) };
  // a 100 ms timer meanwhile, as the page's progress display: did the page keep running its own tasks?
  let ticks = 0; const timer = setInterval(() => ticks++, 100); const tickCounts = [];
  for (let i = 0; i < ${Number(runs)}; i++) { const t = performance.now(); ticks = 0; ${body} times.push(performance.now() - t); tickCounts.push(ticks); }
  clearInterval(timer);
  return { ...context, times, tickCounts };
})()`;

const webcrypto = timing(`const m = await crypto.subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"]);
  await crypto.subtle.deriveBits({ name: "PBKDF2", salt, iterations: ${ITERATIONS}, hash: "SHA-256" }, m, 256);`);
const noble = timing(`const [k, h] = await Promise.all([import("./vendor/noble-hashes-2.4.0/pbkdf2.js"), import("./vendor/noble-hashes-2.4.0/sha2.js")]);
  await k.pbkdf2Async(h.sha256, password, salt, { c: ${ITERATIONS}, dkLen: 32 });`);

// as unlock.js does: noble yields with scheduler.yield() when the browser has it, whose continuations run ahead of
// the page's timers and rendering (measured: the progress timer starved); hidden meanwhile, noble yields with
// setTimeout(0), every 50 ms of work
const nobleAsUnlock = timing(`const [k, h] = await Promise.all([import("./vendor/noble-hashes-2.4.0/pbkdf2.js"), import("./vendor/noble-hashes-2.4.0/sha2.js")]);
  const own = Object.getOwnPropertyDescriptor(window, "scheduler");
  Object.defineProperty(window, "scheduler", { value: undefined, configurable: true, writable: true });
  try { await k.pbkdf2Async(h.sha256, password, salt, { c: ${ITERATIONS}, dkLen: 32, asyncTick: 50 }); }
  finally { if (own) { Object.defineProperty(window, "scheduler", own); } else { delete window.scheduler; } }
  context.restored = typeof window.scheduler?.yield === "function";`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, origin, expression] of [
  ["WebCrypto (http://127.0.0.1, a secure context)", `http://127.0.0.1:${serverPort}`, webcrypto],
  ["@noble/hashes pbkdf2Async, default yielding (http://journal.intranet.test, not a secure context)", `http://journal.intranet.test:${serverPort}`, noble],
  ["@noble/hashes pbkdf2Async as unlock.js calls it (same origin)", `http://journal.intranet.test:${serverPort}`, nobleAsUnlock],
]) {
  const r = await measure(origin, expression);
  console.log(`${name}: secure context ${r.secure}, crypto.subtle ${r.subtle}; ms per derivation: ${r.times.map((t) => t.toFixed(0)).join(", ")}; median ${median(r.times).toFixed(0)} ms; 100 ms progress timer ran ${r.tickCounts.join(", ")} times${r.restored === undefined ? "" : "; scheduler.yield restored after: " + r.restored}`);
}
