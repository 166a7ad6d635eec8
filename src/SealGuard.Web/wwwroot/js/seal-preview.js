// Draws a preview of the common round official seal (国发〔1999〕25号): a red ring, a five-point star in the
// middle, the name along the upper arc from left to right with each character upright facing outwards, and for
// special-purpose seals the purpose set straight below the star. A sketch for checking the text, not the engraving.
(function () {
    'use strict';
    var NS = 'http://www.w3.org/2000/svg';
    var RED = '#d1191f';

    function el(name, attrs) {
        var node = document.createElementNS(NS, name);
        Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
        return node;
    }

    function star(cx, cy, outer) {
        var inner = outer * 0.382, points = [];
        for (var i = 0; i < 10; i++) {
            var r = i % 2 === 0 ? outer : inner;
            var a = -Math.PI / 2 + i * Math.PI / 5;
            points.push((cx + r * Math.cos(a)).toFixed(2) + ',' + (cy + r * Math.sin(a)).toFixed(2));
        }
        return el('polygon', { points: points.join(' '), fill: RED });
    }

    /** Renders into svg (viewBox 0 0 200 200). text: the inscription; purpose: optional line below the star. */
    function draw(svg, text, purpose) {
        while (svg.firstChild) { svg.removeChild(svg.firstChild); }
        var c = 100;
        svg.appendChild(el('circle', { cx: c, cy: c, r: 94, fill: 'none', stroke: RED, 'stroke-width': 5 }));
        svg.appendChild(star(c, c, 26));
        var chars = Array.from((text || '').replace(/\s+/g, ''));
        var n = chars.length;
        if (n > 0) {
            // The name spans up to ~240° of the ring centred on the top; short names keep a natural spacing.
            var size = n <= 10 ? 22 : n <= 16 ? 19 : n <= 22 ? 16 : 13;
            var span = Math.min(240, Math.max(0, (n - 1) * size * 1.15 / 74 * 180 / Math.PI));
            var radius = 74;
            for (var i = 0; i < n; i++) {
                var deg = n === 1 ? 0 : -span / 2 + i * span / (n - 1);
                var rad = deg * Math.PI / 180;
                var x = c + radius * Math.sin(rad);
                var y = c - radius * Math.cos(rad);
                var t = el('text', {
                    x: x.toFixed(2), y: y.toFixed(2), fill: RED, 'font-size': size, 'font-weight': 700,
                    'text-anchor': 'middle', 'dominant-baseline': 'central',
                    transform: 'rotate(' + deg.toFixed(2) + ' ' + x.toFixed(2) + ' ' + y.toFixed(2) + ')',
                });
                t.textContent = chars[i];
                svg.appendChild(t);
            }
        }

        if (purpose) {
            var p = el('text', { x: c, y: 152, fill: RED, 'font-size': 15, 'font-weight': 700, 'text-anchor': 'middle', 'dominant-baseline': 'central' });
            p.textContent = purpose;
            svg.appendChild(p);
        }
    }

    window.sgSealPreview = { draw: draw };
})();
