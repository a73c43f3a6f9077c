import { expect } from 'chai';
import { MemoryStore } from './memory-store.js';
import { describeStoreContract } from './store.contract.js';

describeStoreContract('MemoryStore', { make: (now) => Promise.resolve(new MemoryStore({ clock: now })) }, expect);
