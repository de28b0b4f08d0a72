// Darlington Borough Council's Audit Committee receives the annual review of significant partnerships each July:
// an annual review proforma per partnership, the remedial actions needed for full compliance with the council's
// governance requirements (its partnership toolkit), and the Council resources used to support each. Here the
// summary table has a three-row header: group headings over sub-groups over the columns. People are invented.
import { b, p, type CorpusRegister } from "../describe.js";

const register: CorpusRegister = {
  id: "darlington-borough",
  publisher: "Darlington Borough Council",
  kind: "borough council (unitary)",
  shape: "three-row header: merged groups (Council resources, Governance toolkit requirements) over sub-groups over columns",
  sources: [
    "https://beta.darlington.gov.uk/your-council/communities/annual-review/",
    "https://democracy.darlington.gov.uk/mgAi.aspx?ID=5968",
    "https://democracy.darlington.gov.uk/mgAi.aspx?ID=11586",
  ],
  today: "2026-11-30",
  saved: "2026-07-10",
  sheets: [
    {
      name: "Significant partnerships",
      widths: [40, 32, 12, 12, 16, 16, 30, 16, 14, 14, 46],
      merges: ["A5:A7", "B5:B7", "C5:D5", "C6:D6", "E5:J5", "E6:F6", "G6:H6", "I6:J6", "K5:K7"],
      rows: [
        [b("Darlington Borough Council")],
        [b("Annual Review of Significant Partnerships 2025/26")],
        ["Audit Committee, 28 July 2026 - summary of the annual review proformas"],
        [],
        [b("Significant partnership"), b("Lead officer"), b("Council resources"), null, b("Governance toolkit requirements"), null, null, null, null, null, b("Remedial actions required")],
        [null, null, b("2026/27"), null, b("Documents"), null, b("Performance"), null, b("Risk"), null, null],
        [null, null, b("Cash"), b("Officer time"), b("Terms of reference"), b("Information sharing protocol"), b("Reported to"), b("Annual review proforma"), b("Risk register"), b("Exit strategy"), null],
        p({ name: "Darlington Partnership", planted: ["risk-register-missing"] }, [
          "Darlington Partnership", "E Garbutt, Head of Policy", "£10,500", "0.5 FTE", "Yes", "Yes", "Cabinet", "Q1 2026/27", "In draft", "Yes", "Complete the partnership risk register",
        ]),
        p({ name: "Health and Wellbeing Board", clean: true }, [
          "Health and Wellbeing Board", "P Ransome, Director of Public Health", "Nil", "0.2 FTE", "Yes", "Yes", "Council (annual report)", "Q1 2026/27", "Yes", "N/A - statutory board", "None",
        ]),
        p({ name: "11 to 19 Partnership", planted: ["information-sharing-missing"] }, [
          "11 to 19 Partnership", "D Hesketh, Assistant Director Education", "£66,000", "1.0 FTE", "Yes", "No", "Children and Young People Scrutiny Committee", "Q4 2025/26", "Yes", "Yes", "Agree an information sharing protocol with schools and colleges",
        ]),
        p({ name: "Stronger Communities Board", planted: ["annual-review-overdue"] }, [
          "Stronger Communities Board", "M Oyedele, Head of Community Services", "£4,000", "0.3 FTE", "Yes", "Yes", "Communities and Local Services Scrutiny Committee", "Q2 2025/26", "Yes", "Yes", "Complete this year's annual review proforma",
        ]),
        p({ name: "Darlington Community Safety Partnership", planted: ["exit-strategy-missing"] }, [
          "Darlington Community Safety Partnership", "M Oyedele, Head of Community Services", "£35,000", "1.5 FTE", "Yes", "Yes", "Communities and Local Services Scrutiny Committee", "Q1 2026/27", "Yes", "No", "Record exit arrangements for the funded projects",
        ]),
        p({ name: "Darlington Safeguarding Partnership", clean: true }, [
          "Darlington Safeguarding Partnership", "J Raine, Director of Children's Services", "£78,000", "1.0 FTE", "Yes", "Yes", "Children and Young People Scrutiny Committee", "Q4 2025/26", "Yes", "N/A - statutory partnership", "None",
        ]),
        p({ name: "Darlington Economic Partnership", clean: true }, [
          "Darlington Economic Partnership", "K Lightfoot, Head of Economic Initiatives", "£12,000", "0.4 FTE", "Yes", "Yes", "Economy and Resources Scrutiny Committee", "Q2 2026/27", "Yes", "Yes", "None",
        ]),
      ],
    },
  ],
  registerSheets: ["Significant partnerships"],
  columns: {
    A: "name",
    B: { roles: ["sponsoringOfficer", "accountableOfficer"] },
    C: "annualContribution",
    D: null,
    E: "governanceDocument",
    F: "informationSharing",
    G: "reportingTo",
    H: "lastReviewDate",
    I: "riskRegister",
    J: "exitStrategy",
    K: null,
  },
};

export default register;
