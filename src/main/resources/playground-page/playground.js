/*
 * Kinerja Bot playground: a Telegram-like web client for the in-process Bot API emulator.
 * Vanilla JS (ES2020), no framework, no build step, nothing from the network.
 *
 * Security rule: bot and user text is only ever put into the page through textContent / DOM nodes
 * built from `text` + `entities`. Nothing here assigns innerHTML from data.
 */
(() => {
  'use strict';

  const API = '/playground/api';
  const MAX_CHATS = 3;
  const MAX_TEXT = 4096;
  const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
  const CLOCK_REFRESH_MS = 30000;
  const CALLS_REFRESH_MS = 2000;
  const MAX_CALLS_SHOWN = 400;
  const TOAST_MS = 4000;
  const NARROW = window.matchMedia('(max-width: 760px)');

  /* ---------------------------------------------------------------- i18n (page chrome only) */

  const I18N = {
    id: {
      'brand.tag': 'Playground',
      'inspector.toggle': 'Inspektor',
      'inspector.title': 'Inspektor Bot API',
      'inspector.hide': 'Sembunyikan inspektor',
      'inspector.filter': 'Saring metode…',
      'inspector.onlyErrors': 'Hanya ditolak',
      'inspector.empty': 'Belum ada panggilan.',
      'inspector.parameters': 'Parameter',
      'inspector.response': 'Jawaban',
      'inspector.rejected': 'DITOLAK',
      'reset.button': 'Atur ulang',
      'reset.confirmTitle': 'Atur ulang playground?',
      'reset.confirmText': 'Kantor demo dipulihkan, semua obrolan dikosongkan dan jam kembali ke awal.',
      'reset.done': 'Playground sudah diatur ulang.',
      'clock.title': 'Waktu playground',
      'clock.nextReminder': 'Pengingat berikutnya',
      'clock.deadline': 'Tenggat',
      'clock.toReminder': 'Ke pengingat berikutnya',
      'clock.toDeadline': 'Ke tenggat',
      'clock.toWorkingDay': 'Ke hari kerja berikutnya',
      'clock.plusDays': '+ hari',
      'clock.daysLabel': 'Jumlah hari',
      'clock.moving': 'Memajukan jam…',
      'clock.moved': 'Jam dimajukan.',
      'personas.title': 'Persona',
      'personas.help': 'Klik seseorang untuk membuka obrolannya (maks. 3 berdampingan).',
      'personas.loading': 'Memuat…',
      'personas.failed': 'Persona tidak dapat dimuat. Mencoba lagi…',
      'personas.unlinked': 'belum tertaut',
      'role.pegawai': 'Pegawai',
      'role.atasan': 'Atasan',
      'role.hr': 'Admin kepegawaian',
      'role.camat': 'Camat',
      'role.warga': 'Warga',
      'role.visitor': 'Pengunjung baru',
      'chats.empty': 'Pilih persona di sebelah kiri untuk mulai mengobrol dengan bot.',
      'chat.bot': 'bot',
      'chat.close': 'Tutup obrolan',
      'chat.placeholder': 'Tulis pesan…',
      'chat.send': 'Kirim',
      'chat.attach': 'Kirim dokumen',
      'chat.menu': 'Menu perintah',
      'chat.noMessages': 'Belum ada pesan. Kirim /start untuk memulai.',
      'chat.tooLong': 'Pesan terlalu panjang: {n} dari maks. {max} karakter.',
      'chat.fileTooBig': 'Berkas terlalu besar (maks. 20 MB).',
      'chat.sendFailed': 'Tidak terkirim: {error}',
      'chat.uploading': 'Mengirim {name}…',
      'chat.edited': 'diedit',
      'chat.download': 'Unduh',
      'chat.noCommands': 'Bot belum menetapkan perintah.',
      'chat.commandsFailed': 'Daftar perintah tidak dapat dimuat.',
      'chat.reconnecting': 'Menyambung ulang…',
      'hint.scanQr': 'Pindai QR',
      'hint.use': 'Pakai',
      'hint.hide': 'Sembunyikan petunjuk',
      'modal.ok': 'OK',
      'modal.cancel': 'Batal',
      'modal.confirm': 'Atur ulang',
      'error.generic': 'Terjadi kesalahan: {error}',
      'link.leaving': 'Tautan dibuka di tab baru.',
      'groups.title': 'Grup',
      'groups.help': 'Buka grup sebagai salah satu anggotanya.',
      'groups.openAs': 'Buka sebagai',
      'group.kind.supergroup': 'Supergrup',
      'group.kind.group': 'Grup',
      'group.members': '{n} anggota',
      'group.as': 'sebagai {name}',
      'group.badge': 'grup',
      'group.noMessages': 'Belum ada pesan di grup ini.',
    },
    en: {
      'brand.tag': 'Playground',
      'inspector.toggle': 'Inspector',
      'inspector.title': 'Bot API inspector',
      'inspector.hide': 'Hide inspector',
      'inspector.filter': 'Filter methods…',
      'inspector.onlyErrors': 'Rejected only',
      'inspector.empty': 'No calls yet.',
      'inspector.parameters': 'Parameters',
      'inspector.response': 'Response',
      'inspector.rejected': 'REJECTED',
      'reset.button': 'Reset',
      'reset.confirmTitle': 'Reset the playground?',
      'reset.confirmText': 'The demo office is restored, all chats are emptied and the clock goes back to the start.',
      'reset.done': 'The playground has been reset.',
      'clock.title': 'Playground time',
      'clock.nextReminder': 'Next reminder',
      'clock.deadline': 'Deadline',
      'clock.toReminder': 'To the next reminder',
      'clock.toDeadline': 'To the deadline',
      'clock.toWorkingDay': 'To the next working day',
      'clock.plusDays': '+ days',
      'clock.daysLabel': 'Number of days',
      'clock.moving': 'Moving the clock…',
      'clock.moved': 'Clock moved.',
      'personas.title': 'Personas',
      'personas.help': 'Click someone to open their chat (up to 3 side by side).',
      'personas.loading': 'Loading…',
      'personas.failed': 'Could not load the personas. Retrying…',
      'personas.unlinked': 'not linked',
      'role.pegawai': 'Employee',
      'role.atasan': 'Supervisor',
      'role.hr': 'HR admin',
      'role.camat': 'Camat (district head)',
      'role.warga': 'Citizen',
      'role.visitor': 'New visitor',
      'chats.empty': 'Pick a persona on the left to start chatting with the bot.',
      'chat.bot': 'bot',
      'chat.close': 'Close chat',
      'chat.placeholder': 'Write a message…',
      'chat.send': 'Send',
      'chat.attach': 'Send a document',
      'chat.menu': 'Command menu',
      'chat.noMessages': 'No messages yet. Send /start to begin.',
      'chat.tooLong': 'Message too long: {n} of max. {max} characters.',
      'chat.fileTooBig': 'File too large (max. 20 MB).',
      'chat.sendFailed': 'Not sent: {error}',
      'chat.uploading': 'Sending {name}…',
      'chat.edited': 'edited',
      'chat.download': 'Download',
      'chat.noCommands': 'The bot has not set any commands.',
      'chat.commandsFailed': 'Could not load the command list.',
      'chat.reconnecting': 'Reconnecting…',
      'hint.scanQr': 'Scan QR',
      'hint.use': 'Use',
      'hint.hide': 'Hide hint',
      'modal.ok': 'OK',
      'modal.cancel': 'Cancel',
      'modal.confirm': 'Reset',
      'error.generic': 'Something went wrong: {error}',
      'link.leaving': 'The link opens in a new tab.',
      'groups.title': 'Groups',
      'groups.help': 'Open a group as one of its members.',
      'groups.openAs': 'Open as',
      'group.kind.supergroup': 'Supergroup',
      'group.kind.group': 'Group',
      'group.members': '{n} members',
      'group.as': 'as {name}',
      'group.badge': 'group',
      'group.noMessages': 'No messages in this group yet.',
    },
  };

  const ROLE_ORDER = ['pegawai', 'atasan', 'hr', 'camat', 'warga', 'visitor'];

  let lang = localStorage.getItem('playground.lang') === 'en' ? 'en' : 'id';

  function t(key, params) {
    let s = (I18N[lang] && I18N[lang][key]) || I18N.id[key] || key;
    if (params) {
      for (const [k, v] of Object.entries(params)) s = s.split('{' + k + '}').join(String(v));
    }
    return s;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    document.querySelectorAll('[data-i18n-aria]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAria)); });
    $('#lang-toggle').textContent = lang === 'id' ? 'EN' : 'ID';
    $('#lang-toggle').title = lang === 'id' ? 'English' : 'Bahasa Indonesia';
    renderClock();
    renderPersonas();
    renderGroups();
    for (const chat of chats) chat.relabel();
    renderTabs();
  }

  /* ---------------------------------------------------------------- small helpers */

  const $ = (sel, root = document) => root.querySelector(sel);

  /** Creates an element; text is always set via textContent. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k === 'dataset') Object.assign(node.dataset, v);
        else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c == null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** Inline SVG icons (no emoji font or icon font needed). */
  const ICONS = {
    clip: 'M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z',
    send: 'M3.4 20.4 21 12 3.4 3.6 3.4 10.2 15 12 3.4 13.8z',
    qr: 'M3 3h8v8H3V3zm2 2v4h4V5H5zm8-2h8v8h-8V3zm2 2v4h4V5h-4zM3 13h8v8H3v-8zm2 2v4h4v-4H5zm8-2h2v2h-2v-2zm2 2h2v2h-2v-2zm2-2h4v2h-2v2h-2v-4zm-4 4h2v4h-2v-4zm4 2h4v2h-4v-2zm2-2h2v2h-2v-2z',
    bulb: 'M9 21h6v-1H9v1zm3-19a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2z',
    group: 'M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5C15 14.17 10.33 13 8 13zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
  };
  function icon(name, extraClass) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'icon' + (extraClass ? ' ' + extraClass : ''));
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', ICONS[name]);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    return svg;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  class ApiError extends Error {
    constructor(message, status) { super(message); this.status = status; }
  }

  async function api(path, options = {}) {
    const init = { method: options.method || 'GET', headers: {}, signal: options.signal };
    if (options.json !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.json);
    } else if (options.body) {
      init.body = options.body;
    }
    init.headers.Accept = 'application/json';
    const response = await fetch(API + path, init);
    const type = response.headers.get('Content-Type') || '';
    let data = null;
    if (type.includes('json')) {
      try { data = await response.json(); } catch (e) { data = null; }
    } else {
      const body = await response.text();
      data = body ? { error: body.slice(0, 300) } : null;
    }
    if (!response.ok) {
      const message = (data && (data.error || data.message || data.description)) || (response.status + ' ' + response.statusText);
      throw new ApiError(message, response.status);
    }
    return data;
  }

  /** Parses "2026-12-02T08:00:00+07:00" into its wall-clock parts (the time as the playground shows it). */
  function wallClock(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?/.exec(iso || '');
    if (!m) return null;
    return { y: +m[1], mo: +m[2], d: +m[3], h: m[4], mi: m[5], s: m[6] || '00', offset: m[7] || '' };
  }

  const ZONE_NAMES = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT', '+0700': 'WIB', '+0800': 'WITA', '+0900': 'WIT' };

  function locale() { return lang === 'en' ? 'en-GB' : 'id-ID'; }

  function formatDay(w, withWeekday) {
    const date = new Date(Date.UTC(w.y, w.mo - 1, w.d));
    const opts = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
    if (withWeekday) opts.weekday = 'long';
    return new Intl.DateTimeFormat(locale(), opts).format(date);
  }

  function formatDateTime(iso, withWeekday = true) {
    const w = wallClock(iso);
    if (!w) return iso || '–';
    const zone = ZONE_NAMES[w.offset] || (w.offset === 'Z' ? 'UTC' : w.offset);
    const sep = lang === 'en' ? ':' : '.';
    return `${formatDay(w, withWeekday)} · ${w.h}${sep}${w.mi} ${zone}`.trim();
  }

  function formatTime(iso) {
    const w = wallClock(iso);
    return w ? `${w.h}:${w.mi}` : '';
  }

  function dayKey(iso) {
    const w = wallClock(iso);
    return w ? `${w.y}-${w.mo}-${w.d}` : '';
  }

  function initials(name) {
    const parts = String(name || '?').split(/\s+/).filter(Boolean);
    return ((parts[0] || '?')[0] + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
  }

  const AVATAR_COLOURS = ['#e17076', '#7bc862', '#65aadd', '#a695e7', '#ee7aae', '#6ec9cb', '#faa774'];
  function avatar(name, userId, extraClass) {
    const colour = AVATAR_COLOURS[Math.abs(Number(userId) || 0) % AVATAR_COLOURS.length];
    return el('span', { class: 'avatar' + (extraClass ? ' ' + extraClass : ''), style: `background:${colour}`, 'aria-hidden': 'true', text: initials(name) });
  }

  /* ---------------------------------------------------------------- links and deep links */

  /** Returns the /start payload of a Telegram deep link (t.me/<bot>?start=..., tg://resolve?...&start=...), else null. */
  function deepLinkPayload(href) {
    let url;
    try { url = new URL(href, location.href); } catch (e) { return null; }
    const host = url.hostname.toLowerCase();
    const isTme = (url.protocol === 'https:' || url.protocol === 'http:') && ['t.me', 'telegram.me', 'telegram.dog', 'www.t.me'].includes(host);
    const isTg = url.protocol === 'tg:';
    if (!isTme && !isTg) return null;
    const start = url.searchParams.get('start');
    return start == null ? null : start;
  }

  function safeHref(href) {
    if (!href) return null;
    let url;
    try { url = new URL(href, location.href); } catch (e) { return null; }
    return ['http:', 'https:', 'mailto:', 'tel:', 'tg:'].includes(url.protocol) ? url.href : null;
  }

  /* ---------------------------------------------------------------- entities → DOM */

  const BLOCK_TYPES = new Set(['pre', 'blockquote', 'expandable_blockquote']);
  const AUTO_PATTERN = /(https?:\/\/[^\s<>"']+|\bt\.me\/[^\s<>"']+)|((?:^|(?<=[\s(]))\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]+)?(?=$|[\s.,;:!?)]))/g;

  /**
   * Renders Bot API text + entities (offsets in UTF-16 code units, exactly JS string indices) into a
   * DocumentFragment. Nested entities nest; a partially overlapping one is split at the parent's end.
   */
  function renderEntities(text, entities, options = {}) {
    const frag = document.createDocumentFragment();
    text = text == null ? '' : String(text);
    const list = (Array.isArray(entities) ? entities : [])
      .filter((e) => e && typeof e.offset === 'number' && typeof e.length === 'number' && e.length > 0 && e.offset < text.length)
      .map((e, i) => ({ e, start: Math.max(0, e.offset), end: Math.min(text.length, e.offset + e.length), i }));
    build(frag, 0, text.length, sortEntities(list), text, { link: false, code: false, auto: options.autoLinks !== false });
    return frag;
  }

  function sortEntities(list) {
    return list.sort((a, b) => a.start - b.start || b.end - a.end || a.i - b.i);
  }

  function build(parent, from, to, ents, text, ctx) {
    let pos = from;
    let queue = ents.slice();
    while (queue.length) {
      const item = queue.shift();
      const start = Math.max(item.start, pos);
      const end = Math.min(item.end, to);
      if (start >= end) continue;
      appendPlain(parent, text.slice(pos, start), ctx);
      const children = [];
      const rest = [];
      for (const other of queue) {
        if (other.start < end) {
          children.push(other);
          if (other.end > end) rest.push({ e: other.e, start: end, end: other.end, i: other.i });
        } else {
          rest.push(other);
        }
      }
      const { outer, inner, childCtx } = entityElement(item.e, text.slice(start, end), ctx);
      build(inner, start, end, children, text, childCtx);
      parent.appendChild(outer);
      pos = end;
      // A block (pre, blockquote) already ends its line, as in Telegram: drop the one newline after it.
      if (BLOCK_TYPES.has(item.e.type) && text[pos] === '\n' && pos < to && !rest.some((r) => r.start === pos)) pos += 1;
      queue = sortEntities(rest);
    }
    appendPlain(parent, text.slice(pos, to), ctx);
  }

  function entityElement(e, segment, ctx) {
    const childCtx = { ...ctx };
    let node;
    switch (e.type) {
      case 'bold': node = el('b'); break;
      case 'italic': node = el('i'); break;
      case 'underline': node = el('u'); break;
      case 'strikethrough': node = el('s'); break;
      case 'spoiler': node = el('span', { class: 'spoiler', title: '' }); break;
      case 'code': node = el('code', { class: 'inline-code' }); childCtx.code = true; break;
      case 'pre': {
        const code = el('code', e.language ? { 'data-language': e.language, class: 'language-' + e.language.replace(/[^\w-]/g, '') } : null);
        const pre = el('pre', { class: 'pre', 'data-language': e.language || null }, code);
        childCtx.code = true;
        return { outer: pre, inner: code, childCtx };
      }
      case 'blockquote': node = el('blockquote'); break;
      case 'expandable_blockquote': node = el('blockquote', { class: 'expandable collapsed' }); break;
      case 'text_link': node = linkElement(e.url, false); childCtx.link = true; break;
      case 'url': node = linkElement(/^[a-z][a-z0-9+.-]*:/i.test(segment) ? segment : 'https://' + segment, false); childCtx.link = true; break;
      case 'email': node = linkElement('mailto:' + segment, false); childCtx.link = true; break;
      case 'phone_number': node = linkElement('tel:' + segment.replace(/[^\d+]/g, ''), false); childCtx.link = true; break;
      case 'text_mention':
      case 'mention': node = el('span', { class: 'mention' }); break;
      case 'hashtag':
      case 'cashtag': node = el('span', { class: 'hashtag' }); break;
      case 'bot_command': node = el('span', { class: 'bot-command', role: 'button', tabindex: '0', 'data-command': segment }); childCtx.link = true; break;
      default: node = el('span', { class: 'entity-' + String(e.type || 'unknown').replace(/[^\w-]/g, '') });
    }
    return { outer: node, inner: node, childCtx };
  }

  function linkElement(href, auto) {
    const safe = safeHref(href);
    if (!safe) return el('span', { class: 'link-blocked' });
    const payload = deepLinkPayload(safe);
    const a = el('a', { href: safe, class: 'link' + (auto ? ' auto' : ''), rel: 'noopener noreferrer nofollow', target: '_blank' });
    if (payload != null) {
      a.classList.add('deep-link');
      a.dataset.startPayload = payload;
      a.removeAttribute('target');
    }
    return a;
  }

  /** Plain text; URLs and /commands that Telegram would make clickable become links here too. */
  function appendPlain(parent, s, ctx) {
    if (!s) return;
    if (ctx.link || ctx.code || !ctx.auto) { parent.appendChild(document.createTextNode(s)); return; }
    let last = 0;
    AUTO_PATTERN.lastIndex = 0;
    let m;
    while ((m = AUTO_PATTERN.exec(s)) !== null) {
      let match = m[0];
      if (m[1]) match = match.replace(/[.,;:!?)\]'"]+$/, '');
      if (!match) continue;
      const start = m.index;
      if (start > last) parent.appendChild(document.createTextNode(s.slice(last, start)));
      let node;
      if (m[1]) {
        node = linkElement(/^https?:/i.test(match) ? match : 'https://' + match, true);
      } else {
        node = el('span', { class: 'bot-command auto', role: 'button', tabindex: '0', 'data-command': match });
      }
      node.textContent = match;
      parent.appendChild(node);
      last = start + match.length;
      AUTO_PATTERN.lastIndex = last;
    }
    if (last < s.length) parent.appendChild(document.createTextNode(s.slice(last)));
  }

  /* ---------------------------------------------------------------- modal, toast, lightbox */

  function showModal({ title, text, buttons, testid, extraClass }) {
    return new Promise((resolve) => {
      const root = $('#modal-root');
      const overlay = el('div', { class: 'modal-overlay', 'data-testid': testid || 'modal' });
      const box = el('div', { class: 'modal' + (extraClass ? ' ' + extraClass : ''), role: 'dialog', 'aria-modal': 'true' });
      if (title) box.append(el('div', { class: 'modal-title', text: title }));
      if (text) box.append(el('div', { class: 'modal-text', text }));
      const row = el('div', { class: 'modal-buttons' });
      const close = (value) => { overlay.remove(); document.removeEventListener('keydown', onKey); resolve(value); };
      const onKey = (ev) => {
        if (ev.key === 'Escape') close(false);
        if (ev.key === 'Enter') { ev.preventDefault(); close(buttons[buttons.length - 1].value); }
      };
      for (const b of buttons) {
        row.append(el('button', { type: 'button', class: b.class || '', 'data-testid': b.testid, text: b.label, onclick: () => close(b.value) }));
      }
      box.append(row);
      overlay.append(box);
      overlay.addEventListener('click', (ev) => { if (ev.target === overlay) close(false); });
      document.addEventListener('keydown', onKey);
      root.append(overlay);
      row.lastChild.focus();
    });
  }

  function showAlert(text) {
    return showModal({ text, extraClass: 'toast alert', testid: 'alert', buttons: [{ label: t('modal.ok'), value: true, class: 'ok', testid: 'alert-ok' }] });
  }

  function showToast(container, text, kind) {
    const toast = el('div', { class: 'toast' + (kind ? ' ' + kind : ''), role: 'status', 'data-testid': 'toast', text });
    container.append(toast);
    setTimeout(() => toast.classList.add('leaving'), TOAST_MS);
    setTimeout(() => toast.remove(), TOAST_MS + 400);
    return toast;
  }

  function globalToast(text, kind) {
    let holder = $('#global-toasts');
    if (!holder) { holder = el('div', { id: 'global-toasts', class: 'toast-holder' }); document.body.append(holder); }
    return showToast(holder, text, kind);
  }

  function openLightbox(src, alt) {
    const overlay = el('div', { class: 'lightbox', 'data-testid': 'lightbox', onclick: () => overlay.remove() },
      el('img', { src, alt: alt || '' }));
    const onKey = (ev) => { if (ev.key === 'Escape') { overlay.remove(); document.removeEventListener('keydown', onKey); } };
    document.addEventListener('keydown', onKey);
    document.body.append(overlay);
  }

  /* ---------------------------------------------------------------- state */

  let personas = [];
  let groups = []; // the playground's group chats: { chatId, type, title, members: [userId] }
  let bot = null; // { username, name, link }
  const chats = []; // open Chat objects, oldest first
  let activeKey = null; // the active chat's key: "<userId>" for a private chat, "<groupId>:<userId>" for a group

  function chatKey(userId, groupId) {
    return groupId == null ? String(userId) : String(groupId) + ':' + String(userId);
  }

  function groupById(chatId) {
    return groups.find((g) => String(g.chatId) === String(chatId)) || null;
  }
  let clock = null;

  function personaById(userId) {
    return personas.find((p) => String(p.userId) === String(userId)) || null;
  }

  /* ---------------------------------------------------------------- personas */

  async function loadPersonas() {
    for (;;) {
      try {
        const data = await api('/personas');
        personas = Array.isArray(data) ? data : [];
        renderPersonas();
        await loadGroups();
        for (const chat of chats) chat.refreshPersona();
        renderTabs();
        return;
      } catch (e) {
        const groups = $('#personas .persona-groups');
        groups.replaceChildren(el('p', { class: 'muted error', text: t('personas.failed') }));
        await sleep(2000);
      }
    }
  }

  function renderPersonas() {
    const groups = $('#personas .persona-groups');
    if (!personas.length) return;
    const byRole = new Map();
    for (const p of personas) {
      const role = ROLE_ORDER.includes(p.role) ? p.role : String(p.role || 'other');
      if (!byRole.has(role)) byRole.set(role, []);
      byRole.get(role).push(p);
    }
    const roles = [...ROLE_ORDER.filter((r) => byRole.has(r)), ...[...byRole.keys()].filter((r) => !ROLE_ORDER.includes(r))];
    const nodes = roles.map((role) => el('div', { class: 'role-group', 'data-role': role, 'data-testid': 'role-' + role },
      el('h3', { text: roleLabel(role) }),
      ...byRole.get(role).map(personaButton)));
    groups.replaceChildren(...nodes);
    markOpenPersonas();
  }

  async function loadGroups() {
    try {
      const [who, list] = await Promise.all([api('/bot'), api('/groups')]);
      bot = who;
      groups = Array.isArray(list) ? list : [];
    } catch (e) { /* the next reload retries */ }
    renderGroups();
  }

  function renderGroups() {
    const holder = $('#groups .group-list');
    const section = $('#groups');
    if (!holder) return;
    section.hidden = !groups.length;
    holder.replaceChildren(...groups.map((g) => el('div', { class: 'group-card', 'data-group-id': g.chatId, 'data-testid': 'group-' + g.chatId },
      el('div', { class: 'group-card-head' },
        groupAvatar(g),
        el('span', { class: 'persona-text' },
          el('span', { class: 'persona-name group-title', text: g.title || String(g.chatId) }),
          el('span', { class: 'persona-title', text: groupKind(g) + ' · ' + t('group.members', { n: (g.members || []).length }) }))),
      el('div', { class: 'group-open-as' },
        el('span', { class: 'group-open-label', text: t('groups.openAs') }),
        ...(g.members || []).map((userId) => {
          const p = personaById(userId);
          const name = p ? p.name : String(userId);
          return el('button', {
            type: 'button', class: 'member-chip', 'data-group-id': g.chatId, 'data-user-id': userId,
            'data-testid': 'group-' + g.chatId + '-as-' + userId, title: name,
            onclick: () => { openGroup(g.chatId, userId); closeNarrowPanel(); },
          }, avatar(name, userId, 'small'), el('span', { text: firstName(name) }));
        })))));
    markOpenPersonas();
  }

  function groupKind(g) {
    const key = 'group.kind.' + (g && g.type);
    const label = t(key);
    return label === key ? t('group.kind.group') : label;
  }

  function groupAvatar(g, extraClass) {
    return el('span', { class: 'avatar group-avatar' + (extraClass ? ' ' + extraClass : ''), 'aria-hidden': 'true' }, icon('group'));
  }

  /** Whether a t.me link points at this playground's own bot (then it opens the persona's private chat). */
  function isOwnBotLink(href) {
    if (!bot || !bot.username) return false;
    let url;
    try { url = new URL(href, location.href); } catch (e) { return false; }
    const host = url.hostname.toLowerCase();
    if (!['t.me', 'telegram.me', 'telegram.dog', 'www.t.me'].includes(host)) return false;
    return url.pathname.replace(/^\/+|\/+$/g, '').toLowerCase() === String(bot.username).toLowerCase();
  }

  function roleLabel(role) {
    const key = 'role.' + role;
    const label = t(key);
    return label === key ? role : label;
  }

  function personaButton(p) {
    const badges = el('span', { class: 'persona-badges' });
    if (p.linked === false) badges.append(el('span', { class: 'badge unlinked', text: t('personas.unlinked') }));
    if (p.language && p.language !== 'id') badges.append(el('span', { class: 'badge lang', text: String(p.language).toUpperCase() }));
    return el('button', {
      type: 'button', class: 'persona', 'data-user-id': p.userId, 'data-role': p.role, 'data-testid': 'persona-' + p.userId,
      title: p.hint ? p.hint : null,
      onclick: () => { openChat(p.userId); closeNarrowPanel(); },
    },
    avatar(p.name, p.userId),
    el('span', { class: 'persona-text' },
      el('span', { class: 'persona-name', text: p.name || String(p.userId) }),
      el('span', { class: 'persona-title', text: p.title || '' }),
      badges));
  }

  function markOpenPersonas() {
    document.querySelectorAll('#personas .persona').forEach((b) => {
      const open = chats.some((c) => c.key === chatKey(b.dataset.userId));
      b.classList.toggle('open', open);
      b.classList.toggle('active', activeKey === chatKey(b.dataset.userId));
    });
    document.querySelectorAll('#groups .member-chip').forEach((b) => {
      const key = chatKey(b.dataset.userId, b.dataset.groupId);
      b.classList.toggle('open', chats.some((c) => c.key === key));
      b.classList.toggle('active', activeKey === key);
    });
  }

  /* ---------------------------------------------------------------- chats */

  function openChat(userId) {
    return openKeyed(userId, null);
  }

  /** Opens (or focuses) the group chat as that member. */
  function openGroup(groupId, userId) {
    return openKeyed(userId, groupId);
  }

  function openKeyed(userId, groupId) {
    const key = chatKey(userId, groupId);
    let chat = chats.find((c) => c.key === key);
    if (!chat) {
      if (chats.length >= MAX_CHATS) chats[0].close();
      chat = new Chat(userId, groupId);
      chats.push(chat);
      $('#chats').append(chat.root);
      chat.start();
    }
    activate(chat);
    return chat;
  }

  function activate(chat) {
    activeKey = chat.key;
    for (const c of chats) c.root.classList.toggle('active', c === chat);
    chat.unread = 0;
    renderTabs();
    markOpenPersonas();
    updateEmptyState();
    chat.root.classList.remove('flash');
    void chat.root.offsetWidth;
    chat.root.classList.add('flash');
    if (!NARROW.matches || document.activeElement === document.body) chat.input.focus({ preventScroll: true });
  }

  function updateEmptyState() {
    $('#chats .chats-empty').hidden = chats.length > 0;
    $('#chats').dataset.count = String(chats.length);
  }

  function renderTabs() {
    const tabs = $('#chat-tabs');
    tabs.replaceChildren(...chats.map((c) => {
      const p = c.persona();
      const who = p ? firstName(p.name) : String(c.userId);
      const tab = el('button', {
        type: 'button', class: 'tab' + (c.key === activeKey ? ' active' : '') + (c.isGroup() ? ' group-tab' : ''), 'data-user-id': c.userId,
        'data-group-id': c.groupId, 'data-testid': c.isGroup() ? 'tab-group-' + c.groupId + '-' + c.userId : 'tab-' + c.userId,
        onclick: () => activate(c),
      }, c.isGroup() ? groupAvatar(c.group(), 'small') : avatar(p ? p.name : String(c.userId), c.userId, 'small'),
      el('span', { class: 'tab-name', text: c.isGroup() ? t('group.kind.group') + ' · ' + who : who }));
      if (c.unread) tab.append(el('span', { class: 'unread', text: String(c.unread) }));
      return tab;
    }));
    tabs.hidden = chats.length === 0;
  }

  function firstName(name) {
    return String(name || '').split(/\s+/)[0] || name;
  }

  /** Opens (or focuses) the persona's chat and sends "/start <payload>" from that persona, like tapping a t.me link. */
  function followDeepLink(userId, payload) {
    const chat = openChat(userId);
    chat.sendText(payload ? '/start ' + payload : '/start');
  }

  class Chat {
    constructor(userId, groupId = null) {
      this.userId = userId;
      this.groupId = groupId;
      this.key = chatKey(userId, groupId);
      this.version = null;
      this.closed = false;
      this.abort = new AbortController();
      this.messageNodes = new Map(); // messageId -> element
      this.separators = new Map(); // day key -> element
      this.unread = 0;
      this.pendingTap = null;
      this.commands = null;
      this.build();
    }

    persona() { return personaById(this.userId); }

    isGroup() { return this.groupId != null; }

    group() { return this.isGroup() ? groupById(this.groupId) : null; }

    /** The API path of this chat: the persona's private chat, or the group. */
    path() {
      return this.isGroup() ? `/groups/${encodeURIComponent(this.groupId)}` : `/chats/${encodeURIComponent(this.userId)}`;
    }

    build() {
      const p = this.persona();
      this.root = this.isGroup()
        ? el('section', { class: 'chat group-chat', 'data-group-id': this.groupId, 'data-as-user-id': this.userId,
          'data-testid': 'group-chat-' + this.groupId + '-' + this.userId })
        : el('section', { class: 'chat', 'data-user-id': this.userId, 'data-testid': 'chat-' + this.userId });
      this.root.addEventListener('mousedown', () => { if (activeKey !== this.key) activate(this); });

      this.avatarHolder = el('span', { class: 'chat-avatar' });
      this.nameNode = el('div', { class: 'chat-name' });
      this.roleNode = el('div', { class: 'chat-role' });
      this.closeButton = el('button', { type: 'button', class: 'close icon-button', 'data-testid': 'chat-close', text: '✕', onclick: (ev) => { ev.stopPropagation(); this.close(); } });
      this.header = el('header', { class: 'chat-header' }, this.avatarHolder, el('div', { class: 'chat-title' }, this.nameNode, this.roleNode), this.closeButton);

      this.hintBar = el('div', { class: 'hint', 'data-testid': 'hint', hidden: true });
      this.status = el('div', { class: 'chat-status', hidden: true });
      this.list = el('div', { class: 'messages', 'data-testid': 'messages', role: 'log', 'aria-live': 'polite' });
      this.stick = true; // follow new messages while the user is at the bottom, like Telegram
      this.list.addEventListener('scroll', () => { this.stick = this.isNearBottom(); });
      this.emptyNote = el('div', { class: 'messages-empty' });
      this.list.append(this.emptyNote);
      this.toasts = el('div', { class: 'toast-holder' });
      this.body = el('div', { class: 'chat-body' }, this.list, this.toasts);

      this.menu = el('div', { class: 'command-menu', 'data-testid': 'command-menu', hidden: true });
      this.menuButton = el('button', { type: 'button', class: 'menu-button', 'data-testid': 'menu-button', text: '/', onclick: () => this.toggleMenu() });
      this.fileInput = el('input', { type: 'file', class: 'file-input', 'data-testid': 'file-input', hidden: true, onchange: () => this.sendDocument() });
      this.attachButton = el('button', { type: 'button', class: 'attach icon-button', 'data-testid': 'attach', onclick: () => this.fileInput.click() }, icon('clip'));
      this.input = el('input', { type: 'text', class: 'message-input', 'data-testid': 'message-input', autocomplete: 'off', enterkeyhint: 'send' });
      this.counter = el('span', { class: 'counter', 'data-testid': 'counter', hidden: true });
      this.sendButton = el('button', { type: 'button', class: 'send', 'data-testid': 'send', onclick: () => this.sendFromInput() },
        icon('send', 'send-icon'));
      this.composerError = el('div', { class: 'composer-error', 'data-testid': 'composer-error', hidden: true });
      this.composer = el('div', { class: 'composer' }, this.menuButton, this.attachButton, el('div', { class: 'input-wrap' }, this.input, this.counter), this.sendButton, this.fileInput);

      this.input.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); this.sendFromInput(); }
        if (ev.key === 'Escape') this.hideMenu();
      });
      this.input.addEventListener('input', () => this.onInput());

      this.root.append(this.header, this.hintBar, this.status, this.body, this.menu, this.composerError, this.composer);

      // Clicks inside messages: deep links, other links, bot commands, spoilers, photos, quotes.
      this.list.addEventListener('click', (ev) => this.onListClick(ev));
      this.list.addEventListener('keydown', (ev) => {
        if ((ev.key === 'Enter' || ev.key === ' ') && ev.target.classList && ev.target.classList.contains('bot-command')) { ev.preventDefault(); this.sendText(ev.target.dataset.command); }
      });
      this.hintBar.addEventListener('click', (ev) => this.onListClick(ev));
      this.relabel();
    }

    relabel() {
      const p = this.persona();
      const name = p ? p.name : String(this.userId);
      if (this.isGroup()) {
        const g = this.group();
        this.avatarHolder.replaceChildren(groupAvatar(g));
        this.nameNode.replaceChildren(el('span', { class: 'group-mark', 'data-testid': 'group-badge', title: t('group.badge') }, icon('group')),
          el('span', { text: g ? g.title : String(this.groupId) }));
        this.roleNode.textContent = (g ? groupKind(g) + ' · ' + t('group.members', { n: (g.members || []).length }) + ' · ' : '')
          + t('group.as', { name });
        this.header.title = '';
      } else {
        this.avatarHolder.replaceChildren(avatar(name, this.userId));
        this.nameNode.textContent = name;
        this.roleNode.textContent = p ? roleLabel(p.role) + (p.title ? ' · ' + p.title : '') : '';
        this.header.title = p && p.title ? p.title : '';
      }
      this.closeButton.title = t('chat.close');
      this.closeButton.setAttribute('aria-label', t('chat.close'));
      this.input.placeholder = t('chat.placeholder');
      this.sendButton.title = t('chat.send');
      this.sendButton.setAttribute('aria-label', t('chat.send'));
      this.attachButton.title = t('chat.attach');
      this.attachButton.setAttribute('aria-label', t('chat.attach'));
      this.menuButton.title = t('chat.menu');
      this.menuButton.setAttribute('aria-label', t('chat.menu'));
      this.emptyNote.textContent = t(this.isGroup() ? 'group.noMessages' : 'chat.noMessages');
      this.status.textContent = t('chat.reconnecting');
      this.list.querySelectorAll('.message .edited').forEach((n) => { n.textContent = t('chat.edited'); });
      this.list.querySelectorAll('.document .document-action').forEach((n) => { n.textContent = t('chat.download'); });
      this.renderHint();
    }

    refreshPersona() { this.relabel(); }

    renderHint() {
      const p = this.persona();
      const hint = !this.isGroup() && p && p.hint; // a persona's hint is for their private chat
      if (!hint || this.hintHidden) { this.hintBar.hidden = true; return; }
      const text = el('span', { class: 'hint-text' });
      const actions = el('span', { class: 'hint-actions' });
      // "/start skm_..." or a t.me deep link → a "scan QR" button that follows it.
      const deep = /https?:\/\/(?:t\.me|telegram\.me)\/[^\s]+/i.exec(hint);
      const start = /\/start(?:\s+|=)(\S+)/.exec(hint);
      let payload = null;
      if (deep) payload = deepLinkPayload(deep[0]);
      if (payload == null && start) payload = start[1];
      appendHintText(text, hint);
      if (payload != null) {
        actions.append(el('button', { type: 'button', class: 'scan-qr', 'data-testid': 'scan-qr', 'data-start-payload': payload,
          onclick: () => followDeepLink(this.userId, payload) }, icon('qr'), el('span', { text: t('hint.scanQr') })));
      }
      const close = el('button', { type: 'button', class: 'hint-close icon-button', title: t('hint.hide'), 'aria-label': t('hint.hide'), text: '✕',
        onclick: () => { this.hintHidden = true; this.renderHint(); } });
      this.hintBar.replaceChildren(icon('bulb', 'hint-icon'), text, actions, close);
      this.hintBar.hidden = false;
    }

    start() {
      updateEmptyState();
      this.poll();
    }

    close() {
      this.closed = true;
      this.abort.abort();
      this.root.remove();
      const i = chats.indexOf(this);
      if (i >= 0) chats.splice(i, 1);
      if (activeKey === this.key) {
        activeKey = null;
        if (chats.length) activate(chats[chats.length - 1]);
      }
      renderTabs();
      markOpenPersonas();
      updateEmptyState();
    }

    /** Starts over (after a reset): empties the list and polls from scratch. */
    restart() {
      this.abort.abort();
      this.abort = new AbortController();
      this.version = null;
      this.messageNodes.clear();
      this.separators.clear();
      this.list.replaceChildren(this.emptyNote);
      this.hintHidden = false;
      this.commands = null;
      this.renderHint();
      this.poll();
    }

    async poll() {
      const signal = this.abort.signal;
      while (!this.closed && !signal.aborted) {
        const began = performance.now();
        const before = this.version;
        try {
          const query = this.version == null ? '' : '?since=' + encodeURIComponent(this.version);
          const data = await api(`${this.path()}/messages${query}`, { signal });
          if (signal.aborted) return;
          this.status.hidden = true;
          this.apply(data || {}, before == null);
          if (data && data.version === before && performance.now() - began < 250) await sleep(500);
        } catch (e) {
          if (signal.aborted || this.closed) return;
          this.status.hidden = false;
          await sleep(1000);
        }
      }
    }

    apply(data, first) {
      const changed = this.version !== data.version;
      if (data.version != null) this.version = data.version;
      if (Array.isArray(data.messages)) this.renderMessages(data.messages, first);
      if (!first && Array.isArray(data.toasts)) {
        for (const toast of data.toasts) {
          if (!toast || !toast.text) continue;
          if (toast.alert) showAlert(String(toast.text)); else showToast(this.toasts, String(toast.text));
        }
      }
      if (this.pendingTap && (changed || (data.toasts && data.toasts.length))) this.finishTap();
      if (!first && changed) {
        if (activeKey !== this.key || NARROW.matches && !this.root.classList.contains('active')) { this.unread += 1; renderTabs(); }
        scheduleCallsRefresh(150);
      }
    }

    renderMessages(messages, first) {
      const atBottom = first || this.stick;
      const sorted = messages.filter((m) => m && m.messageId != null).slice().sort((a, b) => a.messageId - b.messageId);
      const desired = [];
      const alive = new Set();
      const days = new Set();
      let lastDay = null;
      let grewFromUser = false;
      for (const m of sorted) {
        if (m.deleted) continue;
        alive.add(m.messageId);
        const day = dayKey(m.date);
        if (day && day !== lastDay) {
          days.add(day);
          let sep = this.separators.get(day);
          if (!sep) {
            const w = wallClock(m.date);
            sep = el('div', { class: 'day-separator', 'data-day': day }, el('span', { text: formatDay(w, false) }));
            this.separators.set(day, sep);
          }
          desired.push(sep);
          lastDay = day;
        }
        const sig = JSON.stringify(m) + '|' + lang;
        let node = this.messageNodes.get(m.messageId);
        if (!node || node.dataset.sig !== sig) {
          const fresh = this.renderMessage(m);
          fresh.dataset.sig = sig;
          if (node) {
            if (node.parentNode) node.replaceWith(fresh);
            if (!first) { fresh.classList.add('flash'); }
          } else if (!first && m.fromBot === false) {
            grewFromUser = true;
          }
          this.messageNodes.set(m.messageId, fresh);
          node = fresh;
        }
        desired.push(node);
      }
      for (const [id, node] of this.messageNodes) {
        if (!alive.has(id)) { node.remove(); this.messageNodes.delete(id); }
      }
      for (const [day, node] of this.separators) {
        if (!days.has(day)) { node.remove(); this.separators.delete(day); }
      }
      // Reorder in place: only moves what is out of place, so images keep their loaded state.
      const wanted = desired.length ? desired : [this.emptyNote];
      if (desired.length) this.emptyNote.remove();
      for (let i = 0; i < wanted.length; i++) {
        const current = this.list.children[i];
        if (current !== wanted[i]) this.list.insertBefore(wanted[i], current || null);
      }
      while (this.list.children.length > wanted.length) this.list.lastChild.remove();
      if (atBottom || grewFromUser) this.scrollToBottom();
    }

    renderMessage(m) {
      const fromBot = m.fromBot !== false;
      // in a group, only this persona's own messages are outgoing; the bot's and the other members' come in
      const own = !fromBot && (!this.isGroup() || String(m.senderId) === String(this.userId));
      const kind = m.kind || 'text';
      const bubble = el('div', { class: 'bubble' });
      const side = fromBot ? 'from-bot incoming' : own ? 'from-user outgoing' : 'from-member incoming';
      const node = el('div', {
        class: `message ${side} kind-${String(kind).replace(/[^\w-]/g, '')}${m.edited ? ' edited-message' : ''}`,
        'data-message-id': m.messageId, 'data-kind': kind, 'data-testid': 'message-' + m.messageId,
        'data-sender-id': m.senderId != null ? m.senderId : null,
      }, bubble);
      if (this.isGroup()) {
        // a group shows who wrote each message, in the sender's colour
        const colour = AVATAR_COLOURS[Math.abs(Number(m.senderId) || 0) % AVATAR_COLOURS.length];
        bubble.append(el('div', { class: 'sender' + (fromBot ? ' sender-bot' : ''), 'data-testid': 'sender-name', style: `color:${colour}`,
          text: m.senderName || (fromBot && bot ? bot.name : String(m.senderId || '')) }));
      }
      let body = null;
      if (kind === 'photo') {
        if (m.fileUrl) {
          const img = el('img', { class: 'photo', src: m.fileUrl, alt: m.caption || m.fileName || '', 'data-testid': 'photo' });
          img.addEventListener('load', () => { if (this.stick) this.scrollToBottom(); });
          bubble.append(el('div', { class: 'photo-frame' }, img));
        }
        body = { text: m.caption != null ? m.caption : m.text, entities: m.captionEntities || m.entities };
      } else if (kind === 'document') {
        const name = m.fileName || 'document';
        const ext = (name.includes('.') ? name.split('.').pop() : 'file').slice(0, 4).toUpperCase();
        const safe = safeHref(m.fileUrl);
        const card = el(safe ? 'a' : 'div', { class: 'document', 'data-testid': 'document', href: safe, download: safe ? name : null, title: name },
          el('span', { class: 'document-icon', 'data-ext': ext, text: ext }),
          el('span', { class: 'document-text' },
            el('span', { class: 'document-name', text: name }),
            el('span', { class: 'document-action', text: t('chat.download') })));
        bubble.append(card);
        body = { text: m.caption != null ? m.caption : m.text, entities: m.captionEntities || m.entities };
      } else {
        body = { text: m.text != null ? m.text : (kind !== 'text' ? '[' + kind + ']' : ''), entities: m.entities };
      }
      const textNode = el('div', { class: 'text' });
      if (body.text) textNode.append(el('span', { class: 'content', 'data-testid': 'message-text' }, renderEntities(body.text, body.entities)));
      const meta = el('span', { class: 'meta' });
      if (m.edited) meta.append(el('span', { class: 'edited', text: t('chat.edited') }));
      meta.append(el('span', { class: 'time', text: formatTime(m.date), title: m.date || '' }));
      if (own) meta.append(el('span', { class: 'ticks', 'aria-hidden': 'true', text: '✓✓' }));
      if (body.text) {
        textNode.append(meta);
        bubble.append(textNode);
      } else {
        bubble.append(el('div', { class: 'text meta-only' }, meta));
      }
      if (Array.isArray(m.keyboard) && m.keyboard.length) {
        node.append(this.renderKeyboard(m));
        node.classList.add('has-keyboard');
      }
      return node;
    }

    renderKeyboard(m) {
      const keyboard = el('div', { class: 'keyboard', 'data-testid': 'keyboard' });
      for (const row of m.keyboard) {
        if (!Array.isArray(row)) continue;
        const rowNode = el('div', { class: 'keyboard-row' });
        for (const b of row) {
          if (!b) continue;
          const button = el('button', { type: 'button', class: 'key', 'data-callback-data': b.callbackData, 'data-url': b.url, text: b.text || '' });
          if (b.url) {
            button.classList.add('url-key');
            button.append(el('span', { class: 'key-corner', 'aria-hidden': 'true', text: '↗' }));
          }
          button.addEventListener('click', () => this.onKey(m, b, button));
          rowNode.append(button);
        }
        keyboard.append(rowNode);
      }
      return keyboard;
    }

    onKey(m, b, button) {
      if (b.url) { this.followHref(b.url); return; }
      if (b.callbackData == null) return;
      this.tap(m.messageId, b.callbackData, button);
    }

    async tap(messageId, callbackData, button) {
      if (button) button.classList.add('pending');
      this.pendingTap = { started: performance.now(), button };
      try {
        const json = this.isGroup() ? { userId: this.userId, messageId, callbackData } : { messageId, callbackData };
        await api(`${this.path()}/taps`, { method: 'POST', json });
      } catch (e) {
        this.finishTap(false);
        showToast(this.toasts, t('chat.sendFailed', { error: e.message }), 'error');
      }
      afterAction();
      setTimeout(() => { if (button) button.classList.remove('pending'); }, 5000);
    }

    finishTap(record = true) {
      const tap = this.pendingTap;
      if (!tap) return;
      this.pendingTap = null;
      if (tap.button) tap.button.classList.remove('pending');
      if (record) metrics.tapLatencies.push(Math.round(performance.now() - tap.started));
    }

    onListClick(ev) {
      const target = ev.target instanceof Element ? ev.target : null;
      if (!target) return;
      const link = target.closest('a');
      if (link && link.classList.contains('document')) return; // the download itself
      if (link && link.getAttribute('href')) {
        ev.preventDefault();
        this.followHref(link.getAttribute('href'));
        return;
      }
      const command = target.closest('.bot-command');
      if (command) { this.sendText(command.dataset.command); return; }
      const spoiler = target.closest('.spoiler');
      if (spoiler) { spoiler.classList.toggle('revealed'); return; }
      const quote = target.closest('blockquote.expandable');
      if (quote) { quote.classList.toggle('collapsed'); return; }
      const photo = target.closest('img.photo');
      if (photo) { openLightbox(photo.src, photo.alt); return; }
      const chip = target.closest('.hint-chip');
      if (chip) { this.input.value = chip.dataset.value; this.onInput(); this.input.focus(); }
    }

    followHref(href) {
      const safe = safeHref(href);
      if (!safe) return;
      const payload = deepLinkPayload(safe);
      if (payload != null) { followDeepLink(this.userId, payload); return; }
      if (isOwnBotLink(safe)) { openChat(this.userId); return; } // the bot's private chat, as Telegram opens it
      if (/^https?:\/\/(t\.me|telegram\.me)\/?/i.test(safe)) { activate(this); return; }
      window.open(safe, '_blank', 'noopener,noreferrer');
    }

    onInput() {
      const n = this.input.value.length; // UTF-16 code units, like Telegram counts
      const over = n > MAX_TEXT;
      this.counter.hidden = n < MAX_TEXT - 200;
      this.counter.textContent = `${n}/${MAX_TEXT}`;
      this.counter.classList.toggle('over', over);
      this.sendButton.disabled = over;
      this.root.classList.toggle('too-long', over);
      if (!over) this.setError(null);
      const v = this.input.value;
      if (/^\/[^\s]*$/.test(v)) this.showMenu(v.slice(1)); else if (!this.menu.hidden && this.menu.dataset.filtered === 'true') this.hideMenu();
    }

    setError(text) {
      this.composerError.textContent = text || '';
      this.composerError.hidden = !text;
    }

    sendFromInput() {
      const text = this.input.value;
      if (!text.trim()) return;
      if (text.length > MAX_TEXT) {
        this.setError(t('chat.tooLong', { n: text.length, max: MAX_TEXT }));
        return;
      }
      this.hideMenu();
      this.sendText(text, true);
    }

    async sendText(text, fromInput) {
      if (!text) return;
      if (text.length > MAX_TEXT) { this.setError(t('chat.tooLong', { n: text.length, max: MAX_TEXT })); return; }
      this.setError(null);
      const previous = this.input.value;
      if (fromInput) { this.input.value = ''; this.onInput(); }
      try {
        const json = this.isGroup() ? { userId: this.userId, text } : { text };
        await api(`${this.path()}/messages`, { method: 'POST', json });
        this.scrollToBottom();
      } catch (e) {
        if (fromInput && !this.input.value) { this.input.value = previous; this.onInput(); }
        this.setError(t('chat.sendFailed', { error: e.message }));
      }
      afterAction();
    }

    async sendDocument() {
      const file = this.fileInput.files && this.fileInput.files[0];
      this.fileInput.value = '';
      if (!file) return;
      if (file.size > MAX_DOCUMENT_BYTES) { this.setError(t('chat.fileTooBig')); return; }
      this.setError(null);
      const notice = showToast(this.toasts, t('chat.uploading', { name: file.name }));
      const form = new FormData();
      form.append('file', file, file.name);
      if (this.isGroup()) form.append('userId', String(this.userId));
      try {
        await api(`${this.path()}/documents`, { method: 'POST', body: form });
      } catch (e) {
        this.setError(t('chat.sendFailed', { error: e.message }));
      }
      notice.remove();
      afterAction();
    }

    async loadCommands() {
      const p = this.persona();
      const language = (p && p.language) || 'id';
      const data = await api('/commands?language=' + encodeURIComponent(language));
      this.commands = Array.isArray(data) ? data : [];
      return this.commands;
    }

    toggleMenu() {
      if (!this.menu.hidden && this.menu.dataset.filtered !== 'true') { this.hideMenu(); return; }
      this.showMenu(null, true);
    }

    async showMenu(filter, refresh) {
      this.menu.dataset.filtered = filter == null ? 'false' : 'true';
      this.menu.hidden = false;
      this.menuButton.classList.add('open');
      let commands = this.commands;
      if (!commands || refresh) {
        try { commands = await this.loadCommands(); } catch (e) {
          this.menu.replaceChildren(el('div', { class: 'command-menu-empty', text: t('chat.commandsFailed') }));
          return;
        }
      }
      if (this.menu.hidden) return;
      const f = (filter || '').toLowerCase();
      const shown = commands.filter((c) => c && c.command && (!f || String(c.command).toLowerCase().startsWith(f)));
      if (filter != null && !shown.length) { this.hideMenu(); return; }
      if (!shown.length) {
        this.menu.replaceChildren(el('div', { class: 'command-menu-empty', text: t('chat.noCommands') }));
        return;
      }
      this.menu.replaceChildren(...shown.map((c) => el('button', {
        type: 'button', class: 'command', 'data-command': '/' + c.command, 'data-testid': 'command-' + c.command,
        onclick: () => { this.hideMenu(); this.input.value = ''; this.onInput(); this.sendText('/' + c.command); },
      }, el('span', { class: 'command-name', text: '/' + c.command }), el('span', { class: 'command-description', text: c.description || '' }))));
    }

    hideMenu() {
      this.menu.hidden = true;
      this.menuButton.classList.remove('open');
    }

    isNearBottom(slack = 80) {
      return this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < slack;
    }

    scrollToBottom() {
      this.stick = true;
      requestAnimationFrame(() => { this.list.scrollTop = this.list.scrollHeight; this.stick = true; });
    }
  }

  /** Hint text: "/start x" and "/command" parts become chips; 6+ char upper-case codes become chips that fill the input. */
  function appendHintText(parent, hint) {
    const pattern = /(\/[a-z_]+(?:\s+[A-Za-z0-9_-]+)?)|\b([A-Z0-9]{6,}(?:-[A-Z0-9]{2,})*)\b/g;
    let last = 0;
    let m;
    while ((m = pattern.exec(hint)) !== null) {
      if (m.index > last) parent.append(document.createTextNode(hint.slice(last, m.index)));
      const value = m[0];
      parent.append(el('button', { type: 'button', class: 'hint-chip', 'data-value': value, 'data-testid': 'hint-chip', title: t('hint.use'), text: value }));
      last = m.index + value.length;
    }
    if (last < hint.length) parent.append(document.createTextNode(hint.slice(last)));
  }

  /* ---------------------------------------------------------------- clock */

  async function refreshClock() {
    try {
      clock = await api('/clock');
      renderClock();
    } catch (e) { /* next refresh retries */ }
  }

  function renderClock() {
    const now = $('#clock .now');
    if (!clock) return;
    now.textContent = formatDateTime(clock.now);
    now.dataset.iso = clock.now || '';
    now.title = (clock.now || '') + (clock.zone ? ' (' + clock.zone + ')' : '');
    $('#clock .next-reminder').textContent = clock.nextReminder ? formatDateTime(clock.nextReminder) : '–';
    $('#clock .deadline').textContent = clock.deadline ? formatDateTime(clock.deadline) : '–';
  }

  async function advanceClock(kind) {
    const body = { advance: kind };
    if (kind === 'days') {
      const days = parseInt($('#clock-days').value, 10);
      if (!Number.isFinite(days) || days < 1) { $('#clock-days').focus(); return; }
      body.days = days;
    }
    const status = $('#clock .clock-status');
    const buttons = document.querySelectorAll('#clock button[data-advance]');
    buttons.forEach((b) => { b.disabled = true; });
    status.textContent = t('clock.moving');
    status.classList.remove('error');
    try {
      const data = await api('/clock', { method: 'POST', json: body });
      if (data && data.now) { clock = data; renderClock(); }
      status.textContent = t('clock.moved');
    } catch (e) {
      status.textContent = t('error.generic', { error: e.message });
      status.classList.add('error');
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
    afterAction();
  }

  /* ---------------------------------------------------------------- inspector */

  const callNodes = new Map(); // index -> element
  let callsMax = null;
  let callsInFlight = false;
  let callsAgain = false;
  let callsTimer = null;

  function scheduleCallsRefresh(delay) {
    clearTimeout(callsTimer);
    callsTimer = setTimeout(refreshCalls, delay);
  }

  async function refreshCalls() {
    if (callsInFlight) { callsAgain = true; return; }
    callsInFlight = true;
    try {
      const query = callsMax == null ? '' : '?since=' + encodeURIComponent(callsMax);
      const data = await api('/calls' + query);
      if (Array.isArray(data)) addCalls(data);
    } catch (e) { /* retried by the timer */ }
    callsInFlight = false;
    if (callsAgain) { callsAgain = false; scheduleCallsRefresh(50); }
  }

  function addCalls(calls) {
    const list = $('#inspector .calls');
    const fresh = calls.filter((c) => c && c.index != null && !callNodes.has(c.index)).sort((a, b) => a.index - b.index);
    if (!fresh.length) return;
    const emptyNote = $('.calls-empty', list);
    if (emptyNote) emptyNote.remove();
    for (const call of fresh) {
      const node = renderCall(call);
      callNodes.set(call.index, node);
      list.prepend(node); // newest first
      if (callsMax == null || call.index > callsMax) callsMax = call.index;
    }
    while (callNodes.size > MAX_CALLS_SHOWN) {
      const oldest = Math.min(...callNodes.keys());
      callNodes.get(oldest).remove();
      callNodes.delete(oldest);
    }
    applyCallFilter();
  }

  function pretty(value) {
    if (value === undefined) return '';
    try { return JSON.stringify(value, null, 2); } catch (e) { return String(value); }
  }

  function renderCall(call) {
    const rejected = call.ok === false;
    const chatId = call.parameters && (call.parameters.chat_id != null ? call.parameters.chat_id : call.parameters.chatId);
    const head = el('button', { type: 'button', class: 'call-head', 'aria-expanded': 'false' },
      el('span', { class: 'call-index', text: '#' + call.index }),
      el('span', { class: 'method', text: call.method || '?' }),
      chatId != null ? el('span', { class: 'call-chat', text: '→ ' + chatId }) : null,
      el('span', { class: 'status', text: rejected ? t('inspector.rejected') : 'OK' }),
      el('span', { class: 'at', text: formatCallTime(call.at), title: call.at || '' }));
    const details = el('div', { class: 'details', hidden: true },
      el('div', { class: 'details-label', text: t('inspector.parameters') }),
      el('pre', { class: 'json parameters', text: pretty(call.parameters) }),
      el('div', { class: 'details-label', text: t('inspector.response') }),
      el('pre', { class: 'json response', text: pretty(call.response) }));
    const node = el('div', { class: 'call' + (rejected ? ' rejected' : ' ok'), 'data-index': call.index, 'data-method': call.method || '', 'data-testid': 'call' }, head);
    if (rejected) node.append(el('div', { class: 'error', 'data-testid': 'call-error', text: call.error || '' }));
    node.append(details);
    head.addEventListener('click', () => {
      details.hidden = !details.hidden;
      node.classList.toggle('expanded', !details.hidden);
      head.setAttribute('aria-expanded', String(!details.hidden));
    });
    return node;
  }

  function formatCallTime(iso) {
    const w = wallClock(iso);
    return w ? `${w.h}:${w.mi}:${w.s}` : (iso || '');
  }

  function applyCallFilter() {
    const f = $('#inspector .inspector-filter').value.trim().toLowerCase();
    const onlyErrors = $('#inspector .inspector-only-errors input').checked;
    for (const node of callNodes.values()) {
      const hide = (f && !node.dataset.method.toLowerCase().includes(f)) || (onlyErrors && !node.classList.contains('rejected'));
      node.hidden = Boolean(hide);
    }
  }

  function clearCalls() {
    callNodes.forEach((n) => n.remove());
    callNodes.clear();
    callsMax = null;
    $('#inspector .calls').replaceChildren(el('p', { class: 'muted calls-empty', 'data-i18n': 'inspector.empty', text: t('inspector.empty') }));
  }

  function setInspectorOpen(open, remember = true) {
    document.body.classList.toggle('inspector-collapsed', !open);
    $('#inspector').classList.toggle('collapsed', !open);
    $('#inspector-toggle').setAttribute('aria-pressed', String(open));
    if (remember) localStorage.setItem('playground.inspector', open ? 'open' : 'closed');
  }

  /* ---------------------------------------------------------------- reset, actions */

  function afterAction() {
    refreshClock();
    scheduleCallsRefresh(200);
    setTimeout(refreshCalls, 1200);
  }

  async function reset() {
    const ok = await showModal({
      title: t('reset.confirmTitle'), text: t('reset.confirmText'), testid: 'confirm',
      buttons: [
        { label: t('modal.cancel'), value: false, class: 'cancel', testid: 'confirm-cancel' },
        { label: t('modal.confirm'), value: true, class: 'danger confirm', testid: 'confirm-ok' },
      ],
    });
    if (!ok) return;
    const button = $('#reset');
    button.disabled = true;
    try {
      await api('/reset', { method: 'POST' });
      clearCalls();
      for (const chat of chats) chat.restart();
      await loadPersonas();
      globalToast(t('reset.done'));
    } catch (e) {
      globalToast(t('error.generic', { error: e.message }), 'error');
    } finally {
      button.disabled = false;
    }
    afterAction();
  }

  /* ---------------------------------------------------------------- narrow screens */

  function closeNarrowPanel() {
    document.body.classList.remove('sidebar-open');
  }

  /* ---------------------------------------------------------------- boot */

  const metrics = { tapLatencies: [] };
  window.playground = {
    metrics,
    openChat: (userId) => openChat(userId),
    openGroup: (groupId, userId) => openGroup(groupId, userId),
    renderEntities, // exposed for tests of the entity renderer
  };

  function boot() {
    $('#lang-toggle').addEventListener('click', () => {
      lang = lang === 'id' ? 'en' : 'id';
      localStorage.setItem('playground.lang', lang);
      applyLanguage();
    });
    $('#reset').addEventListener('click', reset);
    $('#inspector-toggle').addEventListener('click', () => setInspectorOpen($('#inspector').classList.contains('collapsed')));
    $('#inspector .inspector-close').addEventListener('click', () => setInspectorOpen(false));
    $('#inspector .inspector-filter').addEventListener('input', applyCallFilter);
    $('#inspector .inspector-only-errors input').addEventListener('change', applyCallFilter);
    document.querySelectorAll('#clock button[data-advance]').forEach((b) => b.addEventListener('click', () => advanceClock(b.dataset.advance)));
    $('#clock-days').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') advanceClock('days'); });
    $('#clock .clock-more').addEventListener('click', () => {
      const open = document.body.classList.toggle('clock-open');
      $('#clock .clock-more').setAttribute('aria-expanded', String(open));
    });
    $('#panel-toggle').addEventListener('click', () => document.body.classList.toggle('sidebar-open'));
    document.addEventListener('click', (ev) => {
      for (const chat of chats) {
        if (!chat.menu.hidden && !chat.menu.contains(ev.target) && ev.target !== chat.menuButton && ev.target !== chat.input) chat.hideMenu();
      }
    });
    // Open by default on a wide screen; on a phone it would cover the chat.
    setInspectorOpen(NARROW.matches ? false : localStorage.getItem('playground.inspector') !== 'closed', false);
    applyLanguage();
    loadPersonas();
    refreshClock();
    refreshCalls();
    setInterval(refreshClock, CLOCK_REFRESH_MS);
    setInterval(refreshCalls, CALLS_REFRESH_MS);
    updateEmptyState();
    renderTabs();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot); else boot();
})();
