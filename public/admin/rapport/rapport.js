// The evaluation's report for staff signed in to the editor (Sveltia CMS keeps the GitHub token in
// localStorage under "sveltia-cms.user"). The Worker checks the token as the login does
// (functions/api/report.ts) and answers with the report's tables; nothing is kept here.
const main = document.getElementById('report');
const show = (state) => {
  for (const note of main.querySelectorAll('[data-state]')) note.hidden = note.dataset.state !== state;
};
let token;
try {
  token = JSON.parse(localStorage.getItem('sveltia-cms.user') ?? 'null')?.token;
} catch {
  token = undefined;
}
if (!token) show('signIn');
else {
  const response = await fetch('/api/report', { headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
  if (response?.ok) main.innerHTML = await response.text();
  else show(response?.status === 401 ? 'signIn' : response?.status === 403 ? 'forbidden' : 'error');
}
