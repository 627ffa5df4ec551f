// OneOnOne.Journal: decrypts a published page in the browser (no network beyond this site's own files).
// Key: PBKDF2-SHA256(passphrase, salt, iterations) -> 256 bits, kept in sessionStorage (never the
// passphrase). Page: AES-256-GCM(iv) over JSON {title, bodyClass, body}.
// Primitives: the browser's WebCrypto first. Outside a secure context (plain http from a host that is not
// localhost) crypto.subtle does not exist, so the same primitives come from the audited @noble/hashes and
// @noble/ciphers, shipped unchanged under assets/vendor/ (tools/vendor/refresh-noble.sh) and imported only then.
(function () {
  "use strict";
  var sealed = document.getElementById("sealed");
  if (!sealed) { return; }
  var root = sealed.getAttribute("data-root") || "";
  var salt = sealed.getAttribute("data-salt");
  var iterations = parseInt(sealed.getAttribute("data-iterations"), 10);
  var storageKey = "oneonone-key:" + salt;
  var status = document.getElementById("unlock-status");
  var form = document.getElementById("unlock-form");
  var native = !!(window.crypto && window.crypto.subtle);
  // the versioned folders that tools/vendor/refresh-noble.sh writes (VendoredCryptoTests checks these names)
  var HASHES = "assets/vendor/noble-hashes-2.4.0/";
  var CIPHERS = "assets/vendor/noble-ciphers-2.4.0/";
  // without WebCrypto 600,000 iterations took 4–8 s on Debian's Chromium (docs/benchmarks.md): past 3 s, say why
  var SLOW_AFTER_MS = 3000;

  function fromBase64(text) {
    var raw = atob(text.trim());
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }
  function toBase64(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
    return btoa(s);
  }
  function say(text) { if (status) { status.textContent = text; } }

  // an absolute URL: import() resolves a relative one against this script's URL, data-root is relative to the page.
  // Against location.href, never document.baseURI: the root is read once, here, before any decrypted HTML is shown,
  // so nothing a note holds (a <base>, were the policy's base-uri 'none' not there) can move where code comes from.
  var pageUrl = location.href;
  function vendored(path) { return import(new URL(root + path, pageUrl).href); }
  var hashes = null;
  var cipher = null;
  function nobleHashes() {
    hashes = hashes || Promise.all([vendored(HASHES + "pbkdf2.js"), vendored(HASHES + "sha2.js")]);
    return hashes;
  }
  function nobleCipher() {
    cipher = cipher || vendored(CIPHERS + "aes.js");
    return cipher;
  }

  function derive(passphrase) {
    var password = new TextEncoder().encode(passphrase);
    if (!native) {
      return nobleHashes().then(function (m) {
        // pbkdf2Async yields between slices of work, with scheduler.yield() where the browser has it; Chromium runs
        // those continuations ahead of the page's timers and rendering, so the progress below froze for the whole
        // derivation (bench/unlock-bench.sh: the 100 ms timer ran once in 5 s). Hidden meanwhile, noble yields with
        // setTimeout(0), every 50 ms of work (a few % slower, the page keeps moving); restored afterwards.
        var own = Object.getOwnPropertyDescriptor(window, "scheduler");
        var hidden = false;
        try {
          Object.defineProperty(window, "scheduler", { value: undefined, configurable: true, writable: true });
          hidden = true;
        } catch (e) {
          // a browser where it cannot be hidden: noble yields its own way, the progress may pause, the key is the same
        }
        function restore() {
          if (!hidden) { return; }
          if (own) { Object.defineProperty(window, "scheduler", own); } else { delete window.scheduler; }
        }
        return m[0].pbkdf2Async(m[1].sha256, password, fromBase64(salt), { c: iterations, dkLen: 32, asyncTick: 50 })
          .then(function (bits) { restore(); return bits; }, function (error) { restore(); throw error; });
      });
    }
    return crypto.subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"])
      .then(function (material) {
        return crypto.subtle.deriveBits({ name: "PBKDF2", salt: fromBase64(salt), iterations: iterations, hash: "SHA-256" }, material, 256);
      })
      .then(function (bits) { return new Uint8Array(bits); });
  }
  // AES-256-GCM decryption of ciphertext||tag; rejects for a wrong key or altered data (both check the tag)
  function decrypt(bits, iv, data) {
    if (!native) {
      return nobleCipher().then(function (m) { return m.gcm(bits, iv).decrypt(data); });
    }
    return crypto.subtle.importKey("raw", bits, { name: "AES-GCM" }, false, ["decrypt"])
      .then(function (key) { return crypto.subtle.decrypt({ name: "AES-GCM", iv: iv }, key, data); })
      .then(function (plain) { return new Uint8Array(plain); });
  }
  function open(bits) {
    return decrypt(bits, fromBase64(sealed.getAttribute("data-iv")), fromBase64(sealed.textContent))
      .then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
  }
  function show(page) {
    document.title = new DOMParser().parseFromString("<p>" + page.title + "</p>", "text/html").body.textContent;
    document.body.className = page.bodyClass || "";
    document.body.innerHTML = page.body;
    // scripts inserted as HTML do not run: load the site's own, by name, never a <script> of the page (a note may
    // hold one, and the policy's 'strict-dynamic' would trust whatever this script adds)
    ["assets/site.js", "assets/search.js"].forEach(function (file) {
      var script = document.createElement("script");
      script.src = root + file;
      script.async = false;
      document.body.appendChild(script);
    });
    document.dispatchEvent(new CustomEvent("oneonone:unlocked"));
  }

  // for search.js: decrypts a sealed search shard (iv, ciphertext||tag as bytes) with the key of this tab
  window.__oneononeDecrypt = function (iv, data) {
    var stored = sessionStorage.getItem(storageKey);
    return stored ? decrypt(fromBase64(stored), iv, data) : Promise.reject(new Error("locked"));
  };

  // Plain http from another host: nothing protects the page on its way, and the host serves it. Said before the
  // passphrase is typed, because a changed page could send it anywhere (docs/privacy.md, "Plain http").
  if (location.protocol === "http:" && !window.isSecureContext && form) {
    var warning = document.createElement("p");
    warning.id = "unlock-http-warning";
    warning.className = "notice notice-warning";
    warning.textContent = "This page came over plain http. The journal stays encrypted on the host and on the network, " +
      "but the host and anyone on the network path (Wi-Fi, proxies, the intranet) can change this page, for example " +
      "to capture the passphrase you type. Type it only on a network you trust; ask for https to remove this risk.";
    form.parentNode.insertBefore(warning, form);
  }

  // Progress while the key is derived: elapsed seconds and an indeterminate bar (WebCrypto derives off the main
  // thread; noble yields between slices, so the timer runs in both cases).
  function progress() {
    var holder = document.createElement("p");
    holder.id = "unlock-progress";
    var bar = document.createElement("progress");
    bar.setAttribute("aria-label", "Deriving the key");
    var text = document.createElement("span");
    holder.appendChild(bar);
    holder.appendChild(document.createTextNode(" "));
    holder.appendChild(text);
    (status && status.parentNode ? status.parentNode : document.body).insertBefore(holder, status ? status.nextSibling : null);
    var started = Date.now();
    function tick() {
      var elapsed = Date.now() - started;
      text.textContent = "Deriving the key from the passphrase… " + (elapsed / 1000).toFixed(1) + " s" +
        (!native && elapsed > SLOW_AFTER_MS
          ? ". Without https this browser offers no built-in cryptography, so the key is derived in JavaScript, " +
            "which is slower: it can take 10 seconds or more on a busy computer, once per browser tab."
          : "");
    }
    tick();
    var timer = setInterval(tick, 100);
    return function stop() { clearInterval(timer); holder.remove(); };
  }

  var stored = sessionStorage.getItem(storageKey);
  if (stored) {
    open(fromBase64(stored)).then(show, function () { sessionStorage.removeItem(storageKey); say("Enter the passphrase."); });
  }
  if (form) {
    var button = form.querySelector("button");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var input = document.getElementById("passphrase");
      say("Unlocking…");
      if (button) { button.disabled = true; }
      var stop = progress();
      var bits;
      derive(input.value).then(function (b) { bits = b; stop(); return open(b); }).then(function (page) {
        sessionStorage.setItem(storageKey, toBase64(bits));
        show(page);
      }, function (error) {
        stop();
        if (button) { button.disabled = false; }
        // a library that failed to load is not a wrong passphrase
        say(bits || native
          ? "Wrong passphrase: this passphrase does not open the journal."
          : "This browser could not load the decryption code from this site (" + (error && error.message ? error.message : error) + ").");
        input.select();
      });
    });
  }
})();
