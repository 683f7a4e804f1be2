#!/usr/bin/env python3
"""Generates a corpus of realistic naptrack plans and progress files for benchmarks.

    benchmarks/generate-corpus.py --out DIR --files N --activities M [--seed S]

Writes N plan files (DIR/plans/plan-0001.yaml, ...) holding M activities in all, split over the
files with +-30% per file, and for each plan one or two progress files (DIR/progress/...). Every
file uses only keys of the plan format v1: a plan header, about 20 agencies, framework facts,
4-6 objectives with activities carrying a lead, partners, dates, a budget with funding sources,
indicators, milestones, requirement references, target groups, forms and tags. Titles are
sometimes quoted or folded. About one activity in ten has a date problem (due before start, or
outside the plan period), and one in twenty names a requirement no standard defines, so
validation and checking have something to find.

The output is deterministic for a given seed. DIR/corpus.json records files, activities and bytes.
"""

import argparse
import json
import os
import random
import sys

AGENCY_TYPES = ["government", "law-enforcement", "prosecution", "judiciary", "labour-inspectorate",
                "local-government", "ngo", "international", "private-sector", "coordination-body",
                "independent-body"]
AGENCY_WORDS = ["Ministry of Interior", "Ministry of Justice", "Ministry of Labour", "Ministry of Social Protection",
                "Ministry of Health", "Ministry of Education", "Ministry of Foreign Affairs", "National Police",
                "Border Police", "Prosecutor General's Office", "Labour Inspectorate", "Migration Office",
                "Child Protection Agency", "Association of Municipalities", "Shelter Network", "Legal Aid Centre",
                "Survivors' Council", "International Organization Office", "Statistics Office", "Ombudsperson"]
AREAS = ["prevention", "protection", "prosecution", "partnership", "coordination"]
VERBS = ["Train", "Fund", "Publish", "Set up", "Run", "Evaluate", "Extend", "Review", "Pilot", "Coordinate"]
OBJECTS = ["frontline staff on victim identification", "a national hotline for victims", "shelters for adult victims",
           "the referral mechanism in border regions", "labour inspections in agriculture", "guardianship for children",
           "an awareness campaign for young job seekers", "joint investigation teams", "data collection on cases",
           "legal aid for victims in proceedings", "reintegration grants", "safe-migration information points"]
PLACES = ["in the capital", "in the northern districts", "in all regions", "along the eastern border",
          "in coastal municipalities", "at the main airport", "in rural areas"]
FUNDERS = ["state-budget", "eu-fund", "osce", "iom", "unicef", "private-foundation", "municipal-budget"]
UNITS = ["people", "sessions", "cases", "percent", "reports", "municipalities"]
FORMS = ["sexual", "labour", "domestic-servitude", "begging", "criminal-activities", "organ-removal",
         "forced-marriage"]
GROUPS = ["migrants", "children", "youth", "women", "roma-communities", "seasonal-workers", "asylum-seekers"]
TAGS = ["training", "hotline", "shelter", "campaign", "data", "referral", "legal-aid", "inspection", "research"]
# Requirement ids of the shipped standards, and two that no standard defines (a typo and a
# made-up id), which real plans also contain now and then.
REQUIREMENTS = ["osce-nrm:identification-guidelines", "osce-nrm:referral", "osce-nrm:coordinator",
                "coe-cathb:art5.2", "coe-cathb:art10.1", "coe-cathb:art12.1", "coe-cathb:art15.4",
                "child-guardian:timing", "child-guardian:caseload", "plan-quality:indicator",
                "plan-quality:cost"]
UNKNOWN_REQUIREMENTS = ["osce-nrm:referal", "coe-cathb:art99.9"]
STATUSES = ["not-started", "in-progress", "in-progress", "in-progress", "completed", "suspended"]


def day(year, month, dom):
    return "%04d-%02d-%02d" % (year, month, min(dom, 28))


def title(rng, words):
    text = "%s %s %s" % (rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(PLACES))
    roll = rng.random()
    if roll < 0.15:
        return '"%s: %s"' % (text, words)
    if roll < 0.20:
        return ">-\n" + " " * 12 + text + "\n" + " " * 12 + "(" + words + ")"
    return text


def framework(agencies):
    a = agencies
    return """framework:
  coordination:
    coordinator: {agency: %s, level: ministerial, mandate: true, budget: true}
    round_table: {agency: %s, meets_every_months: 3, includes_ngos: true}
    working_groups: [{topic: children, lead: %s}, {topic: labour, lead: %s}]
    legal_basis: decree
    needs_assessment: 2025
    survivor_participation: true
  prevention:
    measures: [research, awareness, education, training, safe-migration-information]
    child_specific: true
  identification:
    guidelines: true
    joint_state_ngo: true
    trained_professions: [police, border-guards, labour-inspectors, social-workers]
  referral: {sop: true, focal_point: %s, max_hours_to_service: 24}
  reflection_period: {days: 90, in_law: true, trigger: reasonable-grounds}
  non_punishment: statutory
  monitoring: {data_collection: true, independent_evaluation: true, public_report: true, evaluation_every_years: 2}
  children:
    age_presumption: true
    guardian: {appointed_within_hours: 24, trigger: identification, independent: true, max_caseload: 15}
""" % (a[0], a[1], a[2 % len(a)], a[3 % len(a)], a[0])


def plan_file(rng, number, activities):
    pid = "bench-%04d" % number
    start_year = 2025 + number % 3
    lines = ["# Generated benchmark plan %d." % number,
             "naptrack: 1",
             "plan:",
             "  id: %s" % pid,
             '  title: "National Action Plan against Trafficking in Human Beings %d-%d (no. %d)"'
             % (start_year, start_year + 2, number),
             "  jurisdiction: %s" % rng.choice(["EX", "BR-PE", "FR", "DE", "NG", "SICA"]),
             "  level: national",
             "  period: {start: %d-01-01, end: %d-12-31}" % (start_year, start_year + 2),
             "  adopted: %s" % day(start_year - 1, 12, 10),
             "  revision: %d" % rng.randint(0, 4),
             "  currency: EUR",
             "  coordinator: ag-0",
             "  review: {body: ag-1, every_months: 6}",
             "  standards: [plan-quality, osce-nrm, coe-cathb, child-guardian]",
             "",
             "agencies:"]
    count = 20 + rng.randint(-3, 3)
    agencies = ["ag-%d" % i for i in range(count)]
    for i, agency in enumerate(agencies):
        lines.append("  - id: %s" % agency)
        lines.append("    name: %s %d" % (AGENCY_WORDS[i % len(AGENCY_WORDS)], i))
        lines.append("    type: %s" % (AGENCY_TYPES[i % len(AGENCY_TYPES)] if i != 1 else "coordination-body"))
        if i == 1:
            lines.append("    members: [%s]" % ", ".join(agencies[2:8]))
    lines.append("")
    lines.append(framework(agencies).rstrip("\n"))
    lines.append("")
    lines.append("objectives:")
    objective_count = rng.randint(4, 6)
    weights = [rng.uniform(0.5, 1.5) for _ in range(objective_count)]
    shares = [int(activities * w / sum(weights)) for w in weights]
    shares[-1] += activities - sum(shares)
    made = []
    for o, share in enumerate(shares):
        oid = "O%d" % (o + 1)
        lines.append("  - id: %s" % oid)
        lines.append("    title: %s" % rng.choice(["Prevention of trafficking", "Protection and assistance",
                                                     "Prosecution of traffickers", "Partnership with civil society",
                                                     "Coordination and monitoring"]))
        lines.append("    area: %s" % AREAS[o % len(AREAS)])
        lines.append("    activities:")
        for n in range(share):
            aid = "%s.%d" % (oid, n + 1)
            year = start_year + rng.randint(0, 2)
            month = rng.randint(1, 12)
            start = day(year, month, rng.randint(1, 28))
            due_year = min(year + rng.randint(0, 1), start_year + 2)
            due_month = rng.randint(1, 12)
            if due_year == year and due_month < month:
                due_month = month
            due = day(due_year, due_month, 28)
            roll = rng.random()
            if roll < 0.05:
                due = day(year - 1, month, 1)  # due before start
            elif roll < 0.10:
                due = day(start_year + 4, 6, 30)  # after the plan period
            lead = rng.choice(agencies)
            partners = rng.sample(agencies, rng.randint(0, 4))
            amount = rng.randint(10, 900) * 1000
            lines.append("      - id: %s" % aid)
            lines.append("        title: %s" % title(rng, aid))
            lines.append("        lead: %s" % lead)
            lines.append("        partners: [%s]" % ", ".join(partners))
            lines.append("        start: %s" % start)
            lines.append("        due: %s" % due)
            lines.append("        budget:")
            lines.append("          amount: %d" % amount)
            lines.append("          sources:")
            left = amount
            for s in range(rng.randint(1, 3)):
                part = left if s == 2 else rng.randint(1, 10) * amount // 20
                left = max(0, left - part)
                lines.append("            - {funder: %s, amount: %d, status: %s}"
                             % (rng.choice(FUNDERS), part, rng.choice(["committed", "pledged", "requested"])))
            lines.append("        indicators:")
            indicators = []
            for i in range(rng.randint(1, 3)):
                iid = "%s-i%d" % (aid, i + 1)
                indicators.append(iid)
                target = rng.randint(1, 500)
                lines.append("          - {id: %s, name: %s, unit: %s, baseline: 0, target: %s}"
                             % (iid, rng.choice(["People reached", "Staff trained", "Cases referred",
                                                 "Reports published", "Share of cases within 24 hours"]),
                                rng.choice(UNITS), target if rng.random() < 0.8 else "%d.5" % target))
            milestones = []
            if rng.random() < 0.6:
                mid = "%s-m1" % aid
                milestones.append(mid)
                lines.append("        milestones:")
                lines.append("          - {id: %s, title: First results delivered, due: %s}" % (mid, start))
            addresses = rng.sample(REQUIREMENTS, rng.randint(1, 3))
            if rng.random() < 0.05:
                addresses.append(rng.choice(UNKNOWN_REQUIREMENTS))
            lines.append("        addresses: [%s]" % ", ".join(addresses))
            lines.append("        target_groups: [%s]" % ", ".join(rng.sample(GROUPS, rng.randint(1, 2))))
            lines.append("        forms: [%s]" % ", ".join(rng.sample(FORMS, rng.randint(1, 2))))
            lines.append("        tags: [%s]" % ", ".join(rng.sample(TAGS, rng.randint(1, 3))))
            made.append((aid, amount, indicators, milestones, start))
    return pid, start_year, agencies, made, "\n".join(lines) + "\n"


def progress_file(rng, pid, as_of, agencies, made):
    lines = ["# Generated progress report for %s." % pid,
             "naptrack: 1",
             "progress:",
             "  plan: %s" % pid,
             "  as_of: %s" % as_of,
             "  reported_by: %s" % agencies[0],
             "updates:"]
    for aid, amount, indicators, milestones, start in made:
        if rng.random() < 0.4:
            continue
        lines.append("  - activity: %s" % aid)
        lines.append("    status: %s" % rng.choice(STATUSES))
        lines.append("    percent: %d" % rng.randint(0, 100))
        lines.append("    spent: %d" % rng.randint(0, amount))
        lines.append("    indicators: {%s}" % ", ".join("%s: %d" % (i, rng.randint(0, 400)) for i in indicators))
        if milestones and rng.random() < 0.5:
            lines.append("    milestones: {%s: %s}" % (milestones[0], start))
        if rng.random() < 0.3:
            lines.append('    note: "Delayed by procurement; partners informed (%s)."' % aid)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--files", type=int, required=True)
    parser.add_argument("--activities", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1325)
    args = parser.parse_args()
    if args.files < 1 or args.activities < args.files:
        sys.exit("generate-corpus.py: need at least one file and one activity per file")
    rng = random.Random(args.seed)
    weights = [rng.uniform(0.7, 1.3) for _ in range(args.files)]
    counts = [max(1, int(args.activities * w / sum(weights))) for w in weights]
    counts[-1] = max(1, counts[-1] + args.activities - sum(counts))
    os.makedirs(os.path.join(args.out, "plans"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "progress"), exist_ok=True)
    total_bytes = 0
    progress_files = 0
    for number, count in enumerate(counts, start=1):
        pid, start_year, agencies, made, text = plan_file(rng, number, count)
        data = text.encode("utf-8")
        total_bytes += len(data)
        with open(os.path.join(args.out, "plans", "plan-%04d.yaml" % number), "wb") as out:
            out.write(data)
        for quarter in range(1 if number % 2 else 2):
            as_of = day(start_year, 6 + 6 * quarter, 30)
            report = progress_file(rng, pid, as_of, agencies, made).encode("utf-8")
            total_bytes += len(report)
            progress_files += 1
            with open(os.path.join(args.out, "progress", "%s-%s.yaml" % (pid, as_of)), "wb") as out:
                out.write(report)
    summary = {"plans": args.files, "progress_files": progress_files, "activities": sum(counts),
               "bytes": total_bytes, "seed": args.seed}
    with open(os.path.join(args.out, "corpus.json"), "w") as out:
        json.dump(summary, out, indent=2, sort_keys=True)
        out.write("\n")
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
