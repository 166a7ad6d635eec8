// 受理 wizard: shows one step at a time and checks each on 下一步 with the intake handler's own rules, fills in a known
// organization (warning of an in-use 公章), uploads each document as it is chosen and offers the materials the server
// requires, adds/removes seal rows with a live imprint preview, and summarises before submit.
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

    // Step view only with script; the first step holding a server error opens first, and every step with one is marked.
    indicator.hidden = false;
    function markSteps() {
        Array.from(indicator.children).forEach(function (li, i) {
            li.classList.toggle('has-error', !!steps[i].querySelector('.is-invalid, .alert-danger:not([hidden])'));
        });
    }
    markSteps();
    var firstError = steps.findIndex(function (s) { return s.querySelector('.is-invalid, .alert-danger'); });
    show(firstError >= 0 ? firstError : 0);
    prev.addEventListener('click', function () { show(current - 1); window.scrollTo(0, 0); });
    next.addEventListener('click', function () {
        next.disabled = true;
        checkOrder().then(function (check) {
            next.disabled = false;
            // Unreachable server: the submit checks everything anyway.
            if (!check) { show(current + 1); window.scrollTo(0, 0); return; }
            var failing = showCheck(check, current);
            if (failing >= 0 && failing <= current) {
                show(failing);
                var field = steps[failing].querySelector('.is-invalid');
                if (field) { field.focus(); }
                return;
            }
            show(current + 1);
            window.scrollTo(0, 0);
        });
    });

    // The order as the page would post it, for the intake handler's own checks (POST /api/v1/filings/validation).
    function order() {
        function person(prefix) { return { name: value(prefix + '_Name'), idNumber: value(prefix + '_IdNumber'), phone: value(prefix + '_Phone') }; }
        var legal = person('Org_LegalRepresentative');
        var agent = same.checked ? { name: legal.name, idNumber: legal.idNumber, phone: value('Agent_Phone') || legal.phone } : person('Agent');
        return {
            organization: {
                creditCode: value('Org_CreditCode').toUpperCase(), name: value('Org_Name'), type: value('Org_Type'),
                divisionCode: value('Org_DivisionCode'), address: value('Org_Address'), legalRepresentative: legal,
            },
            agent: agent,
            reason: value('Reason'),
            seals: Array.from(rows.children).map(function (row) {
                function field(suffix) { var x = row.querySelector('[name$=".' + suffix + '"]'); return x ? x.value.trim() : ''; }
                return { type: field('Type'), material: field('Material'), shape: field('Shape'), spec: field('Spec'), text: field('Text'), replacesSealCode: field('ReplacesSealCode') || null };
            }),
            documentIds: Array.from(form.querySelectorAll('input[name="DocumentIds"]')).map(function (x) { return Number(x.value); }),
        };
    }
    function checkOrder() {
        return window.sgFetch(form.dataset.checkUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(order()) })
            .then(function (r) { return r.ok ? r.json() : null; })
            .catch(function () { return null; });
    }
    // The step a field key belongs to when no input carries it (e.g. "seals", "organization").
    function stepOfKey(key) {
        if (/^documents|^documentIds/.test(key)) { return 3; }
        if (/^seals/.test(key)) { return 2; }
        if (/^agent|^reason|^organization\.legalRepresentative/.test(key)) { return 1; }
        return 0;
    }
    function feedbackFor(input) { return document.getElementById(input.id + '_error'); }
    function setError(input, messages) {
        var feedback = feedbackFor(input);
        input.classList.toggle('is-invalid', !!messages);
        input.setAttribute('aria-invalid', messages ? 'true' : 'false');
        if (feedback) { feedback.textContent = messages ? messages.join(' ') : ''; feedback.classList.toggle('d-block', !!messages); }
        if (messages) { input.dataset.stepError = '1'; } else { delete input.dataset.stepError; }
    }
    // Shows the check's errors of steps up to "upTo" under their fields (later steps are not filled in yet), clears those it
    // set before, marks the steps; returns the first step with an error, or -1.
    function showCheck(check, upTo) {
        applyRequired(check.requiredDocuments || []);
        form.querySelectorAll('[data-step-error]').forEach(function (input) { setError(input, null); });
        steps.forEach(function (s) { var a = s.querySelector('.sg-step-alert'); if (a) { a.hidden = true; a.textContent = ''; } });
        var first = -1;
        Object.keys(check.errors || {}).forEach(function (key) {
            var input = form.querySelector('[data-error-key="' + key + '"]');
            var visible = input && !input.closest('[hidden]') && input.closest('.sg-step');
            var step = visible ? Number(input.closest('.sg-step').dataset.step) : stepOfKey(key);
            if (step > upTo) { return; }
            if (visible && input.tagName !== 'DIV') {
                setError(input, check.errors[key]);
            } else {
                var alert = steps[step].querySelector('.sg-step-alert');
                if (!alert) {
                    alert = document.createElement('div');
                    alert.className = 'alert alert-danger py-2 sg-step-alert';
                    alert.setAttribute('role', 'alert');
                    steps[step].querySelector('.card-body').prepend(alert);
                }
                alert.hidden = false;
                alert.textContent = (alert.textContent ? alert.textContent + ' ' : '') + check.errors[key].join(' ');
            }
            if (first < 0 || step < first) { first = step; }
        });
        markSteps();
        return first;
    }

    // 省 → 市 → 区县: the page lists the jurisdiction's counties with their prefecture and province (the only divisions
    // intake accepts); each level offers what lies under the level above. Only the county's 6-digit code is posted.
    var province = document.getElementById('Org_Province');
    var prefecture = document.getElementById('Org_Prefecture');
    var county = document.getElementById('Org_DivisionCode');
    var prefectureOptions = Array.from(prefecture.options);
    var countyOptions = Array.from(county.options);
    function narrow(select, options, keep, single) {
        var chosen = select.value;
        var offered = options.filter(function (o) { return !o.value || keep(o); });
        select.replaceChildren.apply(select, offered);
        var choices = offered.filter(function (o) { return o.value; });
        select.value = choices.some(function (o) { return o.value === chosen; }) ? chosen : (single && choices.length === 1 ? choices[0].value : '');
    }
    function cascade() {
        narrow(prefecture, prefectureOptions, function (o) { return o.dataset.province === province.value; }, true);
        narrow(county, countyOptions, function (o) { return o.dataset.prefecture === prefecture.value; }, false);
    }
    function chooseDivision(code) {
        var option = countyOptions.find(function (o) { return o.value && o.value === code; });
        if (!option) { return; }
        var parent = prefectureOptions.find(function (o) { return o.value === option.dataset.prefecture; });
        province.value = parent.dataset.province;
        cascade();
        prefecture.value = parent.value;
        cascade();
        county.value = code;
        county.dispatchEvent(new Event('change'));
    }
    province.addEventListener('change', cascade);
    prefecture.addEventListener('change', cascade);
    cascade();

    // Organization prefill from what the system already knows (only empty fields are filled); an organization whose 公章
    // is in use is warned about at once, with the reasons that can be filed instead.
    var credit = document.getElementById('Org_CreditCode');
    var inUse = document.getElementById('in-use-warning');
    var deregistered = document.getElementById('deregistered-warning');
    function switchReason(reason) {
        document.getElementById('Reason').value = reason;
        var official = Array.from(rows.children).find(function (row) { return row.querySelector('select[name$=".Type"]').value === '01'; });
        var replaces = official && official.querySelector('input[name$=".ReplacesSealCode"]');
        if (replaces && !replaces.value) { replaces.value = inUse.dataset.sealCode || ''; }
        inUse.hidden = true;
        syncAgent();
    }
    inUse.querySelectorAll('[data-reason]').forEach(function (button) {
        button.addEventListener('click', function () { switchReason(button.dataset.reason); });
    });
    credit.addEventListener('sg:checked', function (event) {
        inUse.hidden = true;
        deregistered.hidden = true;
        if (!event.detail.valid) { return; }
        window.sgFetch('/Shop/Intake?handler=Organization&creditCode=' + encodeURIComponent(credit.value.trim().toUpperCase()))
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (org) {
                if (!org) { return; }
                [['Org_Name', org.name], ['Org_Type', org.type], ['Org_Address', org.address], ['Org_LegalRepresentative_Name', org.legalRepresentativeName]]
                    .forEach(function (pair) { var f = document.getElementById(pair[0]); if (f && !f.value) { f.value = pair[1]; } });
                if (!county.value && org.divisionCode) { chooseDivision(org.divisionCode); }
                document.getElementById('prefill-note').hidden = false;
                // A deregistered organization is not refused, only named: the clerk checks it still exists.
                if (org.deregisteredWarning) {
                    deregistered.textContent = org.deregisteredWarning;
                    deregistered.hidden = false;
                }
                var warning = org.officialSealInUse;
                if (warning && value('Reason') === 'New') {
                    inUse.dataset.sealCode = warning.sealCode;
                    inUse.querySelector('.sg-in-use-message').textContent = warning.message + '（' + warning.sealCode + '）';
                    inUse.hidden = false;
                }
            });
    });

    // Agent = legal representative unless told otherwise. Which materials are required is the server's rule: asked again
    // whenever the organization type, the reason or the agent changes.
    var same = document.getElementById('AgentIsLegalRepresentative');
    var documents = document.getElementById('documents');
    function applyRequired(required) {
        documents.dataset.required = required.join(',');
        documents.querySelectorAll('.sg-document').forEach(function (block) {
            var needed = required.indexOf(block.dataset.kind) >= 0;
            var kept = block.querySelector('.sg-staged li');
            block.querySelector('label').classList.toggle('required-mark', needed);
            // Only the certificate the organization type needs, and the power of attorney only when it is needed, are offered.
            if (block.dataset.certificate === 'true' || block.dataset.kind === 'PowerOfAttorney') { block.hidden = !needed && !kept; }
        });
    }
    var requiredTimer;
    function syncAgent() {
        form.querySelectorAll('.sg-agent-person').forEach(function (d) { d.hidden = same.checked; });
        clearTimeout(requiredTimer);
        requiredTimer = setTimeout(function () { checkOrder().then(function (check) { if (check) { applyRequired(check.requiredDocuments || []); } }); }, 300);
    }
    same.addEventListener('change', syncAgent);
    ['Agent_IdNumber', 'Org_LegalRepresentative_IdNumber'].forEach(function (id) { document.getElementById(id).addEventListener('input', syncAgent); });
    ['Org_Type', 'Reason'].forEach(function (id) { document.getElementById(id).addEventListener('change', syncAgent); });
    applyRequired((documents.dataset.required || '').split(',').filter(Boolean));

    // Each document is uploaded as it is chosen (staged for this user) and then only referred to by id: a refused
    // submit keeps it. The list shows what is attached; 移除 takes it back.
    function sizeText(bytes) { return (bytes / 1024).toFixed(1).replace(/\.0$/, '') + ' KB'; }
    function stagedItem(doc) {
        var li = document.createElement('li');
        li.className = 'd-flex align-items-center gap-2 mb-1';
        li.dataset.stagedId = doc.id;
        var hidden = document.createElement('input'); hidden.type = 'hidden'; hidden.name = 'DocumentIds'; hidden.value = doc.id;
        var img = document.createElement('img'); img.src = documents.dataset.stageUrl + '/' + doc.id + '/thumbnail'; img.alt = ''; img.width = 48; img.height = 48; img.className = 'img-thumbnail sg-staged-thumb';
        var name = document.createElement('span'); name.className = 'sg-staged-name text-break'; name.textContent = doc.fileName;
        var size = document.createElement('span'); size.className = 'small text-secondary text-nowrap'; size.textContent = sizeText(doc.byteSize) + ' · ' + documents.dataset.uploaded;
        var remove = document.createElement('button'); remove.type = 'button'; remove.className = 'btn btn-sm btn-link text-danger sg-staged-remove'; remove.textContent = documents.dataset.remove;
        li.append(hidden, img, name, size, remove);
        return li;
    }
    documents.addEventListener('click', function (event) {
        var button = event.target.closest('.sg-staged-remove');
        if (!button) { return; }
        var li = button.closest('li');
        window.sgFetch(documents.dataset.stageUrl + '/' + li.dataset.stagedId, { method: 'DELETE' }).finally(function () { li.remove(); });
    });
    documents.querySelectorAll('input[type=file][data-kind]').forEach(function (input) {
        input.addEventListener('change', function () {
            var file = input.files && input.files[0];
            if (!file) { return; }
            var body = new FormData();
            body.append('kind', input.dataset.kind);
            body.append('file', file, file.name);
            var feedback = feedbackFor(input);
            input.disabled = true;
            feedback.textContent = documents.dataset.uploading; feedback.classList.add('d-block'); feedback.classList.remove('text-danger');
            window.sgFetch(documents.dataset.stageUrl, { method: 'POST', body: body })
                .then(function (r) { return r.json().then(function (json) { return { ok: r.ok, json: json }; }); })
                .then(function (answer) {
                    input.disabled = false;
                    if (answer.ok) {
                        input.closest('.sg-document').querySelector('.sg-staged').appendChild(stagedItem(answer.json));
                        input.value = '';
                        setError(input, null);
                        markSteps();
                    } else {
                        var errors = answer.json.errors || {};
                        setError(input, errors.file || errors.kind || [answer.json.detail]);
                    }
                })
                .catch(function () { input.disabled = false; setError(input, null); });
        });
    });

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
    // Only the specs that fit the row's type and shape are offered (the server's SealFaceRule.SpecFits, listed by the page
    // per type and shape); a spec that no longer fits is cleared.
    var specFits = JSON.parse(rows.dataset.specs || '{}');
    var specOptions = Array.from(rows.querySelector('select[name$=".Spec"]').options).map(function (o) { return { value: o.value, text: o.text }; });
    function filterSpecs(row) {
        var spec = row.querySelector('select[name$=".Spec"]');
        var fits = specFits[row.querySelector('select[name$=".Type"]').value + '|' + row.querySelector('select[name$=".Shape"]').value];
        var chosen = spec.value;
        var offered = specOptions.filter(function (o) { return !o.value || !fits || fits.indexOf(o.value) >= 0; });
        spec.replaceChildren.apply(spec, offered.map(function (o) { return new Option(o.text, o.value); }));
        spec.value = offered.some(function (o) { return o.value === chosen; }) ? chosen : '';
    }
    function wire(row) {
        row.querySelector('input[name$=".Text"]').addEventListener('input', function () { previewSoon(row); });
        row.querySelectorAll('select').forEach(function (select) {
            select.addEventListener('change', function () {
                if (/\.(Type|Shape)$/.test(select.name)) { filterSpecs(row); }
                preview(row);
            });
        });
        filterSpecs(row);
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
            selectedText(document.getElementById('Org_Type')) + ' · ' + selectedText(county) + ' · ' + value('Org_Address'),
            labels.legal + '：' + value('Org_LegalRepresentative_Name'),
            labels.agent + '：' + (same.checked ? value('Org_LegalRepresentative_Name') : value('Agent_Name')) + ' · ' + selectedText(document.getElementById('Reason')),
        ]);
        section(labels.seals, Array.from(rows.children).map(function (row) {
            return selectedText(row.querySelector('select[name$=".Type"]')) + ' · ' + selectedText(row.querySelector('select[name$=".Material"]')) + ' · '
                + selectedText(row.querySelector('select[name$=".Shape"]')) + ' · “' + row.querySelector('input[name$=".Text"]').value + '”';
        }));
        var docs = Array.from(documents.querySelectorAll('.sg-staged li')).map(function (li) {
            return li.closest('.sg-document').querySelector('label').textContent + '：' + li.querySelector('.sg-staged-name').textContent;
        });
        section(labels.docs, docs.length ? docs : [labels.none]);
    }
})();
