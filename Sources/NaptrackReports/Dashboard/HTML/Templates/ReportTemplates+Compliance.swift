extension ReportTemplates {
    /// The compliance matrix of each standard (requirements by status), then each requirement's
    /// evidence and the activities addressing it, which the matrix cells link to.
    static let compliance = #"""
        <section class="compliance" id="{{complianceAnchor}}" aria-labelledby="{{complianceAnchor}}/title">
        <h3 id="{{complianceAnchor}}/title">Compliance with standards</h3>
        {{^hasStandards}}<p>The plan was not checked against any standard.</p>{{/hasStandards}}
        {{#standards}}
        <section class="standard">
        <h4>{{title}} <span class="muted">({{id}}, version {{version}})</span></h4>
        <p class="score">Score <strong>{{score}}</strong>: {{counts}}. A met requirement counts 1, a partial one half; not-applicable and waived ones are left out.</p>
        <div class="table-wrap"><table class="matrix">
        <caption>{{id}}: requirements by status; each mark links to its evidence and the activities addressing it</caption>
        <thead><tr><th scope="col">Requirement</th>{{#columns}}<th scope="col" class="status-col">{{.}}</th>{{/columns}}</tr></thead>
        <tbody>{{#requirements}}<tr><th scope="row"><a href="#{{anchor}}"><code>{{id}}</code></a> {{title}} <span class="reference">{{reference}}</span></th>{{#cells}}{{#filled}}<td class="cell status-{{status}}"><a href="{{href}}"><span aria-hidden="true">{{symbol}}</span> {{label}}</a></td>{{/filled}}{{^filled}}<td class="cell empty"></td>{{/filled}}{{/cells}}</tr>
        {{/requirements}}</tbody>
        </table></div>
        <details class="evidence-list" open>
        <summary>Evidence and activities for each requirement of {{id}}</summary>
        {{#requirements}}<div class="evidence-entry" id="{{anchor}}">
        <p class="evidence-head"><code>{{id}}</code> {{title}} <span class="badge status-{{status}}"><span aria-hidden="true">{{symbol}}</span> {{label}}</span> <span class="muted">{{reference}}</span></p>
        {{#note}}<p class="evidence-note">{{.}}</p>{{/note}}
        {{#hasEvidence}}<p class="evidence-label">Evidence</p><ul class="evidence">{{#evidence}}<li>{{.}}</li>{{/evidence}}</ul>{{/hasEvidence}}
        {{#hasActivities}}<p class="evidence-label">Activities addressing it</p><ul class="addressing">{{#activities}}<li>{{#href}}<a href="{{.}}">{{id}}</a>{{/href}}{{^href}}{{id}}{{/href}} {{title}} <span class="muted">({{progress}}; {{budget}})</span></li>{{/activities}}</ul>{{/hasActivities}}
        </div>
        {{/requirements}}
        </details>
        </section>
        {{/standards}}
        </section>
        """#

    /// Findings grouped by severity, and findings a waiver suppresses.
    static let findings = #"""
        <section class="findings" aria-labelledby="{{anchor}}/findings">
        <h3 id="{{anchor}}/findings">Findings</h3>
        {{^hasFindings}}<p class="good-news">✓ No findings.</p>{{/hasFindings}}
        {{#findingGroups}}
        <div class="table-wrap"><table class="findings severity-{{severity}}">
        <caption><span class="badge severity-{{severity}}">{{title}}</span> {{count}}</caption>
        <thead><tr><th scope="col">Location</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead>
        <tbody>{{#findings}}<tr><td><code>{{location}}</code></td><td><code>{{rule}}</code></td><td>{{message}}</td></tr>
        {{/findings}}</tbody>
        </table></div>
        {{/findingGroups}}
        {{#hasWaivedFindings}}
        <div class="table-wrap"><table class="findings waived">
        <caption><span class="badge status-waived">Waived</span> findings a waiver in force suppresses</caption>
        <thead><tr><th scope="col">Location</th><th scope="col">Rule</th><th scope="col">Message</th><th scope="col">Waiver</th></tr></thead>
        <tbody>{{#waivedFindings}}<tr><td><code>{{location}}</code></td><td><code>{{rule}}</code></td><td>{{message}}</td><td>{{waiver}}</td></tr>
        {{/waivedFindings}}</tbody>
        </table></div>
        {{/hasWaivedFindings}}
        </section>
        """#

    /// Waivers in force and expired.
    static let waivers = #"""
        <section class="waivers" aria-labelledby="{{anchor}}/waivers">
        <h3 id="{{anchor}}/waivers">Waivers</h3>
        {{^hasWaivers}}<p>No waiver concerns this plan.</p>{{/hasWaivers}}
        {{#hasWaivers}}
        <div class="table-wrap"><table class="waivers">
        <caption>Waivers in force on {{asOf}}</caption>
        <thead><tr><th scope="col">Requirement</th><th scope="col">Plan</th><th scope="col">Reason</th><th scope="col">Approved by</th><th scope="col">Expires</th></tr></thead>
        <tbody>{{#waiversInForce}}<tr><th scope="row"><code>{{requirement}}</code></th><td>{{plan}}</td><td>{{reason}}</td><td>{{approvedBy}}</td><td class="date">{{expires}}</td></tr>
        {{/waiversInForce}}{{^waiversInForce}}<tr><td colspan="5">None.</td></tr>{{/waiversInForce}}</tbody>
        </table></div>
        <div class="table-wrap"><table class="waivers expired">
        <caption>Expired waivers: their findings count again</caption>
        <thead><tr><th scope="col">Requirement</th><th scope="col">Plan</th><th scope="col">Reason</th><th scope="col">Approved by</th><th scope="col">Expired</th></tr></thead>
        <tbody>{{#waiversExpired}}<tr><th scope="row"><code>{{requirement}}</code></th><td>{{plan}}</td><td>{{reason}}</td><td>{{approvedBy}}</td><td class="date">{{expires}}</td></tr>
        {{/waiversExpired}}{{^waiversExpired}}<tr><td colspan="5">None.</td></tr>{{/waiversExpired}}</tbody>
        </table></div>
        {{/hasWaivers}}
        </section>
        """#

    /// The plans-by-requirements matrix of `report --compare`, sortable by a click on a heading.
    static let comparison = #"""
        <section class="comparison" id="comparison" aria-labelledby="comparison/title">
        <h2 id="comparison/title">Plans compared</h2>
        <p class="note">Each cell links to that plan's evidence further down. Click a column heading to sort by it; the tables read the same without scripts.</p>
        {{^hasStandards}}<p>No plan was checked against a standard.</p>{{/hasStandards}}
        {{#hasStandards}}
        <div class="table-wrap"><table class="scores sortable">
        <caption>Scores per standard</caption>
        <thead><tr><th scope="col">Plan</th>{{#standardNames}}<th scope="col">{{label}}</th>{{/standardNames}}</tr></thead>
        <tbody>{{#scoreRows}}<tr><th scope="row" data-sort="{{planID}}"><a href="{{href}}">{{planID}}</a> <span class="muted">{{title}}</span></th>{{#scores}}<td class="num" data-sort="{{sortKey}}">{{score}}</td>{{/scores}}</tr>
        {{/scoreRows}}</tbody>
        </table></div>
        {{/hasStandards}}
        {{#standards}}
        <section class="compared-standard" id="comparison/{{id}}">
        <h3>{{title}} <span class="muted">({{id}}, version {{version}})</span></h3>
        <div class="table-wrap"><table class="matrix compare sortable">
        <caption>{{id}}: each plan's status for each requirement</caption>
        <thead><tr><th scope="col">Requirement</th>{{#plans}}<th scope="col">{{label}}</th>{{/plans}}</tr></thead>
        <tbody>{{#rows}}<tr><th scope="row" data-sort="{{id}}"><code>{{id}}</code> {{title}} <span class="reference">{{reference}}</span></th>{{#cells}}<td class="cell status-{{status}}" data-sort="{{sortKey}}">{{#checked}}<a href="{{href}}"><span aria-hidden="true">{{symbol}}</span> {{label}}</a>{{/checked}}{{^checked}}<span class="muted">{{label}}</span>{{/checked}}</td>{{/cells}}</tr>
        {{/rows}}</tbody>
        <tfoot><tr><th scope="row">Score</th>{{#scores}}<td class="num">{{score}}</td>{{/scores}}</tr></tfoot>
        </table></div>
        </section>
        {{/standards}}
        </section>
        """#

    /// The provenance footer: enough to reproduce the report exactly.
    static let provenance = #"""
        <footer class="provenance" aria-labelledby="provenance">
        <h2 id="provenance">Provenance</h2>
        <p>Made by naptrack <strong>{{provenance.toolVersion}}</strong> for the report date <strong>{{provenance.asOf}}</strong>. Running the same version on files with the same SHA-256 for the same date gives this report again, byte for byte.</p>
        <div class="table-wrap"><table class="inputs">
        <caption>Input files</caption>
        <thead><tr><th scope="col">File</th><th scope="col">SHA-256</th><th scope="col">Bytes</th></tr></thead>
        <tbody>{{#provenance.inputs}}<tr><th scope="row"><code>{{path}}</code></th><td><code class="hash">{{sha256}}</code></td><td class="num">{{bytes}}</td></tr>
        {{/provenance.inputs}}</tbody>
        </table></div>
        {{#provenance.hasCatalogs}}
        <div class="table-wrap"><table class="catalogs">
        <caption>Standard catalogs</caption>
        <thead><tr><th scope="col">Standard</th><th scope="col">Version</th><th scope="col">Title</th></tr></thead>
        <tbody>{{#provenance.catalogs}}<tr><th scope="row"><code>{{label}}</code></th><td>{{value}}</td><td>{{detail}}</td></tr>
        {{/provenance.catalogs}}</tbody>
        </table></div>
        {{/provenance.hasCatalogs}}
        </footer>
        """#
}
