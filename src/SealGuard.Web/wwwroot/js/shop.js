// Shop terminal (刻章店) enhancements. Every page works without this script; it adds previews, live checks and the step view.
(function () {
    'use strict';

    // Image preview before upload, with the pixel size the browser reads (the server reports DPI after upload).
    document.querySelectorAll('input[type=file][data-preview]').forEach(function (input) {
        var figure = document.getElementById(input.dataset.preview);
        if (!figure) { return; }
        input.addEventListener('change', function () {
            var file = input.files && input.files[0];
            var img = figure.querySelector('img');
            if (!file || !file.type.startsWith('image/')) { figure.hidden = true; return; }
            var url = URL.createObjectURL(file);
            img.onload = function () {
                figure.querySelector('figcaption').textContent = file.name + ' · ' + img.naturalWidth + ' × ' + img.naturalHeight + ' px';
                figure.hidden = false;
            };
            img.src = url;
        });
    });

    // Live checks of codes typed (credit code, ID number, phone, division): the server runs the same parser as on submit.
    var validateUrl = document.body.dataset.validateUrl || '/Shop/Intake?handler=Validate';
    function feedbackOf(input) {
        var el = document.getElementById(input.id + '_error');
        if (!el) {
            el = document.createElement('div');
            el.id = input.id + '_error';
            el.className = 'invalid-feedback';
            input.insertAdjacentElement('afterend', el);
        }
        return el;
    }
    function check(input) {
        var kind = input.dataset.validate;
        var value = input.value.trim();
        var feedback = feedbackOf(input);
        if (!kind) { return Promise.resolve(true); }
        if (!value) {
            input.classList.remove('is-invalid', 'is-valid');
            feedback.classList.remove('d-block');
            return Promise.resolve(true);
        }
        // POST with the value in the body: an ID number must never be part of a URL (logs, history, Referer).
        return window.sgFetch(validateUrl, { method: 'POST', body: new URLSearchParams({ kind: kind, value: value }) })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (result) {
                if (!result || input.value.trim() !== value) { return true; }
                input.classList.toggle('is-invalid', !result.valid);
                input.classList.toggle('is-valid', result.valid);
                feedback.textContent = result.valid ? '' : result.message;
                feedback.classList.toggle('d-block', !result.valid);
                input.dispatchEvent(new CustomEvent('sg:checked', { detail: result }));
                return result.valid;
            })
            .catch(function () { return true; });
    }
    document.querySelectorAll('input[data-validate]').forEach(function (input) {
        if (!input.dataset.validate) { return; }
        input.addEventListener('change', function () { check(input); });
        input.addEventListener('blur', function () { check(input); });
    });
    window.sgCheck = check;
    // 取章人同经办人: while ticked the recipient fields show the agent (masked, as the page shows them) and are disabled, so
    // they are not posted: the server takes the agent's record as filed. Unticked, what was typed comes back.
    var recipientIsAgent = document.getElementById('RecipientIsAgent');
    if (recipientIsAgent) {
        var recipientFields = { name: 'Recipient_name', idNumber: 'Recipient_idNumber', phone: 'Recipient_phone' };
        var typed = {};
        var syncRecipient = function () {
            Object.keys(recipientFields).forEach(function (key) {
                var input = document.getElementById(recipientFields[key]);
                if (!input) { return; }
                if (recipientIsAgent.checked && !input.disabled) {
                    typed[key] = input.value;
                    input.value = recipientIsAgent.dataset[key] || '';
                } else if (!recipientIsAgent.checked && input.disabled) {
                    input.value = typed[key] || '';
                }
                input.disabled = recipientIsAgent.checked;
                if (recipientIsAgent.checked) { input.classList.remove('is-invalid', 'is-valid'); }
            });
        };
        recipientIsAgent.addEventListener('change', syncRecipient);
        syncRecipient();
    }
})();
