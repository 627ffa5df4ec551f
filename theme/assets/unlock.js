// OneOnOne.Journal: decrypts a published page in the browser (WebCrypto, no network).
// Key: PBKDF2-SHA256(passphrase, salt, iterations) -> 256 bits, kept in sessionStorage (never the
// passphrase). Page: AES-256-GCM(iv) over JSON {title, bodyClass, body}.
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

  if (!window.crypto || !window.crypto.subtle) {
    say("This browser cannot decrypt here: the page must be opened over https, from localhost, or from disk.");
    if (form) { form.hidden = true; }
    return;
  }

  function importKey(bits) {
    return crypto.subtle.importKey("raw", bits, { name: "AES-GCM" }, false, ["decrypt"]);
  }
  function derive(passphrase) {
    return crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveBits"])
      .then(function (material) {
        return crypto.subtle.deriveBits({ name: "PBKDF2", salt: fromBase64(salt), iterations: iterations, hash: "SHA-256" }, material, 256);
      })
      .then(function (bits) { return new Uint8Array(bits); });
  }
  function open(bits) {
    return importKey(bits).then(function (key) {
      return crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(sealed.getAttribute("data-iv")) }, key, fromBase64(sealed.textContent));
    }).then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
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

  window.__oneononeKey = function () {
    var stored = sessionStorage.getItem(storageKey);
    return stored ? importKey(fromBase64(stored)) : Promise.reject(new Error("locked"));
  };

  var stored = sessionStorage.getItem(storageKey);
  if (stored) {
    open(fromBase64(stored)).then(show, function () { sessionStorage.removeItem(storageKey); say("Enter the passphrase."); });
  }
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var input = document.getElementById("passphrase");
      say("Unlocking…");
      var bits;
      derive(input.value).then(function (b) { bits = b; return open(b); }).then(function (page) {
        sessionStorage.setItem(storageKey, toBase64(bits));
        show(page);
      }, function () {
        say("Wrong passphrase: this passphrase does not open the journal.");
        input.select();
      });
    });
  }
})();
