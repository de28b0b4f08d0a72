// Cambridgeshire County Council's constitution records its joint arrangements in Part E: joint committees with
// other authorities, the functions delegated to them, and their composition. Here that record is a register of
// joint committees with the council's members and substitutes, the host authority, the budget contribution and
// its approval, and scrutiny arrangements. Committees are real; people are invented.
import { b, d, gbp, p, type CorpusRegister } from "../describe.js";

const register: CorpusRegister = {
  id: "cambridgeshire-county",
  publisher: "Cambridgeshire County Council",
  kind: "county council (joint committees register)",
  shape: "one table of joint committees, constitution references as refs, one dissolved",
  sources: [
    "https://www.cambridgeshire.gov.uk/council/meetings-and-decisions/council-constitution/part-e-joint-arrangements/e1-joint-arrangements",
    "https://democracy.york.gov.uk/(S(er5fig3cbkjmjx55ekdxrgfc))/mgOutsideBodyDetails.aspx?ID=778",
  ],
  today: "2026-11-30",
  saved: "2026-10-16",
  sheets: [
    {
      name: "Joint arrangements",
      widths: [7, 46, 44, 44, 36, 26, 34, 22, 14, 30, 34, 14, 20],
      rows: [
        [b("Cambridgeshire County Council")],
        [b("Constitution Part E - register of joint committees and joint arrangements")],
        ["Updated following Full Council, 14 October 2026"],
        [],
        [
          "Ref", "Joint committee / arrangement", "Constituent authorities", "Functions delegated", "Council's members (substitutes)", "Lead / host authority",
          "Officer lead", "Budget contribution 2026/27", "Approved (£)", "Approved by", "Scrutiny arrangements", "Last reviewed", "Status",
        ].map(b),
        p({ ref: "E2", name: "Greater Cambridge Partnership Executive Board", clean: true }, [
          "E2", "Greater Cambridge Partnership Executive Board", "Cambridge City Council; South Cambridgeshire District Council; University of Cambridge",
          "City Deal transport and housing programme", "Cllr A Lindqvist (substitute: Cllr F Boateng)", "South Cambridgeshire (accountable body)",
          "M Sorensen, Executive Director Place and Sustainability", "Nil - City Deal grant", null, "N/A", "Joint Assembly; Strategy and Resources Committee", d("2026-03-12"), "Active",
        ]),
        p({ ref: "E3", name: "Cambridgeshire and Peterborough Joint Health Scrutiny Committee", clean: true }, [
          "E3", "Cambridgeshire and Peterborough Joint Health Scrutiny Committee", "Peterborough City Council", "Scrutiny of NHS service changes across both areas",
          "Cllr H Nakamura; Cllr R Dutta (substitute: Cllr E Shaw)", "Cambridgeshire (host)", "D Akinola, Democratic Services Manager", "Officer time", null, "N/A",
          "N/A - is itself a scrutiny committee", d("2026-05-28"), "Active",
        ]),
        p({ ref: "E4", name: "ACCESS Pool Joint Committee", planted: ["commitment-exceeds-approval"] }, [
          "E4", "ACCESS Pool Joint Committee", "Eleven administering authorities of the ACCESS pension pool", "Oversight of the pooled investment of pension fund assets",
          "Cllr A Lindqvist (substitute: Cllr T Ferraro)", "Essex (host)", "J Halvorsen, Head of Pensions", "£85,000", gbp(80000), "Pension Fund Committee 21/03/2026",
          "Pension Fund Committee", d("2026-07-08"), "Active",
        ]),
        p({ ref: "E5", name: "Joint Development Control Committee (Cambridge fringes)", planted: ["scrutiny-missing"] }, [
          "E5", "Joint Development Control Committee (Cambridge fringes)", "Cambridge City Council; South Cambridgeshire District Council",
          "Planning applications on the Cambridge fringe sites", "Cllr F Boateng; Cllr M Grieve (substitute: Cllr E Shaw)", "Cambridge City (host)",
          "M Sorensen, Executive Director Place and Sustainability", "Officer time", null, "N/A", null, d("2026-04-16"), "Active",
        ]),
        p({ ref: "E6", name: "LGSS Joint Committee", planted: ["closed-partnership"], clean: true }, [
          "E6", "LGSS Joint Committee", "Northamptonshire County Council; Milton Keynes Council", "Shared back-office services", "None since dissolution",
          "Cambridgeshire", "S Moyo, Executive Director Finance", "Nil", null, "N/A", "Audit and Accounts Committee", d("2021-03-31"), "Dissolved (March 2021)",
        ]),
        p({ ref: "E7", name: "RECAP Partnership Board", planted: ["unbudgeted-commitment"] }, [
          "E7", "RECAP Partnership Board", "Cambridgeshire districts and Peterborough City Council", "Joint waste minimisation and recycling strategy",
          "Cllr T Ferraro (substitute: Cllr M Grieve)", "Cambridgeshire (host)", "L Oyelowo, Head of Waste", "£42,000", null, null, "Environment and Green Investment Committee",
          d("2026-02-25"), "Active",
        ]),
        p({ ref: "E8", name: "Cambridgeshire and Peterborough Integrated Care Partnership (joint committee)", planted: ["annual-review-overdue"] }, [
          "E8", "Cambridgeshire and Peterborough Integrated Care Partnership (joint committee)", "Peterborough City Council; NHS Cambridgeshire and Peterborough ICB",
          "Integrated care strategy", "Cllr H Nakamura (substitute: Cllr R Dutta)", "Cambridgeshire (host)", "P Quarshie, Executive Director Adults, Health and Commissioning",
          "£25,000", gbp(25000), "Adults and Health Committee 04/12/2025", "Adults and Health Committee", d("2025-06-12"), "Active",
        ]),
      ],
    },
  ],
  registerSheets: ["Joint arrangements"],
  columns: {
    A: "ref",
    B: "name",
    C: "partners",
    D: "purpose",
    E: "representatives",
    F: ["councilIsLead", null],
    G: { roles: ["sponsoringOfficer", "accountableOfficer"] },
    H: "annualContribution",
    I: "approvedAmount",
    J: "budgetApproved",
    K: "scrutiny",
    L: "lastReviewDate",
    M: "status",
  },
};

export default register;
