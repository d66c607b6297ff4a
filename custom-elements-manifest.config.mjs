// The custom elements manifest comes from the components' JSDoc (@event, @csspart,
// @cssproperty). The analyzer also guesses events from `dispatchEvent(new CustomEvent(type))`
// in generic helpers; only the documented ones are the public surface.
export default {
  globs: ['widgets/**/*.ts'],
  exclude: ['widgets/**/*.test.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.description);
            if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('_'));
          }
        }
      },
    },
  ],
};
