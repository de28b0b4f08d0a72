// Conwy County Borough Council's Statement on Collaboration asks that every collaboration it leads or joins has an
// exit strategy, contributes to the Corporate Plan / One Conwy outcomes, has suitable governance and is scrutinised
// appropriately, with a clear performance management framework. Here its register of collaborations is one table,
// bilingual title, a totals row and a note under it. Collaborations are real North Wales arrangements; people are
// invented.
import { b, d, gbp, p, type CorpusRegister } from "../describe.js";

const register: CorpusRegister = {
  id: "conwy-county-borough",
  publisher: "Conwy County Borough Council",
  kind: "county borough council (Wales)",
  shape: "one table, bilingual title block, a totals row and a note under the table",
  sources: [
    "https://business.senedd.wales/documents/s500001381/CELG4-26-13%20Paper%205%20Conwy%20County%20Borough%20Council.html?CT=2",
    "http://gov.wales/topics/improvingservices/publications/reg-coll-footprint-2013/?lang=en",
  ],
  today: "2026-11-30",
  saved: "2026-10-28",
  sheets: [
    {
      name: "Collaborations",
      widths: [9, 44, 22, 40, 30, 30, 34, 30, 30, 30, 30, 16, 14],
      rows: [
        [b("Conwy County Borough Council / Cyngor Bwrdeistref Sirol Conwy")],
        [b("Register of Collaborations 2026/27")],
        ["Reported to the Governance and Audit Committee"],
        [],
        [
          "Ref", "Collaboration", "Lead authority / host", "Partners", "Head of Service", "Lead officer", "Corporate Plan / One Conwy outcome",
          "Governance (agreement / ToR)", "Scrutiny committee", "Performance framework", "Exit strategy", "Conwy contribution 2026/27 (£)", "Last reviewed",
        ].map(b),
        p({ ref: "COL/01", name: "North Wales Regional Emergency Planning Service", clean: true }, [
          "COL/01", "North Wales Regional Emergency Planning Service", "Flintshire (host)", "Six North Wales councils", "G Pritchard, Head of Regulatory Services",
          "E Rowlands, Emergency Planning Officer", "People in Conwy are safe", "Collaboration agreement 2019", "Finance and Resources Overview and Scrutiny Committee",
          "Annual service plan and KPIs", "Notice provisions in the agreement", gbp(48200), d("2026-02-17"),
        ]),
        p({ ref: "COL/02", name: "North Wales Residual Waste Treatment Project (Parc Adfer)", planted: ["exit-strategy-missing"] }, [
          "COL/02", "North Wales Residual Waste Treatment Project (Parc Adfer)", "Flintshire (lead)", "Conwy; Denbighshire; Flintshire; Gwynedd; Isle of Anglesey",
          "H Llewelyn, Head of Environment, Roads and Facilities", "R Batey, Waste Strategy Manager", "People in Conwy live in a county that is environmentally sustainable",
          "Inter-authority agreement", "Economy and Place Overview and Scrutiny Committee", "Contract KPIs; diversion from landfill", "Not documented", gbp(1_820_000), d("2026-04-09"),
        ]),
        p({ ref: "COL/03", name: "Conwy and Denbighshire Public Services Board", planted: ["scrutiny-missing"] }, [
          "COL/03", "Conwy and Denbighshire Public Services Board", "Conwy and Denbighshire (joint)", "Both councils; BCUHB; North Wales Fire and Rescue; NRW",
          "S Prydderch, Head of Corporate Performance", "L Madoc, Partnerships Manager", "People in Conwy are healthy and independent", "Terms of reference (Well-being of Future Generations Act)",
          null, "Well-being plan measures", "N/A - statutory board", gbp(15000), d("2026-06-23"),
        ]),
        p({ ref: "COL/04", name: "North Wales Regional Partnership Board", clean: true }, [
          "COL/04", "North Wales Regional Partnership Board", "Denbighshire (host of the regional team)", "Six councils; BCUHB; third sector",
          "J Cadwaladr, Head of Social Care", "M Hughes, Integration Manager", "People in Conwy are healthy and independent", "Partnership agreement (Part 9, SSWB Act)",
          "Social Care and Health Overview and Scrutiny Committee", "Area plan outcomes", "N/A - statutory board", gbp(62500), d("2026-05-14"),
        ]),
        p({ ref: "COL/05", name: "Regional Collaboration Team - Housing Support Grant", planted: ["priority-link-missing"] }, [
          "COL/05", "Regional Collaboration Team - Housing Support Grant", "Wrexham (host)", "Six North Wales councils", "D Parry-Evans, Head of Housing",
          "C Ellis, Housing Support Manager", null, "Regional Housing Support Collaborative Group terms of reference", "Economy and Place Overview and Scrutiny Committee",
          "Grant outcomes framework", "Grant conditions - ends with the grant", gbp(0), d("2026-03-30"),
        ]),
        p({ ref: "COL/06", name: "North Wales Adoption Service", clean: true }, [
          "COL/06", "North Wales Adoption Service", "Wrexham (host)", "Six North Wales councils", "J Cadwaladr, Head of Social Care", "S Ogwen, Service Manager",
          "People in Conwy are safe", "Partnership agreement", "Social Care and Health Overview and Scrutiny Committee", "National Adoption Service KPIs",
          "Withdrawal on 12 months' notice", gbp(96300), d("2026-09-02"),
        ]),
        p({ ref: "COL/07", name: "Ambition North Wales (North Wales Corporate Joint Committee)", planted: ["annual-review-overdue"] }, [
          "COL/07", "Ambition North Wales (North Wales Corporate Joint Committee)", "Gwynedd (host)", "Six councils; Bangor and Wrexham universities; colleges",
          "S Prydderch, Head of Corporate Performance", "A Vaughan, Economic Development Manager", "People in Conwy benefit from a thriving economy", "Growth deal agreement 2 (GA2)",
          "Economy and Place Overview and Scrutiny Committee", "Growth Deal benefits realisation plan", "Provisions in GA2", gbp(110000), d("2025-07-01"),
        ]),
        ["Total", null, null, null, null, null, null, null, null, null, null, gbp(2_152_000), null],
        [],
        ["Note: figures are Conwy's share only; regional budgets are reported by the host authority."],
      ],
    },
  ],
  registerSheets: ["Collaborations"],
  columns: {
    A: "ref",
    B: "name",
    C: ["councilIsLead", null],
    D: "partners",
    E: "sponsoringOfficer",
    F: "accountableOfficer",
    G: "corporatePriority",
    H: "governanceDocument",
    I: "scrutiny",
    J: ["outcomeMeasures", "reportingTo", null],
    K: "exitStrategy",
    L: "annualContribution",
    M: "lastReviewDate",
  },
};

export default register;
