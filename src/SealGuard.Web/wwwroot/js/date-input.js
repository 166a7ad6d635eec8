// The date fields (DateInputTagHelper): a text field in 年-月-日 with a small calendar. The browser's own date control
// shows and takes dates in the browser's locale (mm/dd/yyyy on an English system), so the pages use neither it nor a
// CDN widget. The server parses what arrives (DayText); this only helps the clerk type or pick a day.
(function () {
    'use strict';

    // The forms DayText accepts, with the same rules: full-width digits and separators first become ASCII.
    var typed = /^(?:(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{4})(\d{2})(\d{2}))$/;

    function pad(n) { return (n < 10 ? '0' : '') + n; }

    function format(date) { return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()); }

    function parse(text) {
        var match = typed.exec((text || '').trim().normalize('NFKC'));
        if (!match) { return null; }
        var year = +(match[1] || match[4]);
        var month = +(match[2] || match[5]);
        var day = +(match[3] || match[6]);
        var date = new Date(year, month - 1, day);
        return year >= 1900 && year <= 2199 && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
    }

    function sameDay(a, b) { return a && b && format(a) === format(b); }

    var open = null;

    function close(restoreFocus) {
        if (!open) { return; }
        var current = open;
        open = null;
        current.panel.remove();
        current.toggle.setAttribute('aria-expanded', 'false');
        if (restoreFocus) { current.input.focus(); }
    }

    function setValue(input, date) {
        input.value = date ? format(date) : '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function show(input, toggle) {
        var labels = toggle.dataset;
        var min = parse(input.getAttribute('data-min'));
        var max = parse(input.getAttribute('data-max'));
        var selected = parse(input.value);
        var today = new Date();
        var month = new Date((selected || today).getFullYear(), (selected || today).getMonth(), 1);

        var panel = document.createElement('div');
        panel.className = 'sg-date-calendar card shadow';
        panel.id = (input.id || 'date') + '_calendar';
        panel.setAttribute('role', 'dialog');
        panel.setAttribute('aria-label', labels.calendar);
        toggle.setAttribute('aria-controls', panel.id);

        function button(text, label, onClick) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'btn btn-sm btn-link';
            b.textContent = text;
            if (label) { b.setAttribute('aria-label', label); }
            b.addEventListener('click', onClick);
            return b;
        }

        function outOfRange(date) { return (min && date < min) || (max && date > max); }

        function render(focusDay, focusNav) {
            panel.textContent = '';
            var head = document.createElement('div');
            head.className = 'd-flex align-items-center justify-content-between px-2 pt-2';
            var title = document.createElement('span');
            title.className = 'fw-semibold';
            title.setAttribute('aria-live', 'polite');
            title.textContent = labels.month.replace('{0}', month.getFullYear()).replace('{1}', month.getMonth() + 1);
            head.appendChild(button('‹', labels.previous, function () { month.setMonth(month.getMonth() - 1); render(null, 'previous'); }));
            head.appendChild(title);
            head.appendChild(button('›', labels.next, function () { month.setMonth(month.getMonth() + 1); render(null, 'next'); }));
            head.firstChild.setAttribute('data-nav', 'previous');
            head.lastChild.setAttribute('data-nav', 'next');
            panel.appendChild(head);

            var grid = document.createElement('table');
            grid.className = 'table table-sm table-borderless text-center mb-1 sg-date-grid';
            grid.setAttribute('role', 'grid');
            var row = document.createElement('tr');
            labels.weekdays.split(',').forEach(function (name) {
                var th = document.createElement('th');
                th.scope = 'col';
                th.textContent = name;
                row.appendChild(th);
            });
            var thead = document.createElement('thead');
            thead.appendChild(row);
            grid.appendChild(thead);
            var body = document.createElement('tbody');
            // Weeks start on Monday, as Chinese calendars do.
            var day = new Date(month.getFullYear(), month.getMonth(), 1 - ((month.getDay() + 6) % 7));
            var focusTarget = null;
            do {
                row = document.createElement('tr');
                for (var i = 0; i < 7; i++) {
                    var cell = document.createElement('td');
                    if (day.getMonth() === month.getMonth()) {
                        var date = new Date(day);
                        var b = button(String(date.getDate()), labels.day.replace('{0}', date.getFullYear()).replace('{1}', date.getMonth() + 1).replace('{2}', date.getDate()), (function (d) {
                            return function () { setValue(input, d); close(true); };
                        })(date));
                        b.className = 'btn btn-sm sg-date-day' + (sameDay(date, selected) ? ' btn-primary' : sameDay(date, today) ? ' btn-outline-primary' : ' btn-light');
                        b.setAttribute('data-day', format(date));
                        if (sameDay(date, selected)) { b.setAttribute('aria-pressed', 'true'); }
                        if (outOfRange(date)) { b.disabled = true; }
                        if (!focusTarget && (sameDay(date, focusDay) || sameDay(date, selected))) { focusTarget = b; }
                        cell.appendChild(b);
                    }
                    row.appendChild(cell);
                    day.setDate(day.getDate() + 1);
                }
                body.appendChild(row);
            } while (day.getMonth() === month.getMonth());
            grid.appendChild(body);
            panel.appendChild(grid);

            var foot = document.createElement('div');
            foot.className = 'd-flex justify-content-between px-2 pb-2';
            var todayButton = button(labels.today, null, function () { setValue(input, today); close(true); });
            todayButton.disabled = !!outOfRange(new Date(today.getFullYear(), today.getMonth(), today.getDate()));
            foot.appendChild(todayButton);
            foot.appendChild(button(labels.clear, null, function () { setValue(input, null); close(true); }));
            panel.appendChild(foot);
            // The rebuilt calendar keeps the focus where the clerk was: on the day moved to, or on the month button pressed.
            if (focusNav) { panel.querySelector('[data-nav="' + focusNav + '"]').focus(); }
            else if (focusDay) { (focusTarget || panel.querySelector('.sg-date-day:not([disabled])') || todayButton).focus(); }
        }

        // Arrow keys move a day or a week, crossing into the next or previous month.
        panel.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') { event.preventDefault(); close(true); return; }
            var steps = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[event.key];
            var from = event.target.getAttribute && parse(event.target.getAttribute('data-day'));
            if (!steps || !from) { return; }
            event.preventDefault();
            from.setDate(from.getDate() + steps);
            month = new Date(from.getFullYear(), from.getMonth(), 1);
            render(from);
        });

        close(false);
        toggle.parentNode.appendChild(panel);
        toggle.setAttribute('aria-expanded', 'true');
        open = { input: input, toggle: toggle, panel: panel };
        render(selected || today);
    }

    document.querySelectorAll('input[data-date-input]').forEach(function (input) {
        var toggle = input.parentNode.querySelector('.sg-date-toggle');
        // A day typed as 2026/3/5, 2026年3月5日 or 20260305 shows as 2026-03-05 once the clerk leaves the field; text that is no
        // day stays as typed, for the server to refuse with its message under the field.
        input.addEventListener('change', function () {
            var date = parse(input.value);
            if (date && input.value !== format(date)) { input.value = format(date); }
        });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' && event.altKey) { event.preventDefault(); show(input, toggle); }
        });
        toggle.addEventListener('click', function () {
            if (open && open.input === input) { close(true); } else { show(input, toggle); }
        });
    });

    document.addEventListener('mousedown', function (event) {
        if (open && !open.panel.contains(event.target) && event.target !== open.toggle && !open.toggle.contains(event.target)) { close(false); }
    });
    document.addEventListener('focusin', function (event) {
        if (open && !open.panel.contains(event.target) && event.target !== open.toggle) { close(false); }
    });
})();
