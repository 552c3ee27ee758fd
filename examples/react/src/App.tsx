import { useState } from 'react';
import { LaporForm, LaporStatus } from '@lapor/widget/react';

/** An agency's React app: the form, then the status of what was just sent. */
export function App({ endpoint }: { endpoint: string }) {
  const [trackingId, setTrackingId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  return (
    <main>
      <h1>Dinas Pekerjaan Umum Kota Mataram</h1>
      <LaporForm
        endpoint={endpoint}
        siteKey="pk_test_sandbox"
        institution="pemkot-mataram"
        noDraft
        strings={{ formTitle: 'Laporkan kerusakan jalan dan saluran' }}
        onLaporSubmitted={(event) => setTrackingId(event.detail.trackingId)}
        onLaporError={(event) => setProblem(event.detail.message)}
      />
      {problem && <p role="alert">{problem}</p>}
      {trackingId && (
        <section>
          <p data-testid="sent">Terkirim: #{trackingId}</p>
          <LaporStatus endpoint={endpoint} siteKey="pk_test_sandbox" trackingId={trackingId} />
        </section>
      )}
    </main>
  );
}
