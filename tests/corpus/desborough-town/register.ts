// Desborough Town Council's minutes show how a town council records its partnerships: grants agreed by minute
// ("157.3/18"), the Town Clerk as the officer, the Carnival Committee's grants, the twinning association, the
// community library. Here its register is a short table in a clerk's shorthand: "Partnership / Group", "Risk Reg.",
// "Funding Approved (Minute Ref)", seasons for review dates, and a consultative forum that clause 2.2 puts out of
// scope. Councillors are invented.
import { b, p, type CorpusRegister } from "../describe.js";

const register: CorpusRegister = {
  id: "desborough-town",
  publisher: "Desborough Town Council",
  kind: "town council",
  shape: "short table in a clerk's shorthand; posts as officers; seasons as review dates",
  sources: ["https://dokumen.tips/download/link/minutes-of-the-meeting-of-desborough-town-council-held-on-2019-2-13-cllr-draycott.html"],
  today: "2026-11-30",
  saved: "2026-11-04",
  sheets: [
    {
      name: "Partnerships",
      widths: [46, 40, 30, 18, 22, 16, 9, 14, 40],
      rows: [
        [b("Desborough Town Council")],
        [b("Register of Partnerships & Groups")],
        ["Maintained by the Town Clerk for the Policy & Resources Committee"],
        [],
        ["Partnership / Group", "Type", "Council rep(s)", "Lead Officer", "Contribution 2026/27", "Funding Approved (Minute Ref)", "Risk Reg.", "Review", "Notes"].map(b),
        p({ name: "Desborough Carnival Committee", clean: true }, [
          "Desborough Carnival Committee", "Informal partnership (community event)", "Cllr G Holm; Cllr P Sayer", "Town Clerk", "£3,725 grant", "157.3/25", "Y", "Spring 2026",
          "Grant towards carnival costs",
        ]),
        p({ name: "Desborough Twinning Association (Esch)", planted: ["risk-register-missing"] }, [
          "Desborough Twinning Association (Esch)", "Charitable association", "Cllr I Jameson", "Deputy Town Clerk", "£500 pa", "146.2/25", "N", "Mar-26", "Charter town visit 2026",
        ]),
        p({ name: "Desborough Library (community managed)", planted: ["unbudgeted-commitment"] }, [
          "Desborough Library (community managed)", "Partnership agreement with North Northamptonshire Council", "Cllr R Okonkwo", "Town Clerk", "£2,500", null, "Y", "Mar-26",
          "Business plan agreed with NNC",
        ]),
        p({ name: "Leisure Centre Users' Consultative Forum", planted: ["out-of-scope"], clean: true }, [
          "Leisure Centre Users' Consultative Forum", "Consultative forum", "Cllr P Sayer", "Town Clerk", "Nil", "N/A", "N/A", "Autumn 2025", "Meets twice a year",
        ]),
        p({ name: "Heritage Trail (with Desborough Civic Society)", planted: ["annual-review-overdue"] }, [
          "Heritage Trail (with Desborough Civic Society)", "Informal partnership", "Cllr G Holm", "Town Clerk", "Officer time", "N/A", "Y", "Autumn 2024", "Phase 2 signage",
        ]),
        p({ name: "Desborough & Rothwell Community Speedwatch", clean: true }, [
          "Desborough & Rothwell Community Speedwatch", "Informal partnership with Northamptonshire Police", "Cllr P Sayer", "Town Clerk", "£350 (equipment)", "172.1/25", "Y", "Oct-26",
          "",
        ]),
        p({ name: "Youth Club (with Youth Works CIO)", clean: true }, [
          "Youth Club (with Youth Works CIO)", "Partnership agreement", "Cllr I Jameson; Cllr R Okonkwo", "Town Clerk / RFO", "£1,200 subscription", "163/25", "Y", "Q1 2026/27",
          "Two sessions a week",
        ]),
      ],
    },
  ],
  registerSheets: ["Partnerships"],
  columns: {
    A: "name",
    B: "legalForm",
    C: "representatives",
    D: { roles: ["sponsoringOfficer", "accountableOfficer"] },
    E: "annualContribution",
    F: "budgetApproved",
    G: "riskRegister",
    H: "lastReviewDate",
    I: null,
  },
};

export default register;
