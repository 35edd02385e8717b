// Reads /dashboard/data every two seconds and fills the page. No framework, no build step.
(function () {
    'use strict';

    const REFRESH_MS = 2000;

    const byId = (id) => document.querySelector('[data-testid="' + id + '"]');
    const percent = (v) => v === null || v === undefined ? '–' : (v * 100).toFixed(1) + ' %';
    const number = (v, digits, unit) => v === null || v === undefined ? '–' : v.toFixed(digits) + (unit || '');

    function text(id, value) {
        byId(id).textContent = value;
    }

    function cell(row, value, cls) {
        const td = document.createElement('td');
        td.textContent = value === null || value === undefined ? '' : String(value);
        if (cls) {
            td.className = cls;
        }
        row.appendChild(td);
    }

    function fillTable(id, items, columns) {
        const body = byId(id).querySelector('tbody');
        body.replaceChildren();
        items.forEach((item) => {
            const row = document.createElement('tr');
            columns(item).forEach(([value, cls]) => cell(row, value, cls));
            body.appendChild(row);
        });
    }

    function render(data) {
        text('processing-time', number(data.processingTimeSeconds, 2, ' s'));
        text('cache-hit-rate', percent(data.cacheHitRate));
        text('throughput', number(data.throughput, 2, ''));
        text('success-rate', percent(data.successRate));
        text('error-rate', percent(data.errorRate));
        text('system-load', percent(data.systemLoad));
        text('active-endpoints', data.activeEndpoints + ' of ' + data.endpoints.length);
        text('strategy', 'strategy ' + data.strategy);
        text('blocks', String(data.blocks.completed + data.blocks.failed));
        text('blocks-note', data.blocks.cached + ' cached, ' + data.blocks.degraded + ' degraded, '
            + data.blocks.failed + ' failed, '
            + data.activeJobs + ' job(s) running');

        const alerts = byId('alerts');
        alerts.replaceChildren();
        if (data.alerts.length === 0) {
            const ok = document.createElement('div');
            ok.className = 'no-alerts';
            ok.textContent = 'No active alerts';
            alerts.appendChild(ok);
        }
        data.alerts.forEach((line) => {
            const div = document.createElement('div');
            div.className = 'alert';
            div.textContent = line;
            alerts.appendChild(div);
        });

        fillTable('endpoints', data.endpoints, (e) => [
            [e.id], [e.model], [e.breaker, 'breaker-' + e.breaker], [e.inFlight + ' / ' + e.limit],
            [e.calls], [e.failures], [e.condition]]);
        fillTable('jobs', data.recentJobs, (j) => [
            [j.document], [j.channel], [j.state, 'state-' + j.state],
            [(j.progress.completed + j.progress.failed) + ' / ' + j.progress.total], [j.progress.cached],
            [new Date(j.submittedAt).toLocaleTimeString()], [j.error || '']]);

        const status = byId('status');
        status.className = '';
        status.textContent = 'live · updated ' + new Date(data.at).toLocaleTimeString() + ' · up '
            + data.uptimeSeconds + ' s';
    }

    async function refresh() {
        try {
            const response = await fetch('/dashboard/data', {headers: {'Accept': 'application/json'}, cache: 'no-store'});
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            render(await response.json());
        } catch (failure) {
            const status = byId('status');
            status.className = 'stale';
            status.textContent = 'not updated: ' + failure.message;
        } finally {
            setTimeout(refresh, REFRESH_MS);
        }
    }

    refresh();
}());
