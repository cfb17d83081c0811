/* HeatDesk page helpers for htmx; no build step. Texts come from data-msg-* on <body> (messages.properties). */
(function () {
    'use strict';

    function message(name) {
        return document.body.getAttribute('data-msg-' + name) || '';
    }

    function showProblem(target, text) {
        if (!target) {
            return;
        }
        var box = document.createElement('div');
        box.className = 'result-error';
        box.setAttribute('role', 'alert');
        var p = document.createElement('p');
        p.className = 'error-title';
        p.textContent = text;
        box.appendChild(p);
        target.replaceChildren(box);
    }

    document.addEventListener('htmx:beforeSwap', function (event) {
        var xhr = event.detail.xhr;
        // A session that timed out answers with the sign-in page: show it as the whole page, not inside a card.
        if (xhr && xhr.responseURL && new URL(xhr.responseURL).pathname.endsWith('/login')) {
            event.detail.shouldSwap = false;
            window.location.assign(xhr.responseURL);
            return;
        }
        if (event.detail.isError) {
            event.detail.shouldSwap = false;
            showProblem(event.detail.target, message('error'));
        }
    });

    document.addEventListener('htmx:sendError', function (event) {
        showProblem(event.detail.target, message('offline'));
    });
    // ---------- Customer search: Enter opens the first result, arrows move through them, Escape closes. ----------

    function resultsFor(input) {
        var box = document.getElementById(input.getAttribute('aria-controls'));
        return box ? box.querySelector('.search-results') : null;
    }

    function resultLinks(input) {
        var results = resultsFor(input);
        return results ? Array.prototype.slice.call(results.querySelectorAll('a.result-link')) : [];
    }

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (target.matches && target.matches('[data-search-input]')) {
            var results = resultsFor(target);
            var links = resultLinks(target);
            // Only results of exactly what is typed count: a list still showing an earlier query is stale.
            var current = results && results.getAttribute('data-query') === target.value.trim();
            if (event.key === 'Enter' && current && links.length > 0) {
                event.preventDefault();
                window.location.assign(links[0].href);
            } else if (event.key === 'ArrowDown' && links.length > 0) {
                event.preventDefault();
                links[0].focus();
            } else if (event.key === 'Escape' && results && target.closest('.header-search')) {
                results.replaceChildren();
            }
            return;
        }
        var link = target.closest ? target.closest('a.result-link') : null;
        var form = link ? link.closest('[data-search]') : null;
        if (!form) {
            return;
        }
        var input = form.querySelector('[data-search-input]');
        var all = resultLinks(input);
        var at = all.indexOf(link);
        if (event.key === 'ArrowDown' && at < all.length - 1) {
            event.preventDefault();
            all[at + 1].focus();
        } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            (at > 0 ? all[at - 1] : input).focus();
        } else if (event.key === 'Escape') {
            input.focus();
        }
    });

    // ---------- 用热率 chart: drawn from the community table's rows, with the 25 % line. ----------

    function drawRateChart(box) {
        if (!window.echarts || !box.isConnected) {
            return;
        }
        var rows = Array.prototype.slice.call(document.querySelectorAll(box.getAttribute('data-rate-chart') + ' tbody tr[data-name]'));
        if (rows.length === 0) {
            box.hidden = true;
            return;
        }
        var threshold = Number(box.getAttribute('data-threshold'));
        // Top of the chart = first row of the table.
        rows.reverse();
        box.style.height = Math.max(160, rows.length * 30 + 70) + 'px';
        var chart = window.echarts.getInstanceByDom(box) || window.echarts.init(box, null, { renderer: 'svg' });
        chart.setOption({
            animation: false,
            grid: { left: 8, right: 56, top: 28, bottom: 24, containLabel: true },
            xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            yAxis: { type: 'category', data: rows.map(function (r) { return r.getAttribute('data-name'); }),
                     axisLabel: { width: 110, overflow: 'truncate' } },
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return v + '%'; } },
            series: [{
                type: 'bar', barMaxWidth: 22,
                data: rows.map(function (r) {
                    return { value: Number(r.getAttribute('data-percent')),
                             itemStyle: { color: r.getAttribute('data-reached') === 'true' ? '#0c4a80' : '#b01f17' } };
                }),
                label: { show: true, position: 'right', formatter: function (p) { return p.value.toFixed(2) + '%'; } },
                markLine: { symbol: 'none', silent: true, lineStyle: { color: '#d99a00', width: 2, type: 'solid' },
                            label: { formatter: box.getAttribute('data-threshold-label'), position: 'end' },
                            data: [{ xAxis: threshold }] }
            }]
        }, true);
    }

    function drawCharts(root) {
        (root.querySelectorAll ? root : document).querySelectorAll('[data-rate-chart]').forEach(drawRateChart);
    }

    document.addEventListener('htmx:load', function (event) {
        drawCharts(event.detail.elt);
    });
    window.addEventListener('load', function () {
        drawCharts(document);
    });
    window.addEventListener('resize', function () {
        document.querySelectorAll('[data-rate-chart]').forEach(function (box) {
            var chart = window.echarts && window.echarts.getInstanceByDom(box);
            if (chart) {
                chart.resize();
            }
        });
    });
})();

/* One-time notification: the notice's 打印 button prints the page (the print stylesheet hides the shell). */
document.addEventListener('click', function (event) {
    'use strict';
    if (event.target.closest && event.target.closest('[data-print]')) {
        window.print();
    }
});
