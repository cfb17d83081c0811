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
})();
