// For tools that read .ts files without Vue's language plugin (the repository's ESLint):
// vue-tsc reads App.vue itself and does not use this.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
