import { provideBrowserGlobalErrorListeners } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component.js';

// Angular 21 and later detect changes without zone.js; the kit's elements need nothing else.
bootstrapApplication(AppComponent, { providers: [provideBrowserGlobalErrorListeners()] }).catch((error: unknown) => console.error(error));
