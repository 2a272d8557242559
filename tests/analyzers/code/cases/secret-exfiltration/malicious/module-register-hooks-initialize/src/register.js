import { register } from 'node:module';
register('./hooks.js', import.meta.url, { data: { mode: process.env.NODE_ENV } });
