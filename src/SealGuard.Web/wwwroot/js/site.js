// Every page: the one fetch helper the page scripts use, and the print buttons. The Content-Security-Policy allows no
// inline script or event handler attribute, so behaviour is wired here by data attributes.
(function () {
    'use strict';
    var token = document.querySelector('meta[name="sg-antiforgery"]');
    var safeMethod = /^(GET|HEAD|OPTIONS|TRACE)$/i;

    /**
     * fetch that asks for JSON and, on a write, sends the antiforgery token: the API refuses a cookie-authenticated
     * POST/PUT/DELETE without it.
     */
    function sgFetch(url, options) {
        var init = Object.assign({ credentials: 'same-origin' }, options);
        var headers = new Headers(init.headers);
        if (!headers.has('Accept')) { headers.set('Accept', 'application/json'); }
        if (token && !safeMethod.test(init.method || 'GET')) { headers.set('RequestVerificationToken', token.content); }
        init.headers = headers;
        return fetch(url, init);
    }

    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
    window.sgFetch = sgFetch;
})();
