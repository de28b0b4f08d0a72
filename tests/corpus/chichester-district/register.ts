// Chichester District Council's Corporate Governance and Audit Committee receives an annual report on the
// effectiveness of its strategic partnerships (risk assessments on the council's 4x4 matrix, exit strategies), and
// asked for each partnership's membership to be listed. Here each partner organisation has its own row, the
// partnership's own cells only on its first; a register of interests sheet sits beside it. Partnership and partner
// names are public bodies; people are invented.
import { b, d, p, type CorpusRegister, type Row } from "../describe.js";

const REGISTER = "Strategic partnerships";

/** A partner organisation's own row: only the "Partner organisations" cell is filled. */
const partner = (name: string): Row => [null, name];

const register: CorpusRegister = {
  id: "chichester-district",
  publisher: "Chichester District Council",
  kind: "district council",
  shape: "one row per partner organisation (the partnership's cells on its first row only), and a register of interests",
  sources: ["http://chichester.moderngov.co.uk/mgAi.aspx?ID=6350"],
  today: "2026-11-30",
  saved: "2026-11-16",
  sheets: [
    {
      name: REGISTER,
      widths: [44, 40, 34, 40, 14, 14, 28, 14, 30, 26],
      rows: [
        [b("Chichester District Council")],
        [b("Partnerships Report 2026 - Appendix 2: strategic partnerships and their members")],
        ["Corporate Governance and Audit Committee"],
        [],
        [
          "Partnership", "Partner organisations", "CDC lead officer", "Cabinet Member / CDC representative", "Risk register in place",
          "Highest residual risk score (4x4 matrix)", "Exit strategy", "Date of last review", "Reported to", "CDC contribution 2026/27",
        ].map(b),
        p({ name: "Bird Aware Solent (Solent Recreation Mitigation Partnership)", clean: true }, [
          "Bird Aware Solent (Solent Recreation Mitigation Partnership)", "Chichester District Council", "P Vassallo, Planning Policy Manager",
          "Cllr E Marchetti, Cabinet Member for Planning", "Yes", 6, "Yes - in the partnership agreement", d("2026-03-18"), "Overview and Scrutiny Committee",
          "Nil (developer contributions held)",
        ]),
        partner("Portsmouth City Council"),
        partner("Havant Borough Council"),
        partner("Fareham Borough Council"),
        partner("Natural England"),
        p({ name: "Chichester Harbour Conservancy", planted: ["declared-interest-in-partner"] }, [
          "Chichester Harbour Conservancy", "West Sussex County Council", "A Lindholm, Divisional Manager Environmental Protection",
          "Cllr J Ferreira", "Yes", 4, "Yes - statutory provisions", d("2026-05-06"), "Overview and Scrutiny Committee", "£89,000",
        ]),
        partner("Hampshire County Council"),
        partner("Havant Borough Council"),
        partner("Chichester Harbour Trust"),
        p({ name: "Safer Chichester District Partnership", planted: ["risk-register-missing"] }, [
          "Safer Chichester District Partnership", "Sussex Police", "R Abbott, Communities Manager",
          "Cllr H Osei, Cabinet Member for Communities", "Not completed", null, "N/A - statutory partnership", d("2026-02-11"), "Overview and Scrutiny Committee",
          "£15,000",
        ]),
        partner("West Sussex County Council"),
        partner("West Sussex Fire and Rescue Service"),
        partner("NHS Sussex"),
        p({ name: "Manhood Peninsula Partnership", planted: ["exit-strategy-missing"] }, [
          "Manhood Peninsula Partnership", "Environment Agency", "A Lindholm, Divisional Manager Environmental Protection",
          "Cllr E Marchetti, Cabinet Member for Planning", "Yes", 6, "No exit strategy", d("2026-06-24"), "Overview and Scrutiny Committee", "£5,000",
        ]),
        partner("Selsey Town Council"),
        partner("West Sussex County Council"),
        p({ name: "Coastal West Sussex Partnership", planted: ["annual-review-overdue"] }, [
          "Coastal West Sussex Partnership", "Arun District Council", "N Thackeray, Economic Development Manager",
          "Cllr S Kaur, Cabinet Member for Growth", "Yes", 9, "Yes", d("2025-04-30"), "Cabinet", "£12,500",
        ]),
        partner("Adur & Worthing Councils"),
        partner("West Sussex County Council"),
        partner("University of Chichester"),
        partner("Coast to Capital"),
        p({ name: "Chichester Growth Board", planted: ["representative-missing"] }, [
          "Chichester Growth Board", "Chichester BID", "N Thackeray, Economic Development Manager",
          null, "Yes", 4, "Yes - terms of reference allow dissolution", d("2026-09-09"), "Cabinet", "£20,000",
        ]),
        partner("University of Chichester"),
        partner("Chichester College Group"),
        p({ name: "Sussex Air Quality Partnership", clean: true }, [
          "Sussex Air Quality Partnership", "Brighton & Hove City Council", "A Lindholm, Divisional Manager Environmental Protection",
          "Cllr H Osei, Cabinet Member for Communities", "Yes", 2, "Yes - annual membership", d("2026-07-15"), "Overview and Scrutiny Committee", "£4,850 +VAT",
        ]),
        partner("Horsham District Council"),
        partner("Mid Sussex District Council"),
      ],
    },
    {
      name: "Register of interests",
      widths: [30, 36, 36, 16],
      rows: [
        [b("Members' and officers' interests relevant to partnerships")],
        [],
        ["Member / officer", "Organisation", "Nature of interest", "Date declared"].map(b),
        ["Cllr J Ferreira", "Chichester Harbour Trust", "Trustee", d("2026-05-21")],
        ["Cllr E Marchetti", "RSPB", "Member", d("2026-05-21")],
        ["Cllr H Osei", "Bosham Sailing Club", "Member", d("2026-05-21")],
        ["Cllr S Kaur", "Goodwood Education Trust", "Trustee", d("2026-06-02")],
      ],
    },
  ],
  registerSheets: [REGISTER],
  columns: {
    A: "name",
    B: "partners",
    C: { roles: ["sponsoringOfficer", "accountableOfficer"] },
    D: "representatives",
    E: "riskRegister",
    F: null,
    G: "exitStrategy",
    H: "lastReviewDate",
    I: "reportingTo",
    J: "annualContribution",
  },
};

export default register;
