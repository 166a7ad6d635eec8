// Draws the police dashboard and report charts from the JSON block the server rendered. The tables under each chart carry
// the same numbers; once a chart is drawn its table is folded away (still one click from view).
(function () {
  'use strict';
  var source = document.getElementById('dashboard-data');
  if (!source || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(source.textContent);
  var palette = ['#1f5fa8', '#2a9d8f', '#e9a23b', '#8e5ea2', '#d1495b', '#3c8dbc', '#6c757d', '#20c997'];
  var font = 'PingFang SC, Microsoft YaHei, Noto Sans SC, Noto Sans CJK SC, sans-serif';
  var charts = [];

  // The tooltip is drawn on the canvas (richText): the HTML one writes style attributes, which the CSP refuses.
  function option(d) {
    var base = { color: d.colors || palette, textStyle: { fontFamily: font }, tooltip: { trigger: d.kind === 'pie' ? 'item' : 'axis', renderMode: 'richText' }, animation: false };
    if (d.kind === 'pie') {
      base.legend = { bottom: 0, type: 'scroll' };
      base.series = [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], label: { formatter: '{b}\n{c}' },
        data: d.labels.map(function (l, i) { return { name: l, value: d.values[i] }; }) }];
      return base;
    }
    var category = { type: 'category', data: d.labels, axisLabel: { interval: 0, rotate: d.kind === 'bar' && d.labels.length > 6 ? 30 : 0 } };
    var value = { type: 'value', minInterval: 1 };
    base.grid = { left: d.kind === 'hbar' ? 180 : 48, right: 24, top: 28, bottom: 48 };
    if (d.kind === 'hbar') {
      category.inverse = true;
      category.axisLabel = { width: 170, overflow: 'truncate' };
      base.xAxis = value; base.yAxis = category;
      base.series = [{ type: 'bar', data: d.values, label: { show: true, position: 'right' } }];
    } else {
      base.xAxis = category; base.yAxis = value;
      base.series = [{ type: d.kind === 'line' ? 'line' : 'bar', data: d.values, smooth: false, areaStyle: d.kind === 'line' ? { opacity: 0.15 } : undefined, label: { show: true, position: 'top' } }];
    }
    return base;
  }

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var d = data[el.getAttribute('data-chart')];
    if (!d) { return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option(d));
    charts.push(chart);
    var table = el.parentElement.querySelector('details.sg-chart-table');
    if (table) { table.open = false; }
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
