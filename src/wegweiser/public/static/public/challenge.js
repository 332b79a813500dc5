/* Proof-of-work for public forms (wegweiser.public.challenge): find a nonce such that
   SHA-256("<challenge>:<nonce>") starts with `bits` zero bits. Runs with WebCrypto in small
   batches, so the page stays responsive; a form sent before the work is done waits for it. */
(function () {
  "use strict";
  var BATCH = 256;

  function zeroBits(buffer, bits) {
    var bytes = new Uint8Array(buffer);
    var full = bits >> 3, rest = bits & 7;
    for (var i = 0; i < full; i++) { if (bytes[i] !== 0) { return false; } }
    return rest === 0 || (bytes[full] >> (8 - rest)) === 0;
  }

  async function solve(token, bits) {
    var encoder = new TextEncoder();
    for (var start = 0; ; start += BATCH) {
      var work = [];
      for (var n = start; n < start + BATCH; n++) {
        work.push(crypto.subtle.digest("SHA-256", encoder.encode(token + ":" + n)));
      }
      var digests = await Promise.all(work);
      for (var k = 0; k < digests.length; k++) {
        if (zeroBits(digests[k], bits)) { return String(start + k); }
      }
    }
  }

  function setUp(box) {
    var form = box.closest("form");
    var token = box.querySelector('input[name="challenge"]').value;
    var nonceField = box.querySelector('input[name="challenge_nonce"]');
    var status = box.querySelector(".public-challenge__status");
    var bits = parseInt(box.dataset.challengeBits, 10) || 0;
    var waiting = null;  // the button that sent the form before the work was done
    status.textContent = box.dataset.textWorking;
    var done = solve(token, bits).then(function (nonce) {
      nonceField.value = nonce;
      status.textContent = box.dataset.textDone;
      box.dataset.solved = "true";
      if (waiting && form) { form.requestSubmit(waiting === true ? undefined : waiting); }
    });
    if (form) {
      form.addEventListener("submit", function (event) {
        if (!nonceField.value) {
          event.preventDefault();
          waiting = event.submitter || true;
          status.textContent = box.dataset.textWorking;
        }
      });
    }
    return done;
  }

  function start() {
    if (window.wegweiserChallengeStarted) { return; }  // the field may be included twice
    window.wegweiserChallengeStarted = true;
    document.querySelectorAll(".public-challenge").forEach(function (box) {
      if (window.crypto && crypto.subtle) {
        setUp(box);
      } else {  // WebCrypto needs HTTPS (or localhost): say so instead of failing silently
        box.querySelector(".public-challenge__status").textContent = box.dataset.textUnsupported;
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
