/*
 * FairPass scanning in the browser, no build step: loaded as a plain script.
 * - Keyboard-wedge scanners (USB scanners typing the code + Enter) are heard on the whole document, without a
 *   focused field (so no on-screen keyboard pops up): characters arriving faster than a person types are
 *   buffered until Enter, then sent to every element marked [fp-wedge] as an "fp-code" event.
 * - <fp-camera-scanner> decodes QR codes from the camera with ZXing (window.ZXing, loaded before this file)
 *   and fires "fp-code" on itself.
 * Both give each scan a nonce, so a retried request is recognised, and drop the same code seen again within
 * two seconds.
 */
(function () {
  if (window.fairpassScan) {
    return;
  }
  var SCANNER_GAP_MS = 50;
  var REPEAT_MS = 2000;
  var lastCode = null;
  var lastAt = 0;

  function nonce() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  /** The scan as an event detail, or null when it repeats the last one within two seconds. */
  function accept(code) {
    var now = Date.now();
    if (code === lastCode && now - lastAt < REPEAT_MS) {
      return null;
    }
    lastCode = code;
    lastAt = now;
    return { code: code, nonce: nonce() };
  }

  window.fairpassScan = { accept: accept };

  var buffer = '';
  var startedAt = 0;
  var lastKeyAt = 0;
  /** A pause this long ends whatever was being typed. */
  var PAUSE_MS = 300;

  function typingInAField(event) {
    var origin = event.composedPath ? event.composedPath()[0] : event.target;
    return origin && (origin.tagName === 'INPUT' || origin.tagName === 'TEXTAREA' || origin.isContentEditable);
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || typingInAField(event)) {
      return;
    }
    var now = Date.now();
    if (event.key === 'Enter') {
      var code = buffer;
      buffer = '';
      // A scanner types faster than SCANNER_GAP_MS a key on average (a USB hiccup in between does not matter);
      // a person is slower. Some scanners pause a little before their Enter.
      var scanned = code.length >= 4 && now - lastKeyAt < 500
          && (lastKeyAt - startedAt) / (code.length - 1) < SCANNER_GAP_MS;
      if (scanned) {
        event.preventDefault();
        var detail = accept(code);
        if (detail) {
          document.querySelectorAll('[fp-wedge]').forEach(function (target) {
            target.dispatchEvent(new CustomEvent('fp-code', { detail: detail }));
          });
        }
      }
      return;
    }
    if (event.key.length !== 1) {
      return;
    }
    if (buffer === '' || now - lastKeyAt > PAUSE_MS) {
      buffer = '';
      startedAt = now;
    }
    buffer += event.key;
    lastKeyAt = now;
  }, true);

  var FRAME_MS = 200;

  class CameraScanner extends HTMLElement {
    connectedCallback() {
      this.running = true;
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.ZXing) {
        this.setAttribute('unavailable', '');
        return;
      }
      var video = document.createElement('video');
      video.setAttribute('playsinline', '');
      video.muted = true;
      video.autoplay = true;
      this.appendChild(video);
      this.video = video;
      this.canvas = document.createElement('canvas');
      var hints = new Map();
      hints.set(ZXing.DecodeHintType.POSSIBLE_FORMATS, [ZXing.BarcodeFormat.QR_CODE]);
      hints.set(ZXing.DecodeHintType.TRY_HARDER, true);
      this.hints = hints;
      this.reader = new ZXing.QRCodeReader();
      var self = this;
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
        .then(function (stream) {
          if (!self.running) {
            stream.getTracks().forEach(function (t) { t.stop(); });
            return;
          }
          self.stream = stream;
          video.srcObject = stream;
          self.setAttribute('active', '');
          self.tick();
        })
        .catch(function () {
          // No camera, or no permission: the kiosk still works with its scanner.
          self.setAttribute('unavailable', '');
        });
    }

    disconnectedCallback() {
      this.running = false;
      clearTimeout(this.timer);
      if (this.stream) {
        this.stream.getTracks().forEach(function (t) { t.stop(); });
      }
      this.removeAttribute('active');
      if (this.video) {
        this.video.remove();
        this.video = null;
      }
    }

    tick() {
      var self = this;
      if (!this.running) {
        return;
      }
      this.timer = setTimeout(function () { self.decodeFrame(); self.tick(); }, FRAME_MS);
    }

    decodeFrame() {
      var video = this.video;
      if (!video || video.readyState < 2 || !video.videoWidth) {
        return;
      }
      this.canvas.width = video.videoWidth;
      this.canvas.height = video.videoHeight;
      this.canvas.getContext('2d').drawImage(video, 0, 0);
      try {
        var source = new ZXing.HTMLCanvasElementLuminanceSource(this.canvas);
        var bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(source));
        var text = this.reader.decode(bitmap, this.hints).getText();
        var detail = accept(text);
        if (detail) {
          this.dispatchEvent(new CustomEvent('fp-code', { detail: detail }));
        }
      } catch (e) {
        // No QR code in this frame.
      }
    }
  }

  customElements.define('fp-camera-scanner', CameraScanner);
})();
