/// The JSON Schemas of the naptrack file formats, for editors with a YAML language server.
///
/// Each text is a byte-for-byte copy of `docs/schema/<name>.schema.json`, compiled into the
/// binary so that it needs no resource bundle. Change the JSON file and the literal here together.
public enum FormatSchema: String, CaseIterable, Sendable {
    case plan, progress, config
    /// A rule pack: a standard written as data (see docs/writing-a-standard.md).
    case pack

    /// The schema document as pretty-printed JSON text, ending with a newline.
    public var json: String {
        switch self {
        case .plan: Self.planJSON
        case .progress: Self.progressJSON
        case .config: Self.configJSON
        case .pack: Self.packJSON
        }
    }

    /// The file name under `docs/schema/`.
    public var fileName: String { "\(rawValue).schema.json" }
}

extension FormatSchema {
    private static let planJSON = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://naptrack.dev/schema/plan.schema.json",
          "title": "naptrack plan",
          "description": "A national (or regional, or subnational) action plan against trafficking in human beings, in naptrack plan format version 1.",
          "type": "object",
          "required": [
            "naptrack",
            "plan"
          ],
          "properties": {
            "naptrack": {
              "description": "Version of the naptrack file format. Always 1 for this format.",
              "const": 1
            },
            "plan": {
              "description": "Identity of the plan: id, title, territory, period and owner.",
              "$ref": "#/$defs/plan"
            },
            "agencies": {
              "description": "Every actor the plan mentions, so other entries can refer to them by id.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/agency"
              }
            },
            "framework": {
              "description": "Facts about the national framework that standards are checked against.",
              "$ref": "#/$defs/framework"
            },
            "objectives": {
              "description": "The goals of the plan, each with its activities; objectives may be nested.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/objective"
              }
            }
          },
          "additionalProperties": false,
          "$defs": {
            "id": {
              "description": "An identifier: letters, digits, '.', '-' and '_' only.",
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]+$"
            },
            "agencyRef": {
              "description": "The id of an agency listed under `agencies`.",
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]+$"
            },
            "date": {
              "description": "A calendar date written YYYY-MM-DD.",
              "type": "string",
              "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
              "format": "date"
            },
            "amount": {
              "description": "A non-negative amount of money.",
              "type": "number",
              "minimum": 0
            },
            "currency": {
              "description": "A three-letter ISO 4217 currency code in capitals.",
              "type": "string",
              "pattern": "^[A-Z]{3}$",
              "examples": [
                "EUR",
                "USD",
                "GBP",
                "CHF"
              ]
            },
            "standard": {
              "description": "The id of a standard naptrack checks plans against: one of the built-in standards or one added by a rule pack. Lower-case letters, digits and hyphens.",
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]*$",
              "examples": [
                "plan-quality",
                "osce-nrm",
                "coe-cathb",
                "child-guardian"
              ]
            },
            "requirementRef": {
              "description": "A requirement id written <standard>:<requirement>, as listed by `naptrack standards show <standard>`.",
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$",
              "examples": [
                "plan-quality:indicator",
                "osce-nrm:identification-guidelines",
                "coe-cathb:art5.2",
                "coe-cathb:art13.1",
                "child-guardian:timing"
              ]
            },
            "plan": {
              "description": "What the plan is: its identity, territory, period and who owns it.",
              "type": "object",
              "required": [
                "id",
                "title",
                "jurisdiction",
                "period",
                "currency"
              ],
              "properties": {
                "id": {
                  "description": "Short id of the plan, used by progress files and reports to refer to it.",
                  "$ref": "#/$defs/id"
                },
                "title": {
                  "description": "The official title of the plan, shown at the top of reports.",
                  "type": "string",
                  "minLength": 1
                },
                "jurisdiction": {
                  "description": "Where the plan applies: an ISO 3166-1 alpha-2 country code, an ISO 3166-2 subdivision code, or a regional code.",
                  "type": "string",
                  "pattern": "^[A-Z][A-Z0-9]+(-[A-Z0-9]{1,3})?$",
                  "examples": [
                    "EX",
                    "BR-PE",
                    "SICA"
                  ]
                },
                "level": {
                  "description": "Whether the plan covers a country, a group of countries or part of a country.",
                  "type": "string",
                  "enum": [
                    "national",
                    "regional",
                    "subnational"
                  ],
                  "enumDescriptions": [
                    "A plan for one country.",
                    "A plan shared by several countries.",
                    "A plan for a province, state or municipality."
                  ],
                  "default": "national"
                },
                "period": {
                  "description": "The time the plan runs; activities and milestones are expected to fall inside it.",
                  "type": "object",
                  "required": [
                    "start",
                    "end"
                  ],
                  "properties": {
                    "start": {
                      "description": "First day of the plan.",
                      "$ref": "#/$defs/date"
                    },
                    "end": {
                      "description": "Last day of the plan; not before start.",
                      "$ref": "#/$defs/date"
                    }
                  },
                  "additionalProperties": false
                },
                "adopted": {
                  "description": "The day the plan was formally adopted.",
                  "$ref": "#/$defs/date"
                },
                "revision": {
                  "description": "Revision number, raised each time an amended version is adopted, so readers know which text they hold.",
                  "type": "integer",
                  "minimum": 0
                },
                "currency": {
                  "description": "Currency of every amount in the plan unless an item names its own.",
                  "$ref": "#/$defs/currency"
                },
                "coordinator": {
                  "description": "The agency acting as national coordinator (or the equivalent), accountable for the plan as a whole.",
                  "$ref": "#/$defs/agencyRef"
                },
                "review": {
                  "description": "Who reviews progress on the plan, and how often.",
                  "type": "object",
                  "properties": {
                    "body": {
                      "description": "The agency or body that reviews progress.",
                      "$ref": "#/$defs/agencyRef"
                    },
                    "every_months": {
                      "description": "Months between two reviews.",
                      "type": "integer",
                      "minimum": 1,
                      "examples": [
                        3,
                        6,
                        12
                      ]
                    },
                    "last": {
                      "description": "The day of the most recent review, so reports can tell when the next one is due.",
                      "$ref": "#/$defs/date"
                    }
                  },
                  "additionalProperties": false
                },
                "standards": {
                  "description": "The standards `naptrack check` applies to this plan when none are named on the command line.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/standard"
                  }
                }
              },
              "additionalProperties": false
            },
            "agency": {
              "description": "An actor the plan names: a ministry, service, NGO, body or organisation.",
              "type": "object",
              "required": [
                "id",
                "name"
              ],
              "properties": {
                "id": {
                  "description": "Short id other entries use to point at this agency.",
                  "$ref": "#/$defs/id"
                },
                "name": {
                  "description": "Full name of the agency.",
                  "type": "string",
                  "minLength": 1
                },
                "type": {
                  "description": "What kind of actor this is; standards look at it, for example to see whether NGOs take part.",
                  "type": "string",
                  "enum": [
                    "government",
                    "law-enforcement",
                    "prosecution",
                    "judiciary",
                    "labour-inspectorate",
                    "local-government",
                    "ngo",
                    "international",
                    "private-sector",
                    "coordination-body",
                    "independent-body",
                    "other"
                  ],
                  "enumDescriptions": [
                    "A ministry or other central government body.",
                    "Police, border guard or another law-enforcement body.",
                    "A public prosecution service.",
                    "A court or judicial council.",
                    "A labour inspectorate.",
                    "A municipality, region or other local authority.",
                    "A non-governmental or civil-society organisation.",
                    "An international or intergovernmental organisation.",
                    "A company or business association.",
                    "A coordination body such as a round table, commission or task force.",
                    "An independent body such as an ombudsperson or national rapporteur.",
                    "Any other kind of actor."
                  ]
                },
                "members": {
                  "description": "For a coordination body: the agencies that sit on it.",
                  "type": "array",
                  "items": {
                    "description": "An agency id.",
                    "$ref": "#/$defs/agencyRef"
                  }
                }
              },
              "additionalProperties": false
            },
            "objective": {
              "description": "A goal of the plan. It groups activities and may contain sub-objectives.",
              "type": "object",
              "required": [
                "id",
                "title"
              ],
              "properties": {
                "id": {
                  "description": "Short id of the objective, unique among objectives.",
                  "$ref": "#/$defs/id"
                },
                "title": {
                  "description": "What the objective sets out to achieve.",
                  "type": "string",
                  "minLength": 1
                },
                "area": {
                  "description": "The area of anti-trafficking work the objective belongs to, used to group reports.",
                  "type": "string",
                  "enum": [
                    "prevention",
                    "protection",
                    "prosecution",
                    "partnership",
                    "coordination"
                  ],
                  "enumDescriptions": [
                    "Preventing trafficking: awareness, research, reducing vulnerability and demand.",
                    "Identifying, assisting and protecting victims.",
                    "Investigating, prosecuting and sanctioning traffickers.",
                    "Cooperation with civil society, the private sector and other countries.",
                    "Steering, coordinating and monitoring the national response."
                  ]
                },
                "objectives": {
                  "description": "Sub-objectives nested under this one.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/objective"
                  }
                },
                "activities": {
                  "description": "The concrete activities that carry out this objective.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/activity"
                  }
                }
              },
              "additionalProperties": false
            },
            "activity": {
              "description": "A concrete piece of work with an owner, a schedule, a budget and a way to measure it.",
              "type": "object",
              "required": [
                "id",
                "title",
                "lead",
                "start",
                "due"
              ],
              "properties": {
                "id": {
                  "description": "Short id of the activity, unique among activities; progress files refer to it.",
                  "$ref": "#/$defs/id"
                },
                "title": {
                  "description": "What will be done.",
                  "type": "string",
                  "minLength": 1
                },
                "lead": {
                  "description": "The agency responsible for delivering the activity.",
                  "$ref": "#/$defs/agencyRef"
                },
                "partners": {
                  "description": "Other agencies that contribute to the activity.",
                  "type": "array",
                  "items": {
                    "description": "An agency id.",
                    "$ref": "#/$defs/agencyRef"
                  }
                },
                "start": {
                  "description": "When work on the activity begins; used to spot late starts.",
                  "$ref": "#/$defs/date"
                },
                "due": {
                  "description": "When the activity should be finished; not before start. After this date an unfinished activity is overdue.",
                  "$ref": "#/$defs/date"
                },
                "budget": {
                  "description": "What the activity is expected to cost and who pays for it.",
                  "type": "object",
                  "properties": {
                    "amount": {
                      "description": "Estimated total cost of the activity.",
                      "$ref": "#/$defs/amount"
                    },
                    "currency": {
                      "description": "Currency of this budget, when it differs from the plan's currency.",
                      "$ref": "#/$defs/currency"
                    },
                    "sources": {
                      "description": "Where the money comes from, funder by funder.",
                      "type": "array",
                      "items": {
                        "description": "One funder's share of the budget.",
                        "type": "object",
                        "required": [
                          "funder",
                          "amount"
                        ],
                        "properties": {
                          "funder": {
                            "description": "Who provides the money.",
                            "type": "string",
                            "minLength": 1,
                            "examples": [
                              "state-budget",
                              "eu",
                              "osce",
                              "iom"
                            ]
                          },
                          "amount": {
                            "description": "How much this funder provides.",
                            "$ref": "#/$defs/amount"
                          },
                          "status": {
                            "description": "How firm the funding is.",
                            "type": "string",
                            "enum": [
                              "committed",
                              "pledged",
                              "requested"
                            ],
                            "enumDescriptions": [
                              "The money is secured, for example in an adopted budget.",
                              "The funder has promised the money but not yet committed it.",
                              "The money has been asked for; no answer yet."
                            ]
                          },
                          "currency": {
                            "description": "Currency of this amount, when it differs from the budget's.",
                            "$ref": "#/$defs/currency"
                          }
                        },
                        "additionalProperties": false
                      }
                    }
                  },
                  "additionalProperties": false
                },
                "indicators": {
                  "description": "How success of the activity is measured.",
                  "type": "array",
                  "items": {
                    "description": "A measurable indicator with a starting value and a goal.",
                    "type": "object",
                    "required": [
                      "id",
                      "name"
                    ],
                    "properties": {
                      "id": {
                        "description": "Short id of the indicator; progress files report values under it.",
                        "$ref": "#/$defs/id"
                      },
                      "name": {
                        "description": "What is measured.",
                        "type": "string",
                        "minLength": 1
                      },
                      "unit": {
                        "description": "Unit of the value.",
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "calls",
                          "persons",
                          "cases",
                          "percent",
                          "sessions"
                        ]
                      },
                      "baseline": {
                        "description": "The value when the activity starts.",
                        "type": "number"
                      },
                      "target": {
                        "description": "The value the activity aims to reach.",
                        "type": "number"
                      },
                      "means_of_verification": {
                        "description": "Where the value can be checked, such as a register, report or survey.",
                        "type": "string",
                        "minLength": 1
                      },
                      "kind": {
                        "description": "Whether the indicator counts what is delivered or measures a change for the people concerned.",
                        "type": "string",
                        "enum": [
                          "output",
                          "outcome"
                        ],
                        "enumDescriptions": [
                          "Counts what institutions deliver, such as people trained or calls answered.",
                          "Measures a change for the people concerned, such as victims identified or survivors in work."
                        ]
                      }
                    },
                    "additionalProperties": false
                  }
                },
                "milestones": {
                  "description": "Intermediate steps with their own deadlines.",
                  "type": "array",
                  "items": {
                    "description": "A dated step on the way to completing the activity.",
                    "type": "object",
                    "required": [
                      "id",
                      "title",
                      "due"
                    ],
                    "properties": {
                      "id": {
                        "description": "Short id of the milestone; progress files record when it was reached.",
                        "$ref": "#/$defs/id"
                      },
                      "title": {
                        "description": "What has been achieved at this milestone.",
                        "type": "string",
                        "minLength": 1
                      },
                      "due": {
                        "description": "When the milestone should be reached.",
                        "$ref": "#/$defs/date"
                      }
                    },
                    "additionalProperties": false
                  }
                },
                "addresses": {
                  "description": "The requirements of the standards that this activity helps to meet.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/requirementRef"
                  }
                },
                "target_groups": {
                  "description": "The people the activity is aimed at.",
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1,
                    "examples": [
                      "migrants",
                      "youth",
                      "children",
                      "women",
                      "unaccompanied-children",
                      "asylum-seekers",
                      "migrant-workers",
                      "roma",
                      "professionals"
                    ]
                  }
                },
                "forms": {
                  "description": "The forms of exploitation the activity deals with.",
                  "type": "array",
                  "items": {
                    "description": "A form of exploitation.",
                    "type": "string",
                    "enum": [
                      "sexual",
                      "labour",
                      "domestic-servitude",
                      "begging",
                      "criminal-activities",
                      "organ-removal",
                      "forced-marriage",
                      "other"
                    ],
                    "enumDescriptions": [
                      "Sexual exploitation.",
                      "Forced labour or services.",
                      "Domestic servitude.",
                      "Forced begging.",
                      "Exploitation for criminal activities.",
                      "Removal of organs.",
                      "Forced or servile marriage.",
                      "Any other form of exploitation."
                    ]
                  }
                },
                "tags": {
                  "description": "Free labels for filtering and grouping in reports.",
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1,
                    "examples": [
                      "hotline",
                      "training",
                      "campaign",
                      "legislation"
                    ]
                  }
                }
              },
              "additionalProperties": false
            },
            "framework": {
              "description": "Facts about the national anti-trafficking framework that standards check. Every key is optional; a requirement whose facts are absent is reported as unknown.",
              "type": "object",
              "properties": {
                "scope": {
                  "description": "Whom the national framework covers; requirements about child or foreign victims apply only when it covers them.",
                  "type": "object",
                  "properties": {
                    "children": {
                      "description": "The framework covers child victims.",
                      "type": "boolean"
                    },
                    "non_nationals": {
                      "description": "The framework covers victims who are not nationals of the country, including migrants and asylum seekers.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "coordination": {
                  "description": "How the national response is coordinated.",
                  "type": "object",
                  "properties": {
                    "coordinator": {
                      "description": "The national coordinator (or equivalent).",
                      "type": "object",
                      "properties": {
                        "agency": {
                          "description": "The agency holding the coordinator role.",
                          "$ref": "#/$defs/agencyRef"
                        },
                        "level": {
                          "description": "Seniority of the coordinator.",
                          "type": "string",
                          "enum": [
                            "ministerial",
                            "senior-official",
                            "technical",
                            "other"
                          ],
                          "enumDescriptions": [
                            "A minister or a body at ministerial level.",
                            "A state secretary, director-general or other senior civil servant.",
                            "A technical or working level official.",
                            "Any other arrangement."
                          ]
                        },
                        "mandate": {
                          "description": "The coordinator has a formal written mandate.",
                          "type": "boolean"
                        },
                        "budget": {
                          "description": "The coordinator has its own budget.",
                          "type": "boolean"
                        }
                      },
                      "additionalProperties": false
                    },
                    "round_table": {
                      "description": "The multi-agency round table that steers and monitors the response.",
                      "type": "object",
                      "properties": {
                        "agency": {
                          "description": "The agency entry that stands for the round table.",
                          "$ref": "#/$defs/agencyRef"
                        },
                        "meets_every_months": {
                          "description": "Months between two meetings.",
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 60,
                          "examples": [
                            3,
                            6
                          ]
                        },
                        "includes_ngos": {
                          "description": "NGOs are members of the round table.",
                          "type": "boolean"
                        }
                      },
                      "additionalProperties": false
                    },
                    "working_groups": {
                      "description": "Thematic working groups under the coordination structure.",
                      "type": "array",
                      "items": {
                        "description": "A working group on one topic.",
                        "type": "object",
                        "properties": {
                          "topic": {
                            "description": "What the group works on.",
                            "type": "string",
                            "minLength": 1,
                            "examples": [
                              "children",
                              "labour-exploitation",
                              "data",
                              "identification",
                              "return"
                            ]
                          },
                          "lead": {
                            "description": "The agency that chairs the group.",
                            "$ref": "#/$defs/agencyRef"
                          }
                        },
                        "additionalProperties": false
                      }
                    },
                    "rapporteur": {
                      "description": "The national rapporteur or an equivalent monitoring mechanism.",
                      "type": "object",
                      "properties": {
                        "agency": {
                          "description": "The agency holding the rapporteur role.",
                          "$ref": "#/$defs/agencyRef"
                        },
                        "independent": {
                          "description": "The rapporteur is independent of the bodies it monitors.",
                          "type": "boolean"
                        }
                      },
                      "additionalProperties": false
                    },
                    "legal_basis": {
                      "description": "What gives the coordination and referral arrangements their force.",
                      "type": "string",
                      "enum": [
                        "law",
                        "decree",
                        "agreement",
                        "none"
                      ],
                      "enumDescriptions": [
                        "An act of parliament.",
                        "A government decree or regulation.",
                        "A signed agreement between the bodies involved.",
                        "No formal basis."
                      ]
                    },
                    "needs_assessment": {
                      "description": "Year of the most recent baseline assessment of the trafficking situation.",
                      "type": "integer",
                      "minimum": 1990,
                      "maximum": 2100,
                      "examples": [
                        2025
                      ]
                    },
                    "survivor_participation": {
                      "description": "Survivors take part in shaping and reviewing the response.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "cooperation_agreements": {
                  "description": "Written agreements between state bodies and NGOs that set out how they work together.",
                  "type": "array",
                  "items": {
                    "description": "One cooperation agreement.",
                    "type": "object",
                    "properties": {
                      "parties": {
                        "description": "The agencies that signed the agreement.",
                        "type": "array",
                        "items": {
                          "description": "An agency id.",
                          "$ref": "#/$defs/agencyRef"
                        }
                      },
                      "kind": {
                        "description": "What sort of document it is.",
                        "type": "string",
                        "enum": [
                          "mou",
                          "protocol",
                          "agreement",
                          "contract"
                        ],
                        "enumDescriptions": [
                          "A memorandum of understanding.",
                          "A protocol, for example on referral or joint identification.",
                          "A formal agreement between the parties.",
                          "A service or funding contract."
                        ]
                      },
                      "signed": {
                        "description": "When the agreement was signed.",
                        "$ref": "#/$defs/date"
                      },
                      "covers": {
                        "description": "The subjects the agreement settles.",
                        "type": "array",
                        "items": {
                          "type": "string",
                          "enum": [
                            "roles",
                            "referral",
                            "data-sharing",
                            "confidentiality",
                            "data-protection",
                            "funding",
                            "training",
                            "monitoring"
                          ]
                        }
                      }
                    },
                    "additionalProperties": false
                  }
                },
                "prevention": {
                  "description": "How trafficking is prevented.",
                  "type": "object",
                  "properties": {
                    "measures": {
                      "description": "Kinds of prevention measures in place.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "research",
                          "awareness",
                          "education",
                          "socio-economic",
                          "training",
                          "safe-migration-information",
                          "border-measures",
                          "document-security",
                          "hotline"
                        ]
                      }
                    },
                    "demand_reduction": {
                      "description": "Kinds of measures that discourage demand.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "research",
                          "campaigns",
                          "school-education",
                          "private-sector",
                          "legislation",
                          "media"
                        ]
                      }
                    },
                    "child_specific": {
                      "description": "There are prevention measures aimed at children.",
                      "type": "boolean"
                    },
                    "ngo_involvement": {
                      "description": "NGOs and civil society take part in prevention.",
                      "type": "boolean"
                    },
                    "approaches": {
                      "description": "Approaches applied when prevention policies are designed, carried out and assessed.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": [
                          "human-rights-based",
                          "gender-mainstreaming",
                          "child-sensitive"
                        ]
                      }
                    }
                  },
                  "additionalProperties": false
                },
                "identification": {
                  "description": "How victims are identified.",
                  "type": "object",
                  "properties": {
                    "guidelines": {
                      "description": "Written identification guidance and indicators exist.",
                      "type": "boolean"
                    },
                    "joint_state_ngo": {
                      "description": "State bodies and NGOs assess cases together.",
                      "type": "boolean"
                    },
                    "reasonable_grounds_stage": {
                      "description": "Protection starts as soon as there are reasonable grounds to believe a person is a victim.",
                      "type": "boolean"
                    },
                    "no_removal_before_identification": {
                      "description": "A possible victim is not removed from the country before identification is completed.",
                      "type": "boolean"
                    },
                    "trained_professions": {
                      "description": "Professions trained to recognise victims.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "police",
                          "border-guards",
                          "labour-inspectors",
                          "social-workers",
                          "prosecutors",
                          "judges",
                          "medical",
                          "teachers",
                          "consular-staff",
                          "immigration-officers",
                          "lawyers",
                          "ngo-staff",
                          "peacekeepers"
                        ]
                      }
                    },
                    "gender_and_child_sensitive": {
                      "description": "The identification procedure takes account of the particular situation of women and of children.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "referral": {
                  "description": "How identified or presumed victims reach services.",
                  "type": "object",
                  "properties": {
                    "sop": {
                      "description": "Standard operating procedures for referral exist.",
                      "type": "boolean"
                    },
                    "focal_point": {
                      "description": "The agency that receives and routes referrals.",
                      "$ref": "#/$defs/agencyRef"
                    },
                    "max_hours_to_service": {
                      "description": "Longest time, in hours, from first contact to a specialised service.",
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 8760,
                      "examples": [
                        24
                      ]
                    },
                    "child_procedures": {
                      "description": "The referral procedures include specific steps for children.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "assistance": {
                  "description": "Assistance available to victims.",
                  "type": "object",
                  "properties": {
                    "services": {
                      "description": "Services victims can receive.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "accommodation",
                          "material",
                          "psychological",
                          "medical",
                          "interpretation",
                          "counselling",
                          "legal",
                          "support-in-proceedings",
                          "education",
                          "vocational",
                          "employment"
                        ]
                      }
                    },
                    "conditional_on_cooperation": {
                      "description": "Assistance depends on the victim cooperating with the authorities.",
                      "type": "boolean"
                    },
                    "informed_consent": {
                      "description": "Services are given only with the victim's informed consent.",
                      "type": "boolean"
                    },
                    "risk_assessment": {
                      "description": "The stages at which a risk assessment is made.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": [
                          "identification",
                          "support",
                          "pre-return",
                          "return",
                          "reintegration",
                          "proceedings"
                        ]
                      }
                    },
                    "ngo_providers": {
                      "description": "NGOs that deliver assistance.",
                      "type": "array",
                      "items": {
                        "description": "An agency id.",
                        "$ref": "#/$defs/agencyRef"
                      }
                    },
                    "labour_market_access": {
                      "description": "Victims lawfully resident may work.",
                      "type": "boolean"
                    },
                    "standards_of_care": {
                      "description": "Support services, public and NGO, work to written minimum standards of care.",
                      "type": "boolean"
                    },
                    "resident_medical_care": {
                      "description": "Victims lawfully resident who lack means receive the medical or other help they need.",
                      "type": "boolean"
                    },
                    "gender_mainstreaming": {
                      "description": "Gender mainstreaming is used in designing, running and assessing measures for victims.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "reflection_period": {
                  "description": "The recovery and reflection period granted to presumed victims.",
                  "type": "object",
                  "properties": {
                    "days": {
                      "description": "Length of the period in days.",
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 3650,
                      "examples": [
                        30,
                        60,
                        90
                      ]
                    },
                    "in_law": {
                      "description": "The period is set out in law.",
                      "type": "boolean"
                    },
                    "trigger": {
                      "description": "What has to happen before the period is granted.",
                      "type": "string",
                      "enum": [
                        "reasonable-grounds",
                        "identification",
                        "formal-identification",
                        "cooperation"
                      ],
                      "enumDescriptions": [
                        "There are reasonable grounds to believe the person is a victim.",
                        "The person has been identified as a victim.",
                        "A formal decision on victim status has been taken.",
                        "The person agrees to cooperate with the authorities."
                      ]
                    },
                    "conditional_on_cooperation": {
                      "description": "The period is granted only to those who cooperate with the authorities.",
                      "type": "boolean"
                    },
                    "expulsion_suspended": {
                      "description": "No expulsion order is enforced during the period.",
                      "type": "boolean"
                    },
                    "exceptions": {
                      "description": "Grounds on which the period can be refused or ended.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "public-order",
                          "improper-claim"
                        ]
                      }
                    },
                    "stay_authorised": {
                      "description": "The person is authorised to stay in the country while the period runs.",
                      "type": "boolean"
                    },
                    "assistance_entitled": {
                      "description": "The person receives the basic assistance and safety measures while the period runs.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "residence_permit": {
                  "description": "Residence permits for victims.",
                  "type": "object",
                  "properties": {
                    "renewable": {
                      "description": "The permit can be renewed.",
                      "type": "boolean"
                    },
                    "grounds": {
                      "description": "Reasons for which the permit is issued.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "personal-situation",
                          "cooperation"
                        ]
                      }
                    },
                    "work_allowed": {
                      "description": "The permit allows the holder to work.",
                      "type": "boolean"
                    },
                    "child_best_interests": {
                      "description": "Permits for children are issued on the basis of their best interests.",
                      "type": "boolean"
                    },
                    "asylum_unaffected": {
                      "description": "The permit does not affect the right to seek asylum.",
                      "type": "boolean"
                    },
                    "prior_permit_considered": {
                      "description": "Holding, or having held, the victim's permit counts in favour of an application for another permit.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "remedies": {
                  "description": "Access to justice and compensation.",
                  "type": "object",
                  "properties": {
                    "information_at_first_contact": {
                      "description": "Victims are told about their rights at first contact.",
                      "type": "boolean"
                    },
                    "legal_assistance": {
                      "description": "Victims have access to legal assistance.",
                      "type": "boolean"
                    },
                    "free_legal_aid": {
                      "description": "Legal aid is free of charge for victims.",
                      "type": "boolean"
                    },
                    "compensation_from_offender": {
                      "description": "Victims can claim compensation from offenders.",
                      "type": "boolean"
                    },
                    "state_compensation": {
                      "description": "A state compensation scheme covers victims.",
                      "type": "boolean"
                    },
                    "fund_from_confiscated_assets": {
                      "description": "Confiscated criminal assets feed a victims' fund.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "return": {
                  "description": "Return and reintegration of victims.",
                  "type": "object",
                  "properties": {
                    "voluntary": {
                      "description": "Return is preferably voluntary.",
                      "type": "boolean"
                    },
                    "risk_assessment": {
                      "description": "Risks are assessed before any return.",
                      "type": "boolean"
                    },
                    "repatriation_programme": {
                      "description": "A repatriation programme exists.",
                      "type": "boolean"
                    },
                    "reintegration_support": {
                      "description": "Returnees receive reintegration support.",
                      "type": "boolean"
                    },
                    "contact_information": {
                      "description": "Returnees receive contacts of bodies that can help them after return.",
                      "type": "boolean"
                    },
                    "accepts_nationals": {
                      "description": "The country facilitates and accepts the return of its own nationals and permanent residents trafficked abroad, without undue delay.",
                      "type": "boolean"
                    },
                    "documents_on_request": {
                      "description": "On another state's request, nationality or residence is verified and travel documents are issued.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "non_punishment": {
                  "description": "How victims are protected from punishment for offences they were compelled to commit.",
                  "type": "string",
                  "enum": [
                    "statutory",
                    "guidance",
                    "none"
                  ],
                  "enumDescriptions": [
                    "A provision in law.",
                    "Prosecutorial or other guidance only.",
                    "No protection."
                  ]
                },
                "protection": {
                  "description": "Protection from retaliation and intimidation.",
                  "type": "object",
                  "properties": {
                    "covered": {
                      "description": "Who can receive protection.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": [
                          "victims",
                          "witnesses",
                          "family",
                          "ngo-staff",
                          "informants",
                          "experts"
                        ]
                      }
                    },
                    "in_court_privacy": {
                      "description": "Victims' privacy and identity are protected in court.",
                      "type": "boolean"
                    },
                    "measures": {
                      "description": "Kinds of protection offered.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "physical",
                          "relocation",
                          "identity-change",
                          "employment"
                        ]
                      }
                    },
                    "in_court_safety": {
                      "description": "Victims are kept safe from intimidation during court proceedings.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "data_protection": {
                  "description": "Handling of victims' personal data.",
                  "type": "object",
                  "properties": {
                    "legal_basis": {
                      "description": "The law or regulation that governs the data.",
                      "type": "string",
                      "minLength": 1,
                      "examples": [
                        "Law 12/2020"
                      ]
                    },
                    "confidentiality_rules": {
                      "description": "Written confidentiality rules apply to information exchange.",
                      "type": "boolean"
                    },
                    "media_guidelines": {
                      "description": "Media self-regulation or rules protect victims' privacy and identity.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "training": {
                  "description": "Training programmes for professionals.",
                  "type": "array",
                  "items": {
                    "description": "One training programme.",
                    "type": "object",
                    "properties": {
                      "audiences": {
                        "description": "Who is trained.",
                        "type": "array",
                        "items": {
                          "type": "string",
                          "minLength": 1,
                          "examples": [
                            "police",
                            "border-guards",
                            "labour-inspectors",
                            "social-workers",
                            "prosecutors",
                            "judges",
                            "medical",
                            "teachers",
                            "consular-staff",
                            "immigration-officers",
                            "lawyers",
                            "ngo-staff",
                            "peacekeepers"
                          ]
                        }
                      },
                      "human_rights": {
                        "description": "The training includes human rights.",
                        "type": "boolean"
                      },
                      "institutionalised": {
                        "description": "The training is part of the regular curriculum rather than a one-off.",
                        "type": "boolean"
                      }
                    },
                    "additionalProperties": false
                  }
                },
                "monitoring": {
                  "description": "Monitoring and evaluation of the response.",
                  "type": "object",
                  "properties": {
                    "data_collection": {
                      "description": "Data on trafficking are collected systematically.",
                      "type": "boolean"
                    },
                    "independent_evaluation": {
                      "description": "The plan is evaluated independently.",
                      "type": "boolean"
                    },
                    "public_report": {
                      "description": "Results are published.",
                      "type": "boolean"
                    },
                    "evaluation_every_years": {
                      "description": "Years between two evaluations.",
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 20,
                      "examples": [
                        2
                      ]
                    }
                  },
                  "additionalProperties": false
                },
                "funding": {
                  "description": "How anti-trafficking work is funded.",
                  "type": "object",
                  "properties": {
                    "ngo_services_regular": {
                      "description": "NGO services are funded regularly rather than project by project.",
                      "type": "boolean"
                    },
                    "multi_year": {
                      "description": "Funding is committed for several years.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "children": {
                  "description": "Protection of child victims.",
                  "type": "object",
                  "properties": {
                    "age_presumption": {
                      "description": "A person whose age is uncertain is treated as a child until the age is established.",
                      "type": "boolean"
                    },
                    "age_assessment": {
                      "description": "How age is assessed when it is in doubt.",
                      "type": "object",
                      "properties": {
                        "multidisciplinary": {
                          "description": "Several professions take part in the assessment.",
                          "type": "boolean"
                        },
                        "benefit_of_doubt": {
                          "description": "Remaining doubt is resolved in the child's favour.",
                          "type": "boolean"
                        },
                        "guardian_present": {
                          "description": "A guardian is present during the assessment.",
                          "type": "boolean"
                        },
                        "appeal": {
                          "description": "The result can be appealed.",
                          "type": "boolean"
                        },
                        "detention_during": {
                          "description": "The person may be detained while the assessment is pending.",
                          "type": "boolean"
                        }
                      },
                      "additionalProperties": false
                    },
                    "guardian": {
                      "description": "Guardians for unaccompanied or separated child victims.",
                      "type": "object",
                      "properties": {
                        "appointed_within_hours": {
                          "description": "Longest time, in hours, from identification to the appointment of a guardian.",
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 8760,
                          "examples": [
                            24
                          ]
                        },
                        "trigger": {
                          "description": "What starts the appointment of a guardian.",
                          "type": "string",
                          "enum": [
                            "identification",
                            "presumption",
                            "arrival"
                          ],
                          "enumDescriptions": [
                            "The child is identified as a victim.",
                            "The child is presumed to be a victim.",
                            "The child arrives or is first found."
                          ]
                        },
                        "independent": {
                          "description": "The guardian is independent of the authorities deciding on the child.",
                          "type": "boolean"
                        },
                        "conflict_of_interest_rule": {
                          "description": "Rules exclude guardians with a conflict of interest.",
                          "type": "boolean"
                        },
                        "trained": {
                          "description": "Guardians are trained.",
                          "type": "boolean"
                        },
                        "supervised": {
                          "description": "Guardians are supervised.",
                          "type": "boolean"
                        },
                        "max_caseload": {
                          "description": "Most children one guardian may be responsible for.",
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 1000,
                          "examples": [
                            15
                          ]
                        },
                        "until": {
                          "description": "When guardianship ends.",
                          "type": "string",
                          "enum": [
                            "majority",
                            "durable-solution"
                          ],
                          "enumDescriptions": [
                            "When the child comes of age.",
                            "When a durable solution has been found, even after majority."
                          ]
                        }
                      },
                      "additionalProperties": false
                    },
                    "best_interests": {
                      "description": "How the child's best interests are established.",
                      "type": "object",
                      "properties": {
                        "assessment": {
                          "description": "Best interests are assessed individually.",
                          "type": "boolean"
                        },
                        "determination": {
                          "description": "Major decisions follow a formal best-interests determination.",
                          "type": "boolean"
                        },
                        "multidisciplinary": {
                          "description": "Several professions take part.",
                          "type": "boolean"
                        }
                      },
                      "additionalProperties": false
                    },
                    "identity_non_disclosure": {
                      "description": "The child's identity is not made public.",
                      "type": "boolean"
                    },
                    "family_tracing": {
                      "description": "The child's family is traced when that is in the child's interest.",
                      "type": "boolean"
                    },
                    "participation": {
                      "description": "The child is informed and heard.",
                      "type": "boolean"
                    },
                    "specialised_shelters": {
                      "description": "Shelters suited to children are available.",
                      "type": "boolean"
                    },
                    "child_friendly_proceedings": {
                      "description": "Proceedings are adapted to children.",
                      "type": "boolean"
                    },
                    "return": {
                      "description": "Return of child victims.",
                      "type": "object",
                      "properties": {
                        "risk_assessment": {
                          "description": "Risks are assessed before a child returns.",
                          "type": "boolean"
                        },
                        "voluntary_only": {
                          "description": "Children are returned only voluntarily.",
                          "type": "boolean"
                        },
                        "family_assessment": {
                          "description": "The family or care arrangement is assessed before return.",
                          "type": "boolean"
                        }
                      },
                      "additionalProperties": false
                    },
                    "durable_solution_procedure": {
                      "description": "A procedure exists to find a durable solution for each child.",
                      "type": "boolean"
                    },
                    "detention_prohibited": {
                      "description": "Immigration detention of children is prohibited.",
                      "type": "boolean"
                    },
                    "identity_and_nationality": {
                      "description": "Steps are taken to establish an unaccompanied child's identity and nationality.",
                      "type": "boolean"
                    },
                    "special_protection": {
                      "description": "Child victims and witnesses receive special protection measures decided in their best interests.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "specialisation": {
                  "description": "Persons or units specialised in fighting trafficking and protecting victims.",
                  "type": "object",
                  "properties": {
                    "units": {
                      "description": "Where specialised persons or units exist.",
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1,
                        "examples": [
                          "police",
                          "prosecution",
                          "judiciary",
                          "labour-inspection",
                          "victim-services"
                        ]
                      }
                    },
                    "independent": {
                      "description": "They are independent enough to act without improper outside pressure.",
                      "type": "boolean"
                    },
                    "trained": {
                      "description": "Their staff are trained for the task.",
                      "type": "boolean"
                    },
                    "funded": {
                      "description": "They have the financial resources their tasks require.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "international_cooperation": {
                  "description": "Co-operation with other states.",
                  "type": "object",
                  "properties": {
                    "agreements": {
                      "description": "Bilateral or multilateral agreements or arrangements on trafficking are in force.",
                      "type": "boolean"
                    },
                    "urgent_alerts": {
                      "description": "A procedure passes on at once information that a protected person is in immediate danger in another state.",
                      "type": "boolean"
                    },
                    "missing_children": {
                      "description": "Co-operation with other states in searching for missing persons, in particular children, is reinforced.",
                      "type": "boolean"
                    },
                    "request_replies": {
                      "description": "Other states' requests are answered promptly with the outcome or the obstacles, and conditions attached to information received are respected.",
                      "type": "boolean"
                    },
                    "rights_information": {
                      "description": "Information another state needs for a victim's reflection period, residence or return is sent without delay on request.",
                      "type": "boolean"
                    },
                    "protection_agreements": {
                      "description": "Agreements with other states cover the protection of victims and witnesses.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "criminal_law": {
                  "description": "Criminal-law measures against trafficking.",
                  "type": "object",
                  "properties": {
                    "confiscation": {
                      "description": "The instrumentalities and proceeds of trafficking offences can be confiscated.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            }
          }
        }

        """#

    private static let progressJSON = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://naptrack.dev/schema/progress.schema.json",
          "title": "naptrack progress",
          "description": "Progress on the activities of one plan as of one reporting date, in naptrack format version 1.",
          "type": "object",
          "required": [
            "naptrack",
            "progress"
          ],
          "properties": {
            "naptrack": {
              "description": "Version of the naptrack file format. Always 1 for this format.",
              "const": 1
            },
            "progress": {
              "description": "Which plan this report is about, the date it describes and who made it.",
              "type": "object",
              "required": [
                "plan",
                "as_of"
              ],
              "properties": {
                "plan": {
                  "description": "Id of the plan, as in its `plan.id`.",
                  "$ref": "#/$defs/id"
                },
                "as_of": {
                  "description": "The date the report describes. Reports for a date use the latest update on or before it.",
                  "$ref": "#/$defs/date"
                },
                "reported_by": {
                  "description": "The agency that submits the report.",
                  "$ref": "#/$defs/agencyRef"
                }
              },
              "additionalProperties": false
            },
            "updates": {
              "description": "One entry per activity reported on.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/update"
              }
            }
          },
          "additionalProperties": false,
          "$defs": {
            "id": {
              "description": "An identifier: letters, digits, '.', '-' and '_' only.",
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]+$"
            },
            "agencyRef": {
              "description": "The id of an agency listed in the plan.",
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]+$"
            },
            "date": {
              "description": "A calendar date written YYYY-MM-DD.",
              "type": "string",
              "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
              "format": "date"
            },
            "amount": {
              "description": "A non-negative amount of money.",
              "type": "number",
              "minimum": 0
            },
            "update": {
              "description": "Where one activity stands on the reporting date.",
              "type": "object",
              "required": [
                "activity",
                "status"
              ],
              "properties": {
                "activity": {
                  "description": "Id of the activity in the plan.",
                  "$ref": "#/$defs/id"
                },
                "status": {
                  "description": "The state of the activity.",
                  "type": "string",
                  "enum": [
                    "not-started",
                    "in-progress",
                    "completed",
                    "suspended",
                    "cancelled"
                  ],
                  "enumDescriptions": [
                    "Work has not begun.",
                    "Work is under way.",
                    "The activity is finished.",
                    "Work has stopped for now and is expected to resume.",
                    "The activity will not be carried out."
                  ]
                },
                "percent": {
                  "description": "How much of the activity is done, from 0 to 100; compared with elapsed time to see whether it is behind.",
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100
                },
                "spent": {
                  "description": "Total spent on the activity so far, in the activity's currency.",
                  "$ref": "#/$defs/amount"
                },
                "indicators": {
                  "description": "Current value of each indicator, by indicator id.",
                  "type": "object",
                  "propertyNames": {
                    "pattern": "^[A-Za-z0-9._-]+$"
                  },
                  "additionalProperties": {
                    "description": "The indicator's value on the reporting date.",
                    "type": "number"
                  }
                },
                "milestones": {
                  "description": "Milestones reached, by milestone id, with the date each was reached.",
                  "type": "object",
                  "propertyNames": {
                    "pattern": "^[A-Za-z0-9._-]+$"
                  },
                  "additionalProperties": {
                    "$ref": "#/$defs/date"
                  }
                },
                "note": {
                  "description": "A short explanation for readers of the report.",
                  "type": "string",
                  "minLength": 1
                }
              },
              "additionalProperties": false
            }
          }
        }

        """#

    private static let configJSON = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://naptrack.dev/schema/config.schema.json",
          "title": "naptrack configuration",
          "description": "Project settings for naptrack (naptrack.yaml, beside the plans).",
          "type": "object",
          "required": [
            "naptrack"
          ],
          "properties": {
            "naptrack": {
              "description": "Version of the naptrack file format. Always 1 for this format.",
              "const": 1
            },
            "standards": {
              "description": "Standards to check for plans that do not list their own.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/standard"
              }
            },
            "severity": {
              "description": "Severity overrides, by requirement id or by standard id. `off` drops the finding.",
              "type": "object",
              "propertyNames": {
                "pattern": "^[A-Za-z0-9._-]+(:[A-Za-z0-9._-]+)?$"
              },
              "additionalProperties": {
                "description": "Severity to report findings of this requirement or standard with.",
                "type": "string",
                "enum": [
                  "error",
                  "warning",
                  "note",
                  "off"
                ],
                "enumDescriptions": [
                  "Report as an error.",
                  "Report as a warning.",
                  "Report as a note.",
                  "Do not report."
                ]
              },
              "examples": [
                {
                  "plan-quality:indicator": "warning",
                  "osce-nrm": "error"
                }
              ]
            },
            "thresholds": {
              "description": "Numeric limits that checks compare against, by <standard>:<threshold> name.",
              "type": "object",
              "propertyNames": {
                "pattern": "^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$"
              },
              "additionalProperties": {
                "description": "The value of the threshold.",
                "type": "number"
              },
              "examples": [
                {
                  "child-guardian:appointment_hours": 24,
                  "plan-quality:behind_points": 25
                }
              ]
            },
            "tracking": {
              "description": "Settings for progress tracking (`naptrack progress`).",
              "type": "object",
              "properties": {
                "rollup": {
                  "description": "How percent complete rolls up from activities to objectives, lead agencies and the plan. Cancelled activities never count.",
                  "type": "string",
                  "enum": [
                    "budget-weighted",
                    "equal"
                  ],
                  "enumDescriptions": [
                    "Each activity counts in proportion to its planned budget in the plan currency (the default).",
                    "Each activity counts the same."
                  ],
                  "default": "budget-weighted"
                }
              },
              "additionalProperties": false
            },
            "waivers": {
              "description": "Findings accepted for a limited time, with a recorded reason and approver.",
              "type": "array",
              "items": {
                "description": "One accepted finding.",
                "type": "object",
                "required": [
                  "requirement",
                  "reason",
                  "approved_by",
                  "expires"
                ],
                "properties": {
                  "requirement": {
                    "description": "The requirement whose finding is accepted.",
                    "$ref": "#/$defs/requirementRef"
                  },
                  "plan": {
                    "description": "Id of the plan the waiver is for; leave out to waive the finding for every plan.",
                    "$ref": "#/$defs/id"
                  },
                  "reason": {
                    "description": "Why the finding is accepted for now.",
                    "type": "string",
                    "minLength": 1
                  },
                  "approved_by": {
                    "description": "Who approved the waiver, usually an agency id.",
                    "type": "string",
                    "minLength": 1,
                    "examples": [
                      "round-table",
                      "nat-coord"
                    ]
                  },
                  "expires": {
                    "description": "The last day the waiver applies; afterwards the finding is reported again, and so is the expired waiver.",
                    "$ref": "#/$defs/date"
                  }
                },
                "additionalProperties": false
              }
            }
          },
          "additionalProperties": false,
          "$defs": {
            "id": {
              "description": "An identifier: letters, digits, '.', '-' and '_' only.",
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]+$"
            },
            "date": {
              "description": "A calendar date written YYYY-MM-DD.",
              "type": "string",
              "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
              "format": "date"
            },
            "standard": {
              "description": "The id of a standard naptrack checks plans against: one of the built-in standards or one added by a rule pack. Lower-case letters, digits and hyphens.",
              "type": "string",
              "pattern": "^[a-z0-9][a-z0-9-]*$",
              "examples": [
                "plan-quality",
                "osce-nrm",
                "coe-cathb",
                "child-guardian"
              ]
            },
            "requirementRef": {
              "description": "A requirement id written <standard>:<requirement>, as listed by `naptrack standards show <standard>`.",
              "type": "string",
              "pattern": "^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$",
              "examples": [
                "plan-quality:indicator",
                "osce-nrm:identification-guidelines",
                "coe-cathb:art5.2",
                "coe-cathb:art13.1",
                "child-guardian:timing"
              ]
            }
          }
        }

        """#
}

extension FormatSchema {
    private static let packJSON = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://naptrack.dev/schema/pack.schema.json",
          "title": "naptrack rule pack",
          "description": "A standard written as data: its requirements and the checks that decide them, built from a closed set of primitives. Packs live in plugins/ or are named with --rules.",
          "type": "object",
          "required": [
            "naptrack",
            "standard",
            "requirements"
          ],
          "properties": {
            "naptrack": {
              "description": "Version of the naptrack file format. Always 1 for this format.",
              "const": 1
            },
            "standard": {
              "description": "What the standard is: its id, title, catalog version and the instrument it is drawn from.",
              "$ref": "#/$defs/standard"
            },
            "requirements": {
              "description": "The obligations of the standard, each with its check.",
              "type": "array",
              "minItems": 1,
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/requirement"
              }
            }
          },
          "additionalProperties": false,
          "$defs": {
            "standard": {
              "description": "The header of the pack.",
              "type": "object",
              "required": [
                "id",
                "title",
                "version",
                "source"
              ],
              "properties": {
                "id": {
                  "description": "A short stable id, unique among all standards, that prefixes every requirement id: lower-case letters, digits and hyphens.",
                  "type": "string",
                  "pattern": "^[a-z0-9][a-z0-9-]*$"
                },
                "title": {
                  "description": "The title shown in catalogs and reports.",
                  "type": "string",
                  "minLength": 1
                },
                "summary": {
                  "description": "Optional: a line shown under the title in catalogs, when the title needs one.",
                  "type": "string"
                },
                "version": {
                  "description": "The version of this catalog, recorded in report provenance. Quote it so that YAML keeps it as text.",
                  "type": "string"
                },
                "source": {
                  "description": "The instrument or publication the requirements are drawn from, cited precisely.",
                  "type": "string",
                  "minLength": 1
                }
              },
              "additionalProperties": false
            },
            "requirement": {
              "description": "One checkable obligation, traced to its article.",
              "type": "object",
              "required": [
                "id",
                "title",
                "reference",
                "modality",
                "rationale",
                "remedy",
                "check"
              ],
              "properties": {
                "id": {
                  "description": "<pack id>:<requirement>, such as eu-thb-directive:art11.3; unique in the pack.",
                  "type": "string",
                  "pattern": "^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$"
                },
                "title": {
                  "description": "A short title in your own words.",
                  "type": "string",
                  "minLength": 1
                },
                "reference": {
                  "description": "Where the obligation comes from, such as 'Directive 2011/36/EU Art. 11(3)'.",
                  "type": "string",
                  "minLength": 1
                },
                "modality": {
                  "description": "How strongly the source obliges; it sets the default severity of an unmet requirement.",
                  "type": "string",
                  "enum": [
                    "binding",
                    "qualified",
                    "guidance"
                  ],
                  "enumDescriptions": [
                    "A binding obligation: unmet is an error.",
                    "A binding obligation qualified by 'where appropriate' or internal law: unmet is a warning.",
                    "A duty to consider, soft law, or an obligation known only from secondary sources: unmet is a note."
                  ]
                },
                "rationale": {
                  "description": "Why the requirement matters, in a sentence or two.",
                  "type": "string",
                  "minLength": 1
                },
                "remedy": {
                  "description": "What a coordinator can do to meet it.",
                  "type": "string",
                  "minLength": 1
                },
                "applies_when": {
                  "description": "When this condition is contradicted by the plan, the requirement is not applicable.",
                  "$ref": "#/$defs/condition"
                },
                "check": {
                  "description": "The check that decides whether the plan meets the requirement.",
                  "$ref": "#/$defs/condition"
                }
              },
              "additionalProperties": false
            },
            "condition": {
              "description": "One primitive: a fact test, activity_exists, every_activity, all, any or not. Conditions nest at most 16 levels.",
              "oneOf": [
                {
                  "$ref": "#/$defs/factCondition"
                },
                {
                  "description": "Some activity of the plan matches the filter.",
                  "type": "object",
                  "required": [
                    "activity_exists"
                  ],
                  "properties": {
                    "activity_exists": {
                      "$ref": "#/$defs/activityFilter"
                    }
                  },
                  "additionalProperties": false
                },
                {
                  "description": "Every activity matching `where` has the field `has`.",
                  "type": "object",
                  "required": [
                    "every_activity"
                  ],
                  "properties": {
                    "every_activity": {
                      "$ref": "#/$defs/everyActivity"
                    }
                  },
                  "additionalProperties": false
                },
                {
                  "description": "All of the conditions hold.",
                  "type": "object",
                  "required": [
                    "all"
                  ],
                  "properties": {
                    "all": {
                      "type": "array",
                      "minItems": 1,
                      "maxItems": 1000,
                      "items": {
                        "$ref": "#/$defs/condition"
                      }
                    }
                  },
                  "additionalProperties": false
                },
                {
                  "description": "At least one of the conditions holds.",
                  "type": "object",
                  "required": [
                    "any"
                  ],
                  "properties": {
                    "any": {
                      "type": "array",
                      "minItems": 1,
                      "maxItems": 1000,
                      "items": {
                        "$ref": "#/$defs/condition"
                      }
                    }
                  },
                  "additionalProperties": false
                },
                {
                  "description": "The condition does not hold.",
                  "type": "object",
                  "required": [
                    "not"
                  ],
                  "properties": {
                    "not": {
                      "$ref": "#/$defs/condition"
                    }
                  },
                  "additionalProperties": false
                }
              ]
            },
            "factCondition": {
              "description": "A test on one framework fact: `fact` and exactly one test.",
              "type": "object",
              "required": [
                "fact"
              ],
              "minProperties": 2,
              "maxProperties": 2,
              "properties": {
                "fact": {
                  "description": "The dotted path of the fact, as listed in docs/plan-format.md.",
                  "type": "string",
                  "enum": [
                    "scope",
                    "scope.children",
                    "scope.non_nationals",
                    "coordination",
                    "coordination.coordinator",
                    "coordination.coordinator.agency",
                    "coordination.coordinator.level",
                    "coordination.coordinator.mandate",
                    "coordination.coordinator.budget",
                    "coordination.round_table",
                    "coordination.round_table.agency",
                    "coordination.round_table.meets_every_months",
                    "coordination.round_table.includes_ngos",
                    "coordination.working_groups",
                    "coordination.rapporteur",
                    "coordination.rapporteur.agency",
                    "coordination.rapporteur.independent",
                    "coordination.legal_basis",
                    "coordination.needs_assessment",
                    "coordination.survivor_participation",
                    "cooperation_agreements",
                    "prevention",
                    "prevention.measures",
                    "prevention.demand_reduction",
                    "prevention.child_specific",
                    "prevention.ngo_involvement",
                    "prevention.approaches",
                    "identification",
                    "identification.guidelines",
                    "identification.joint_state_ngo",
                    "identification.reasonable_grounds_stage",
                    "identification.no_removal_before_identification",
                    "identification.trained_professions",
                    "identification.gender_and_child_sensitive",
                    "referral",
                    "referral.sop",
                    "referral.focal_point",
                    "referral.max_hours_to_service",
                    "referral.child_procedures",
                    "assistance",
                    "assistance.services",
                    "assistance.conditional_on_cooperation",
                    "assistance.informed_consent",
                    "assistance.risk_assessment",
                    "assistance.ngo_providers",
                    "assistance.labour_market_access",
                    "assistance.standards_of_care",
                    "assistance.resident_medical_care",
                    "assistance.gender_mainstreaming",
                    "reflection_period",
                    "reflection_period.days",
                    "reflection_period.in_law",
                    "reflection_period.trigger",
                    "reflection_period.conditional_on_cooperation",
                    "reflection_period.expulsion_suspended",
                    "reflection_period.exceptions",
                    "reflection_period.stay_authorised",
                    "reflection_period.assistance_entitled",
                    "residence_permit",
                    "residence_permit.renewable",
                    "residence_permit.grounds",
                    "residence_permit.work_allowed",
                    "residence_permit.child_best_interests",
                    "residence_permit.asylum_unaffected",
                    "residence_permit.prior_permit_considered",
                    "remedies",
                    "remedies.information_at_first_contact",
                    "remedies.legal_assistance",
                    "remedies.free_legal_aid",
                    "remedies.compensation_from_offender",
                    "remedies.state_compensation",
                    "remedies.fund_from_confiscated_assets",
                    "return",
                    "return.voluntary",
                    "return.risk_assessment",
                    "return.repatriation_programme",
                    "return.reintegration_support",
                    "return.contact_information",
                    "return.accepts_nationals",
                    "return.documents_on_request",
                    "non_punishment",
                    "protection",
                    "protection.covered",
                    "protection.in_court_privacy",
                    "protection.measures",
                    "protection.in_court_safety",
                    "data_protection",
                    "data_protection.legal_basis",
                    "data_protection.confidentiality_rules",
                    "data_protection.media_guidelines",
                    "training",
                    "monitoring",
                    "monitoring.data_collection",
                    "monitoring.independent_evaluation",
                    "monitoring.public_report",
                    "monitoring.evaluation_every_years",
                    "funding",
                    "funding.ngo_services_regular",
                    "funding.multi_year",
                    "children",
                    "children.age_presumption",
                    "children.age_assessment",
                    "children.age_assessment.multidisciplinary",
                    "children.age_assessment.benefit_of_doubt",
                    "children.age_assessment.guardian_present",
                    "children.age_assessment.appeal",
                    "children.age_assessment.detention_during",
                    "children.guardian",
                    "children.guardian.appointed_within_hours",
                    "children.guardian.trigger",
                    "children.guardian.independent",
                    "children.guardian.conflict_of_interest_rule",
                    "children.guardian.trained",
                    "children.guardian.supervised",
                    "children.guardian.max_caseload",
                    "children.guardian.until",
                    "children.best_interests",
                    "children.best_interests.assessment",
                    "children.best_interests.determination",
                    "children.best_interests.multidisciplinary",
                    "children.identity_non_disclosure",
                    "children.family_tracing",
                    "children.participation",
                    "children.specialised_shelters",
                    "children.child_friendly_proceedings",
                    "children.return",
                    "children.return.risk_assessment",
                    "children.return.voluntary_only",
                    "children.return.family_assessment",
                    "children.durable_solution_procedure",
                    "children.detention_prohibited",
                    "children.identity_and_nationality",
                    "children.special_protection",
                    "specialisation",
                    "specialisation.units",
                    "specialisation.independent",
                    "specialisation.trained",
                    "specialisation.funded",
                    "international_cooperation",
                    "international_cooperation.agreements",
                    "international_cooperation.urgent_alerts",
                    "international_cooperation.missing_children",
                    "international_cooperation.request_replies",
                    "international_cooperation.rights_information",
                    "international_cooperation.protection_agreements",
                    "criminal_law",
                    "criminal_law.confiscation"
                  ]
                },
                "present": {
                  "description": "The fact is declared, whatever its value. Only true is accepted.",
                  "const": true
                },
                "is": {
                  "description": "The fact, true or false, has this value.",
                  "type": "boolean"
                },
                "equals": {
                  "description": "The fact is this word (a choice such as `statutory`), text, agency id or date.",
                  "type": "string"
                },
                "at_least": {
                  "description": "The number is at least this bound.",
                  "$ref": "#/$defs/bound"
                },
                "at_most": {
                  "description": "The number is at most this bound.",
                  "$ref": "#/$defs/bound"
                },
                "one_of": {
                  "description": "The fact is one of these words.",
                  "oneOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      },
                      "minItems": 1,
                      "maxItems": 1000
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "includes_all": {
                  "description": "The list contains every one of these words.",
                  "oneOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      },
                      "minItems": 1,
                      "maxItems": 1000
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "excludes": {
                  "description": "The list contains none of these words.",
                  "oneOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      },
                      "minItems": 1,
                      "maxItems": 1000
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "only_from": {
                  "description": "Every item of the list is one of these words.",
                  "oneOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      },
                      "minItems": 1,
                      "maxItems": 1000
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "some_record": {
                  "description": "Some record of a list of records passes one test on each named field.",
                  "type": "object",
                  "minProperties": 1,
                  "additionalProperties": {
                    "$ref": "#/$defs/fieldTest"
                  }
                }
              },
              "additionalProperties": false
            },
            "fieldTest": {
              "description": "One test on a field of a record.",
              "type": "object",
              "minProperties": 1,
              "maxProperties": 1,
              "properties": {
                "present": {
                  "description": "The fact is declared, whatever its value. Only true is accepted.",
                  "const": true
                },
                "is": {
                  "description": "The fact, true or false, has this value.",
                  "type": "boolean"
                },
                "equals": {
                  "description": "The fact is this word (a choice such as `statutory`), text, agency id or date.",
                  "type": "string"
                },
                "at_least": {
                  "description": "The number is at least this bound.",
                  "$ref": "#/$defs/bound"
                },
                "at_most": {
                  "description": "The number is at most this bound.",
                  "$ref": "#/$defs/bound"
                },
                "one_of": {
                  "description": "The fact is one of these words.",
                  "oneOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      },
                      "minItems": 1,
                      "maxItems": 1000
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "includes_all": {
                  "description": "The list contains every one of these words.",
                  "oneOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      },
                      "minItems": 1,
                      "maxItems": 1000
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "excludes": {
                  "description": "The list contains none of these words.",
                  "oneOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      },
                      "minItems": 1,
                      "maxItems": 1000
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "only_from": {
                  "description": "Every item of the list is one of these words.",
                  "oneOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      },
                      "minItems": 1,
                      "maxItems": 1000
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "some_record": {
                  "description": "Some record of a list of records passes one test on each named field.",
                  "type": "object",
                  "minProperties": 1,
                  "additionalProperties": {
                    "$ref": "#/$defs/fieldTest"
                  }
                }
              },
              "additionalProperties": false
            },
            "bound": {
              "description": "A number, or a threshold the configuration may change.",
              "oneOf": [
                {
                  "type": "number"
                },
                {
                  "type": "object",
                  "required": [
                    "threshold",
                    "default"
                  ],
                  "properties": {
                    "threshold": {
                      "description": "<pack id>:<name>; set it in naptrack.yaml under thresholds.",
                      "type": "string",
                      "pattern": "^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$"
                    },
                    "default": {
                      "description": "The value used when the configuration sets none.",
                      "type": "number"
                    }
                  },
                  "additionalProperties": false
                }
              ]
            },
            "activityFilter": {
              "description": "Selects activities by what they declare; every criterion given must match.",
              "type": "object",
              "properties": {
                "area": {
                  "description": "The pillar of the objective the activity sits under.",
                  "type": "string",
                  "enum": [
                    "prevention",
                    "protection",
                    "prosecution",
                    "partnership",
                    "coordination"
                  ]
                },
                "tag": {
                  "description": "A word in the activity's tags.",
                  "type": "string"
                },
                "form": {
                  "description": "A form of exploitation in the activity's forms.",
                  "type": "string",
                  "enum": [
                    "sexual",
                    "labour",
                    "domestic-servitude",
                    "begging",
                    "criminal-activities",
                    "organ-removal",
                    "forced-marriage",
                    "other"
                  ]
                },
                "target_group": {
                  "description": "A word in the activity's target groups.",
                  "type": "string"
                },
                "addresses": {
                  "description": "A requirement id in the activity's addresses.",
                  "type": "string",
                  "pattern": "^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$"
                },
                "with_budget": {
                  "description": "Only activities with a budget amount.",
                  "type": "boolean"
                },
                "due_by": {
                  "description": "Only activities due on or before this date.",
                  "type": "string",
                  "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
                  "format": "date"
                }
              },
              "additionalProperties": false
            },
            "everyActivity": {
              "description": "The activities to look at and the field each must have.",
              "type": "object",
              "required": [
                "has"
              ],
              "properties": {
                "where": {
                  "description": "The activities to look at; all when absent.",
                  "$ref": "#/$defs/activityFilter"
                },
                "has": {
                  "description": "The field every selected activity must have.",
                  "type": "string",
                  "enum": [
                    "lead",
                    "partners",
                    "start",
                    "due",
                    "budget",
                    "funding-source",
                    "indicator",
                    "milestone",
                    "addresses",
                    "forms",
                    "target-groups"
                  ]
                }
              },
              "additionalProperties": false
            }
          }
        }

        """#
}
