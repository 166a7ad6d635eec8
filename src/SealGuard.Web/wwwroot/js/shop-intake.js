// 受理 wizard: shows one step at a time, fills in a known organization, shows the power-of-attorney upload when the
// agent is someone else, adds/removes seal rows with a live imprint preview, and summarises before submit.
(function () {
    'use strict';
    var form = document.getElementById('intake-form');
    if (!form) { return; }
    var labels = document.getElementById('seal-row-labels').dataset;
    var steps = Array.from(form.querySelectorAll('.sg-step'));
    var indicator = document.getElementById('intake-steps');
    var prev = document.getElementById('wizard-prev');
    var next = document.getElementById('wizard-next');
    var submit = document.getElementById('wizard-submit');
    var current = 0;

    function value(id) { var x = document.getElementById(id); return x ? x.value.trim() : ''; }
    function selectedText(select) { return select && select.value ? select.options[select.selectedIndex].text : ''; }

    function show(index) {
        current = Math.max(0, Math.min(steps.length - 1, index));
        steps.forEach(function (s, i) { s.hidden = i !== current; });
        Array.from(indicator.children).forEach(function (li, i) {
            if (i === current) { li.setAttribute('aria-current', 'step'); } else { li.removeAttribute('aria-current'); }
            li.classList.toggle('done', i < current);
        });
        prev.hidden = current === 0;
        next.hidden = current === steps.length - 1;
        submit.hidden = current !== steps.length - 1;
        if (current === steps.length - 1) { summarise(); }
    }

    // Step view only with script; the first step holding a server error opens first.
    indicator.hidden = false;
    var firstError = steps.findIndex(function (s) { return s.querySelector('.is-invalid, .alert-danger'); });
    show(firstError >= 0 ? firstError : 0);
    prev.addEventListener('click', function () { show(current - 1); steps[current].querySelector('h2').focus && window.scrollTo(0, 0); });
    next.addEventListener('click', function () { show(current + 1); window.scrollTo(0, 0); });

    // Organization prefill from what the system already knows (only empty fields are filled).
    var credit = document.getElementById('Org_CreditCode');
    credit.addEventListener('sg:checked', function (event) {
        if (!event.detail.valid) { return; }
        window.sgFetch('/Shop/Intake?handler=Organization&creditCode=' + encodeURIComponent(credit.value.trim().toUpperCase()))
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (org) {
                if (!org) { return; }
                [['Org_Name', org.name], ['Org_Type', org.type], ['Org_DivisionCode', org.divisionCode], ['Org_Address', org.address], ['Org_LegalRepresentative_Name', org.legalRepresentativeName]]
                    .forEach(function (pair) { var f = document.getElementById(pair[0]); if (f && !f.value) { f.value = pair[1]; } });
                document.getElementById('prefill-note').hidden = false;
            });
    });

    // Agent = legal representative unless told otherwise; the power of attorney only shows when they differ.
    var same = document.getElementById('AgentIsLegalRepresentative');
    var poa = document.getElementById('Document_PowerOfAttorney_block');
    function syncAgent() {
        form.querySelectorAll('.sg-agent-person').forEach(function (d) { d.hidden = same.checked; });
        var differs = !same.checked && value('Agent_IdNumber').toUpperCase() !== value('Org_LegalRepresentative_IdNumber').toUpperCase();
        poa.hidden = !differs;
    }
    same.addEventListener('change', syncAgent);
    ['Agent_IdNumber', 'Org_LegalRepresentative_IdNumber'].forEach(function (id) { document.getElementById(id).addEventListener('input', syncAgent); });
    syncAgent();

    // Seal rows: add/remove, renumber names and ids so the model binder sees Seals[0..n).
    var rows = document.getElementById('seal-rows');
    var addButton = document.getElementById('add-seal');
    var maxRows = 10;
    function renumber() {
        Array.from(rows.children).forEach(function (row, i) {
            row.dataset.index = i;
            row.querySelector('.sg-seal-legend').textContent = labels.row.replace('{0}', i + 1);
            row.querySelectorAll('[name^="Seals["]').forEach(function (f) {
                var old = f.id;
                f.name = f.name.replace(/Seals\[\d+\]/, 'Seals[' + i + ']');
                f.id = f.id.replace(/Seals_\d+_/, 'Seals_' + i + '_');
                var label = row.querySelector('label[for="' + old + '"]');
                if (label) { label.htmlFor = f.id; }
                ['_error', '_hint'].forEach(function (suffix) {
                    var d = document.getElementById(old + suffix);
                    if (d && row.contains(d)) { d.id = f.id + suffix; }
                });
                f.setAttribute('aria-describedby', (f.getAttribute('aria-describedby') || '').replace(/Seals_\d+_/g, 'Seals_' + i + '_'));
            });
            row.querySelector('.sg-remove-seal').hidden = rows.children.length === 1;
        });
        addButton.hidden = rows.children.length >= maxRows;
    }
    // The seal face is composed and drawn by the server (one rule, no script copy): the preview and the face check
    // are asked again whenever the row or the organization's name, legal representative, credit code or division change.
    var previewUrl = rows.dataset.previewUrl;
    var faceUrl = rows.dataset.faceUrl;
    var faceFields = { text: 'Text', shape: 'Shape', spec: 'Spec' };
    function sealRequest(row) {
        function field(suffix) { var x = row.querySelector('[name$=".' + suffix + '"]'); return x ? x.value.trim() : ''; }
        return {
            type: field('Type'), material: field('Material'), shape: field('Shape'), spec: field('Spec'), text: field('Text'),
            organizationName: value('Org_Name'), legalRepresentativeName: value('Org_LegalRepresentative_Name'),
            creditCode: value('Org_CreditCode').toUpperCase(), divisionCode: value('Org_DivisionCode'),
        };
    }
    function post(url, body, accept) {
        return window.sgFetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: accept }, body: JSON.stringify(body) });
    }
    function showFaceErrors(row, errors) {
        Object.keys(faceFields).forEach(function (key) {
            var input = row.querySelector('[name$=".' + faceFields[key] + '"]');
            var feedback = input && document.getElementById(input.id + '_error');
            if (!feedback) { return; }
            var messages = errors[key];
            // Only errors this check set are cleared by it; the server's errors on submit stay until the next submit.
            if (!messages && !input.dataset.faceError) { return; }
            input.classList.toggle('is-invalid', !!messages);
            input.setAttribute('aria-invalid', messages ? 'true' : 'false');
            feedback.textContent = messages ? messages.join(' ') : '';
            feedback.classList.toggle('d-block', !!messages);
            if (messages) { input.dataset.faceError = '1'; } else { delete input.dataset.faceError; }
        });
    }
    function preview(row) {
        var body = sealRequest(row);
        var ticket = (row.sgPreviewTicket || 0) + 1;
        row.sgPreviewTicket = ticket;
        post(previewUrl, body, 'image/svg+xml')
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (text) {
                if (!text || row.sgPreviewTicket !== ticket) { return; }
                var svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
                if (svg.localName !== 'svg') { return; }
                row.querySelector('.sg-seal-preview-box').replaceChildren(document.importNode(svg, true));
            })
            .catch(function () { });
        post(faceUrl, body, 'application/json')
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (check) { if (check && row.sgPreviewTicket === ticket) { showFaceErrors(row, check.errors || {}); } })
            .catch(function () { });
    }
    var previewTimers = new WeakMap();
    function previewSoon(row) {
        clearTimeout(previewTimers.get(row));
        previewTimers.set(row, setTimeout(function () { preview(row); }, 250));
    }
    function wire(row) {
        row.querySelector('input[name$=".Text"]').addEventListener('input', function () { previewSoon(row); });
        row.querySelectorAll('select').forEach(function (select) { select.addEventListener('change', function () { preview(row); }); });
        row.querySelector('.sg-remove-seal').addEventListener('click', function () { row.remove(); renumber(); });
        row.querySelector('.sg-remove-seal').hidden = false;
        preview(row);
    }
    Array.from(rows.children).forEach(wire);
    addButton.addEventListener('click', function () {
        var copy = rows.lastElementChild.cloneNode(true);
        copy.querySelectorAll('.is-invalid').forEach(function (f) { f.classList.remove('is-invalid'); });
        copy.querySelectorAll('.invalid-feedback').forEach(function (f) { f.textContent = ''; f.classList.remove('d-block'); });
        copy.querySelector('input[name$=".Text"]').value = '';
        rows.appendChild(copy);
        renumber();
        wire(copy);
        copy.querySelector('select').focus();
    });
    renumber();
    ['Org_Name', 'Org_LegalRepresentative_Name', 'Org_CreditCode', 'Org_DivisionCode'].forEach(function (id) {
        document.getElementById(id).addEventListener('change', function () { Array.from(rows.children).forEach(preview); });
    });

    // Default the seal inscription to the organization name: it usually is.
    document.getElementById('Org_Name').addEventListener('change', function () {
        var first = rows.querySelector('input[name$=".Text"]');
        if (first && !first.value) { first.value = value('Org_Name'); preview(first.closest('.sg-seal-row')); }
    });

    function summarise() {
        var box = document.getElementById('intake-summary');
        box.textContent = '';
        function section(title, lines) {
            var h = document.createElement('h3'); h.className = 'h6 mt-3'; h.textContent = title; box.appendChild(h);
            var ul = document.createElement('ul'); ul.className = 'mb-2';
            lines.forEach(function (line) { var li = document.createElement('li'); li.textContent = line; ul.appendChild(li); });
            box.appendChild(ul);
        }
        section(labels.org, [
            value('Org_Name') + '（' + value('Org_CreditCode').toUpperCase() + '）',
            selectedText(document.getElementById('Org_Type')) + ' · ' + value('Org_DivisionCode') + ' · ' + value('Org_Address'),
            labels.legal + '：' + value('Org_LegalRepresentative_Name'),
            labels.agent + '：' + (same.checked ? value('Org_LegalRepresentative_Name') : value('Agent_Name')) + ' · ' + selectedText(document.getElementById('Reason')),
        ]);
        section(labels.seals, Array.from(rows.children).map(function (row) {
            return selectedText(row.querySelector('select[name$=".Type"]')) + ' · ' + selectedText(row.querySelector('select[name$=".Material"]')) + ' · '
                + selectedText(row.querySelector('select[name$=".Shape"]')) + ' · “' + row.querySelector('input[name$=".Text"]').value + '”';
        }));
        var docs = Array.from(form.querySelectorAll('input[type=file][data-kind]'))
            .filter(function (f) { return f.files && f.files.length && !f.closest('[hidden]'); })
            .map(function (f) { return form.querySelector('label[for="' + f.id + '"]').textContent + '：' + f.files[0].name; });
        section(labels.docs, docs.length ? docs : [labels.none]);
    }
})();
