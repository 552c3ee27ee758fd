import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const endpoint = document.body.dataset.endpoint ?? 'http://127.0.0.1:4010';
createRoot(document.getElementById('root')!).render(<App endpoint={endpoint} />);
