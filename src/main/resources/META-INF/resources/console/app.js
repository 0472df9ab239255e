// The console's entry point: shows the panel the address names and wires every form.
import {accessToken, api, el, fillSelect, problemView, setAccessToken, show} from './dom.js';
import {setUpAdvise} from './advise.js';
import {setUpClassify} from './classify.js';
import {setUpGenerate} from './generate.js';
import {setUpPipeline} from './pipeline.js';
import {modelCards} from './models.js';

const PANELS = ['advise', 'classify', 'generate', 'pipeline', 'models'];

function showPanel() {
  const wanted = location.hash.slice(1);
  const current = PANELS.includes(wanted) ? wanted : 'advise';
  for (const id of PANELS) document.getElementById(id).hidden = id !== current;
  for (const link of document.querySelectorAll('nav a[data-panel]')) {
    if (link.dataset.panel === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function loadModels() {
  const out = document.getElementById('models-out');
  show(out, el('p', {className: 'working'}, 'Loading…'));
  try {
    const listing = await api('GET', '/v1/models');
    const names = listing.models.map(m => m.name);
    fillSelect(document.getElementById('classify-model'), names);
    fillSelect(document.getElementById('pipeline-model'), names);
    show(out, modelCards(listing));
  } catch (e) {
    show(out, problemView(e));
  }
}

const token = document.getElementById('access-token');
token.value = accessToken();
token.addEventListener('change', () => {
  setAccessToken(token.value);
  loadModels();
});

window.addEventListener('hashchange', showPanel);
showPanel();
setUpAdvise();
setUpClassify();
setUpGenerate();
setUpPipeline();
document.getElementById('models-reload').addEventListener('click', loadModels);
loadModels().then(() => {
  document.body.dataset.ready = 'true';
  performance.mark('console-ready');
});
