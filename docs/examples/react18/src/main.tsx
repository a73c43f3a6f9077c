import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './app.css';

const container = document.getElementById('app');
if (!container) throw new Error('index.html has no #app element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
