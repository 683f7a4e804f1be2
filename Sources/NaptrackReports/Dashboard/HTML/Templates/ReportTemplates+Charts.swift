extension ReportTemplates {
    /// Fill patterns shared by every chart, defined once so that no id repeats in the page.
    static let patterns = #"""
        <svg class="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <defs>
        <pattern id="hatch-overdue" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fde2e1"/><rect width="2.5" height="6" fill="#c62828"/></pattern>
        <pattern id="hatch-committed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#cfe3f5"/><rect width="2.5" height="6" fill="#1f5f9e"/></pattern>
        <pattern id="dots-pledged" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#efe3c2"/><circle cx="2.5" cy="2.5" r="1.3" fill="#8a6100"/></pattern>
        </defs>
        </svg>
        """#

    /// The timeline section: the Gantt chart, its legend, and the table of activities.
    static let timeline = #"""
        <section class="timeline" id="{{timelineAnchor}}" aria-labelledby="{{timelineAnchor}}/title">
        <h3 id="{{timelineAnchor}}/title">Timeline</h3>
        {{#gantt}}{{> gantt}}{{/gantt}}
        {{^gantt}}<p>No activity or milestone has a date, so there is no timeline to draw.</p>{{/gantt}}
        <div class="table-wrap"><table class="activities">
        <caption>Activities in plan order</caption>
        <thead><tr><th scope="col">Activity</th><th scope="col">Lead</th><th scope="col">Start</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Health</th><th scope="col">Percent</th><th scope="col">Budget</th><th scope="col">Spent</th></tr></thead>
        <tbody>{{#activities}}<tr id="{{anchor}}" class="state-{{state}}"><th scope="row"><span class="group-id">{{id}}</span> {{title}}{{#note}}<span class="activity-note">{{.}}</span>{{/note}}</th><td>{{lead}}</td><td class="date">{{start}}</td><td class="date">{{due}}</td><td class="status">{{status}}</td><td><span class="badge state-{{state}}">{{health}}</span></td><td class="num">{{percent}}</td><td class="num">{{planned}}</td><td class="num">{{spent}}</td></tr>
        {{/activities}}</tbody>
        </table></div>
        </section>
        """#

    /// The Gantt chart: coordinates come from `GanttChart`.
    static let gantt = #"""
        <figure class="chart gantt">
        <svg class="gantt-chart" viewBox="0 0 {{width}} {{height}}" role="img" aria-labelledby="{{timelineAnchor}}/gantt-title {{timelineAnchor}}/gantt-desc" xmlns="http://www.w3.org/2000/svg">
        <title id="{{timelineAnchor}}/gantt-title">{{caption}}</title>
        <desc id="{{timelineAnchor}}/gantt-desc">Each bar runs from an activity's start to its due date and is filled to its percent complete; the text at the end of each row gives its state. Diamonds are milestones. {{todayNote}}</desc>
        {{#ticks}}<line x1="{{x}}" x2="{{x}}" y1="18" y2="{{gridBottom}}" class="tick{{#major}} major{{/major}}"/><text x="{{labelX}}" y="14" class="tick-label{{#major}} major{{/major}}">{{label}}</text>
        {{/ticks}}
        {{#rows}}{{#isGroup}}<text x="{{labelX}}" y="{{textY}}" class="group-label">{{label}}<title>{{title}}</title></text>
        {{/isGroup}}{{^isGroup}}<g class="row state-{{state}}"><a href="{{href}}"><text x="{{labelX}}" y="{{textY}}" class="row-label">{{label}}<title>{{title}}</title></text></a>{{#hasBar}}<rect x="{{barX}}" y="{{barY}}" width="{{barWidth}}" height="12" rx="2" class="bar"/><rect x="{{barX}}" y="{{barY}}" width="{{fillWidth}}" height="12" rx="2" class="fill"/>{{/hasBar}}{{#markers}}<polygon points="{{points}}" class="milestone milestone-{{state}}"><title>{{title}}</title></polygon>{{/markers}}<text x="{{stateX}}" y="{{textY}}" class="state-text">{{stateText}}</text></g>
        {{/isGroup}}{{/rows}}
        {{#showToday}}<line x1="{{todayX}}" x2="{{todayX}}" y1="18" y2="{{gridBottom}}" class="today"/><text x="{{todayLabelX}}" y="29" class="today-label">{{todayLabel}}</text>{{/showToday}}
        </svg>
        <figcaption>
        <span class="legend">
        <span class="legend-item"><svg class="swatch" viewBox="0 0 28 14" aria-hidden="true"><rect width="28" height="12" y="1" rx="2" class="legend-bar"/><rect width="12" height="12" y="1" rx="2" class="legend-fill"/></svg> bar: start to due, filled to percent complete</span>
        <span class="legend-item"><svg class="swatch" viewBox="0 0 28 14" aria-hidden="true"><rect width="28" height="12" y="1" rx="2" fill="url(#hatch-overdue)" stroke="#c62828"/></svg> overdue (hatched)</span>
        <span class="legend-item"><svg class="swatch" viewBox="0 0 28 14" aria-hidden="true"><rect width="27" height="11" x="0.5" y="1.5" rx="2" fill="#fff3e0" stroke="#e65100" stroke-dasharray="3 2"/></svg> late: not started on time (dashed)</span>
        <span class="legend-item"><svg class="swatch" viewBox="0 0 28 14" aria-hidden="true"><rect width="28" height="12" y="1" rx="2" fill="#fff8d6" stroke="#a06a00"/></svg> behind schedule</span>
        <span class="legend-item"><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><polygon points="7,1 13,7 7,13 1,7" class="milestone milestone-achieved"/></svg> milestone achieved</span>
        <span class="legend-item"><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><polygon points="7,1 13,7 7,13 1,7" class="milestone milestone-due"/></svg> milestone due</span>
        <span class="legend-item"><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><polygon points="7,1 13,7 7,13 1,7" class="milestone milestone-missed"/></svg> milestone missed</span>
        <span class="legend-item"><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><line x1="7" x2="7" y1="0" y2="14" class="today"/></svg> report date</span>
        </span>
        <span class="figure-note">{{todayNote}} The state of each activity is also written at the end of its row.</span>
        </figcaption>
        </figure>
        """#

    /// The budget section: charts by objective and by funder, and the funding table.
    static let budget = #"""
        <section class="budget" aria-labelledby="{{anchor}}/budget">
        <h3 id="{{anchor}}/budget">Budget</h3>
        <p class="note">{{moneyNote}}</p>
        {{#objectiveBars}}{{> bars}}{{/objectiveBars}}
        {{#funderBars}}{{> bars}}{{/funderBars}}
        {{#hasFunders}}
        <div class="table-wrap"><table class="funders">
        <caption>Funding by funder, {{currency}}</caption>
        <thead><tr><th scope="col">Funder</th><th scope="col">Committed</th><th scope="col">Pledged</th><th scope="col">Requested</th><th scope="col">Activities</th></tr></thead>
        <tbody>{{#funders}}<tr><th scope="row">{{funder}}</th><td class="num">{{committed}}</td><td class="num">{{pledged}}</td><td class="num">{{requested}}</td><td class="num">{{activities}}</td></tr>
        {{/funders}}</tbody>
        </table></div>
        {{/hasFunders}}
        </section>
        """#

    /// A grouped bar chart: coordinates come from `BarChart`.
    static let bars = #"""
        <figure class="chart bars">
        <svg class="bar-chart" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="{{caption}}" xmlns="http://www.w3.org/2000/svg">
        {{#ticks}}<line x1="{{x}}" x2="{{x}}" y1="16" y2="{{gridBottom}}" class="tick"/><text x="{{x}}" y="12" class="tick-label" text-anchor="middle">{{label}}</text>
        {{/ticks}}
        {{#groups}}<text x="{{axisX}}" dx="-8" y="{{labelY}}" text-anchor="end" class="group-label">{{label}}<title>{{title}}</title></text>
        {{#bars}}<rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" class="bar-{{key}}"><title>{{title}}</title></rect><text x="{{valueX}}" y="{{valueY}}" class="value">{{valueText}}</text>
        {{/bars}}{{/groups}}
        </svg>
        <figcaption>{{caption}}. <span class="legend">{{#series}}<span class="legend-item"><svg class="swatch" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" class="bar-{{key}}"/></svg> {{name}}</span>{{/series}}</span></figcaption>
        </figure>
        """#
}
