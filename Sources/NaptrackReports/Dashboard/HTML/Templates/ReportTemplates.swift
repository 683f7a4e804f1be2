/// The Mustache templates of the HTML report.
///
/// Edit the HTML here: each template is a partial named after its property (`{{> plan}}` includes
/// `plan`). `{{name}}` inserts text HTML-escaped, which is how all plan text must be inserted;
/// `{{{name}}}` inserts it raw and is kept for the stylesheet and script constants. Sections
/// `{{#list}}…{{/list}}` repeat for each item and `{{^list}}…{{/list}}` show when it is empty or
/// false. The values come from `ReportViews.swift`.
enum ReportTemplates {
    /// Every template by the name partials use.
    static let all: [String: String] = [
        "page": page, "plan": plan, "headline": headline, "progressTables": progressTables, "timeline": timeline,
        "gantt": gantt, "budget": budget, "bars": bars, "compliance": compliance, "findings": findings,
        "waivers": waivers, "comparison": comparison, "provenance": provenance, "patterns": patterns,
    ]

    /// The document: head with the inline stylesheet, the plans (or the comparison), the footer.
    static let page = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="naptrack {{toolVersion}}">
        <title>{{title}}</title>
        <style>
        {{{stylesheet}}}
        </style>
        </head>
        <body>
        {{> patterns}}
        <header class="report-header">
        <h1>{{title}}</h1>
        <p class="lede">Report date <strong>{{asOf}}</strong>. Made by naptrack {{toolVersion}} from the files listed at the end, which can make it again.</p>
        {{#hasContents}}
        <nav aria-label="Plans in this report"><h2 class="visually-hidden">Plans</h2><ul class="contents">{{#contents}}<li><a href="{{href}}">{{label}}</a></li>{{/contents}}</ul></nav>
        {{/hasContents}}
        </header>
        <main>
        {{#comparison}}{{> comparison}}{{/comparison}}
        {{#noPlans}}<p>No plans found.</p>{{/noPlans}}
        {{#plans}}
        <section class="plan" id="{{anchor}}" aria-labelledby="{{anchor}}/title">
        <h2 id="{{anchor}}/title">{{title}} <span class="plan-id">({{id}})</span></h2>
        <p class="meta">File <code>{{file}}</code> · period {{period}} · amounts in {{currency}} · as of {{asOf}}</p>
        {{#isComparison}}{{> compliance}}{{/isComparison}}
        {{^isComparison}}{{> plan}}{{/isComparison}}
        </section>
        {{/plans}}
        {{#hasOtherFindings}}
        <section class="other-findings" aria-labelledby="other-findings">
        <h2 id="other-findings">Findings outside the plans</h2>
        <p>Problems in the configuration and other files, and the audit of the waivers.</p>
        <div class="table-wrap"><table class="findings">
        <thead><tr><th scope="col">Location</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead>
        <tbody>{{#otherFindings}}<tr class="severity-{{severity}}"><td><code>{{location}}</code></td><td><span class="badge severity-{{severity}}">{{severity}}</span></td><td><code>{{rule}}</code></td><td>{{message}}</td></tr>
        {{/otherFindings}}</tbody>
        </table></div>
        </section>
        {{/hasOtherFindings}}
        </main>
        {{> provenance}}
        {{#isComparison}}<script>
        {{{script}}}
        </script>{{/isComparison}}
        </body>
        </html>

        """#

    /// One plan: headline, progress, timeline, budget, compliance, findings and waivers.
    static let plan = #"""
        {{> headline}}
        {{> progressTables}}
        {{> timeline}}
        {{> budget}}
        {{> compliance}}
        {{> findings}}
        {{> waivers}}
        """#

    /// The headline figures of a plan and the list of what needs attention.
    static let headline = #"""
        <section class="headline" aria-labelledby="{{anchor}}/headline">
        <h3 id="{{anchor}}/headline">Headline</h3>
        <div class="meters">
        <div class="meter-row"><span class="meter-label">Plan period elapsed</span><span class="meter" aria-hidden="true"><span class="meter-fill time" style="width: {{elapsedMeter}}"></span></span><span class="meter-value">{{elapsed}}</span></div>
        <div class="meter-row"><span class="meter-label">Work complete</span><span class="meter" aria-hidden="true"><span class="meter-fill work" style="width: {{completeMeter}}"></span></span><span class="meter-value">{{complete}}</span></div>
        </div>
        <ul class="cards">
        {{#cards}}<li class="card {{tone}}"><span class="card-label">{{label}}</span> <span class="card-value">{{value}}</span> <span class="card-detail">{{detail}}</span></li>
        {{/cards}}</ul>
        <div class="table-wrap"><table class="counts">
        <caption>Activities by status and health</caption>
        <thead><tr>{{#statusCounts}}<th scope="col">{{label}}</th>{{/statusCounts}}</tr></thead>
        <tbody><tr>{{#statusCounts}}<td>{{value}}</td>{{/statusCounts}}</tr></tbody>
        </table></div>
        <h4>Needs attention</h4>
        {{#hasAttention}}
        <div class="table-wrap"><table class="attention">
        <caption>Overdue and late activities and missed milestones, most overdue first</caption>
        <thead><tr><th scope="col">Item</th><th scope="col">Title</th><th scope="col">Lead</th><th scope="col">Due</th><th scope="col">Why</th><th scope="col">Past due by</th></tr></thead>
        <tbody>{{#attention}}<tr class="attention-row"><th scope="row"><a href="{{href}}">{{id}}</a> <span class="muted">{{kind}}</span></th><td>{{title}}</td><td>{{lead}}</td><td>{{due}}</td><td><span class="badge state-overdue">⚠ {{reasons}}</span></td><td>{{overdue}}</td></tr>
        {{/attention}}</tbody>
        </table></div>
        {{/hasAttention}}
        {{^hasAttention}}<p class="good-news">✓ Nothing is overdue or late.</p>{{/hasAttention}}
        </section>
        """#

    /// Progress rolled up by objective and by lead agency.
    static let progressTables = #"""
        <section class="progress" aria-labelledby="{{anchor}}/progress">
        <h3 id="{{anchor}}/progress">Progress by objective and by lead agency</h3>
        <p class="note">{{rollupExplanation}}</p>
        <div class="table-wrap"><table class="groups">
        <caption>By objective</caption>
        <thead><tr><th scope="col">Objective</th><th scope="col">Percent complete</th><th scope="col">Activities</th><th scope="col">Completed</th><th scope="col">Overdue</th><th scope="col">Late</th><th scope="col">Behind</th><th scope="col">Planned</th><th scope="col">Committed</th><th scope="col">Spent</th></tr></thead>
        <tbody>{{#objectives}}<tr class="{{indent}}{{#flagged}} flagged{{/flagged}}"><th scope="row"><span class="group-id">{{id}}</span> {{name}}</th><td class="num"><span class="mini-meter" aria-hidden="true"><span style="width: {{meter}}"></span></span> {{percent}}</td><td class="num">{{activities}}</td><td class="num">{{completed}}</td><td class="num">{{overdue}}</td><td class="num">{{late}}</td><td class="num">{{behind}}</td><td class="num">{{planned}}</td><td class="num">{{committed}}</td><td class="num">{{spent}}</td></tr>
        {{/objectives}}</tbody>
        </table></div>
        <div class="table-wrap"><table class="groups">
        <caption>By lead agency</caption>
        <thead><tr><th scope="col">Lead agency</th><th scope="col">Percent complete</th><th scope="col">Activities</th><th scope="col">Completed</th><th scope="col">Overdue</th><th scope="col">Late</th><th scope="col">Behind</th><th scope="col">Planned</th><th scope="col">Committed</th><th scope="col">Spent</th></tr></thead>
        <tbody>{{#leads}}<tr class="{{indent}}{{#flagged}} flagged{{/flagged}}"><th scope="row">{{name}} <span class="muted">({{id}})</span></th><td class="num"><span class="mini-meter" aria-hidden="true"><span style="width: {{meter}}"></span></span> {{percent}}</td><td class="num">{{activities}}</td><td class="num">{{completed}}</td><td class="num">{{overdue}}</td><td class="num">{{late}}</td><td class="num">{{behind}}</td><td class="num">{{planned}}</td><td class="num">{{committed}}</td><td class="num">{{spent}}</td></tr>
        {{/leads}}</tbody>
        </table></div>
        </section>
        """#
}
