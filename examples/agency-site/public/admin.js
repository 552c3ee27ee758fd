// The demo panel: drives the sandbox lifecycle through its /_sandbox routes. The sandbox
// answers no web page on those routes, so the calls go to this site's own server, which
// passes them on (with the admin token when the sandbox has one).
const sandbox = '';
const log = document.getElementById('log');
const STATUS = {
  submitted: 'Menunggu verifikasi',
  on_hold: 'Ditunda',
  forwarded: 'Diteruskan',
  followed_up: 'Ditindaklanjuti',
  closed: 'Selesai',
  archived: 'Diarsipkan',
  escalated: 'Ke Ombudsman RI',
};

async function call(path, body) {
  const response = await fetch(`${sandbox}/_sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) throw new Error(data.errors?.[0]?.message ?? data.detail ?? data.title);
  return data;
}

function say(text) {
  log.textContent = text;
}

/** A checkbox for a protection flag; a flag already set (by the reporter or an admin) stays set. */
function flag(label, checked) {
  const wrapper = document.createElement('label');
  wrapper.className = 'flag';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.disabled = checked;
  wrapper.append(input, ` ${label}`);
  return { wrapper, input };
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', async () => {
    try {
      await onClick();
    } catch (error) {
      say(`Gagal: ${error.message}`);
    }
    await refresh();
  });
  return b;
}

/** The reporter's mailbox: what LAPOR! would send by e-mail and SMS at each step, and access codes. */
function showMailbox(notifications) {
  const body = document.getElementById('mailbox');
  body.replaceChildren();
  for (const n of notifications) {
    const row = body.insertRow();
    row.insertCell().textContent = new Date(n.at).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
    row.insertCell().textContent = `#${n.trackingId}`;
    row.insertCell().textContent = `${n.channel === 'sms' ? 'SMS' : 'E-mail'} ${n.to}`;
    const message = row.insertCell();
    message.className = 'message';
    if (n.subject) {
      const subject = document.createElement('strong');
      subject.textContent = n.subject;
      message.append(subject, document.createElement('br'));
    }
    message.append(n.text);
  }
  if (!notifications.length) body.insertRow().insertCell().textContent = 'Belum ada pesan.';
}

async function refresh() {
  const [{ data }, clock, mailbox] = await Promise.all([call('/complaints?limit=20'), call('/clock'), call('/notifications?limit=20')]);
  showMailbox(mailbox.data);
  document.getElementById('clock').textContent = new Date(clock.now).toLocaleString('id-ID', { dateStyle: 'full', timeStyle: 'short' });
  const body = document.getElementById('complaints');
  body.replaceChildren();
  for (const c of data) {
    const row = body.insertRow();
    const link = document.createElement('a');
    link.href = `/status?id=${c.trackingId}`;
    link.textContent = `#${c.trackingId}`;
    row.insertCell().append(link);
    row.insertCell().textContent = c.title;
    row.insertCell().textContent = STATUS[c.status] ?? c.status;
    row.insertCell().textContent = [c.anonymous && 'Anonim', c.confidential && 'Rahasia'].filter(Boolean).join(', ') || '–';
    const actions = row.insertCell();
    if (c.status === 'submitted' || c.status === 'on_hold') {
      // LAPOR! admins may mark a report anonymous or confidential while verifying it (for
      // instance when it names other people); they can add protection, never remove it.
      const anonymous = flag('Anonim', c.anonymous);
      const confidential = flag('Rahasia', c.confidential);
      actions.append(
        anonymous.wrapper,
        confidential.wrapper,
        button('Verifikasi & teruskan', async () => {
          await call(`/complaints/${c.trackingId}/forward`, {
            institutionId: c.suggestedInstitutionId ?? 'pemkot-mataram',
            anonymous: anonymous.input.checked,
            confidential: confidential.input.checked,
          });
          const marked = [anonymous.input.checked && 'anonim', confidential.input.checked && 'rahasia'].filter(Boolean).join(' dan ');
          say(`#${c.trackingId} diteruskan ke instansi${marked ? ` sebagai laporan ${marked}` : ''}.`);
        }),
      );
    }
    if (c.status === 'forwarded' || c.status === 'followed_up') {
      actions.append(
        button('Tindak lanjut', async () => {
          await call(`/complaints/${c.trackingId}/follow-up`, { body: 'Petugas sudah meninjau lokasi dan perbaikan dijadwalkan minggu ini.' });
          say(`#${c.trackingId} ditindaklanjuti. Laporan selesai otomatis 10 hari kerja tanpa tanggapan.`);
        }),
      );
    }
  }
}

document.getElementById('advance').addEventListener('click', async () => {
  const days = Number(document.getElementById('days').value);
  try {
    const result = await call('/clock', { advanceDays: days });
    say(`Jam dimajukan ${days} hari; ${result.timersFired} tenggat terlewati.`);
  } catch (error) {
    say(`Gagal: ${error.message}`);
  }
  await refresh();
});

await refresh();
