#!/usr/bin/env node
/**
 * The action's comment step: keep ONE pull-request comment with the
 * summary up to date — found by its hidden marker, updated (PATCH) or else
 * created (POST) through the REST API with the workflow's token. The API
 * base is GITHUB_API_URL (GitHub sets it; on GitHub Enterprise it differs;
 * the test points it at a local server). Without a pull request: nothing.
 */
import { readFileSync } from 'node:fs';

const MARKER = '<!-- scaling-plan-summary -->';
const MAX_COMMENT = 65_000;
const env = process.env;
const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
const token = env.INPUT_GITHUB_TOKEN || env.GITHUB_TOKEN || '';
const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
const number = event.pull_request?.number ?? event.number;
const repo = env.GITHUB_REPOSITORY || event.repository?.full_name;

if (!number || !repo) {
  console.log('scaling-plan: no pull request, so no comment.');
  process.exit(0);
}
if (!token) {
  console.log('::warning title=scaling-plan::comment is on, but there is no github-token: no comment written.');
  process.exit(0);
}
let body = readFileSync(env.SUMMARY_FILE, 'utf8');
if (!body.includes(MARKER)) body = `${MARKER}\n${body}`;
if (body.length > MAX_COMMENT) body = `${body.slice(0, MAX_COMMENT)}\n\n… (cut short)\n`;

async function call(method, path, payload) {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'scaling-plan-action',
      ...(payload ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(payload ? { body: JSON.stringify(payload) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

try {
  let existing;
  for (let page = 1; page <= 50 && !existing; page++) {
    const comments = await call('GET', `/repos/${repo}/issues/${number}/comments?per_page=100&page=${page}`);
    existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(MARKER));
    if (comments.length < 100) break;
  }
  if (existing) {
    await call('PATCH', `/repos/${repo}/issues/comments/${existing.id}`, { body });
    console.log(`scaling-plan: updated comment ${existing.id}.`);
  } else {
    const made = await call('POST', `/repos/${repo}/issues/${number}/comments`, { body });
    console.log(`scaling-plan: created comment ${made.id}.`);
  }
} catch (e) {
  // A comment is a courtesy: failing to write it must not hide the lint result.
  console.log(`::warning title=scaling-plan::the pull-request comment could not be written (${e instanceof Error ? e.message : String(e)}).`);
}
