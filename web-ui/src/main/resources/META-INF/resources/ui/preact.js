// The one UI library, from its pinned web jar (org.webjars.npm:preact, version in the root pom.xml).
export { h, render, Component, Fragment } from '/ui/lib/preact/10.27.2/dist/preact.module.js';
