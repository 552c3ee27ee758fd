// Run by installed.test.ts in the consumer project: the widget's entries import cleanly in
// Node (Lit brings a minimal DOM shim there), register the elements, and the React wrapper
// renders its tag on a server. Prints one JSON object of what it observed.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const out = { resolved: ['@lapor/widget', '@lapor/widget/define', '@lapor/widget/react'].map((specifier) => import.meta.resolve(specifier)) };
await import('@lapor/widget/define');
const { LaporForm, LaporStatus, VERSION } = await import('@lapor/widget');
out.defined = {
  form: customElements.get('lapor-form') === LaporForm,
  status: customElements.get('lapor-status') === LaporStatus,
};
out.version = { exported: VERSION, element: LaporForm.version };
const react = await import('@lapor/widget/react');
out.react = renderToString(createElement(react.LaporForm, { endpoint: 'https://agency.example/api/lapor' }));
process.stdout.write(JSON.stringify(out));
