// The kit's tags in Vue templates: properties and `@slk-*` listeners typed from the element
// and event classes (generated from the package's custom-elements.json), for vue-tsc and
// the Vue language tools in your editor.
import type {} from '@slk/components/vue.js';
