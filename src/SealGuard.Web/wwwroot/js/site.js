// Every page: the one fetch helper the page scripts use, the print buttons, the navigation groups and the back links. The Content-Security-Policy allows no
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
    // The side navigation's task groups: the ones the user closed stay closed on the next page (in this browser, not
    // in the URL), except the group of the current page.
    var closedKey = 'sg-nav-closed';
    var closed = [];
    try { closed = JSON.parse(window.localStorage.getItem(closedKey) || '[]'); } catch (e) { closed = []; }
    document.querySelectorAll('[data-nav-group]').forEach(function (group) {
        var id = group.getAttribute('data-nav-group');
        var list = document.getElementById(id);
        var button = group.querySelector('[data-bs-toggle="collapse"]');
        if (closed.indexOf(id) >= 0 && group.getAttribute('data-current') !== 'true') {
            list.classList.remove('show');
            button.classList.add('collapsed');
            button.setAttribute('aria-expanded', 'false');
        }
        function remember(isClosed) {
            closed = closed.filter(function (c) { return c !== id; });
            if (isClosed) { closed.push(id); }
            try { window.localStorage.setItem(closedKey, JSON.stringify(closed)); } catch (e) { /* private mode: not kept */ }
        }
        // On the start of the fold, not its end: the user may leave the page before the animation ends.
        list.addEventListener('hide.bs.collapse', function () { remember(true); });
        list.addEventListener('show.bs.collapse', function () { remember(false); });
    });

    // The error page's 返回上一页: back in history when there is one to go back to, else the link's own address.
    document.querySelectorAll('[data-back]').forEach(function (link) {
        link.addEventListener('click', function (event) {
            if (window.history.length > 1) { event.preventDefault(); window.history.back(); }
        });
    });
    window.sgFetch = sgFetch;
})();
