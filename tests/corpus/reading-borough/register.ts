// Reading Borough Council reviewed its appointments to outside bodies by category (Joint Committees, Council-owned
// Companies, Other Companies, National and Regional Membership Organisations, Partnership Bodies, NHS Partner
// Organisations, VCS and other local organisations), noting where the appointee is a Trustee or Director, any
// funding or contractual relationship with the Council, the contribution to the Corporate Plan, and a
// recommendation to continue or discontinue. Here the register is one sheet per category with the same header.
// Organisations are real; people are invented.
import { b, p, type CorpusRegister, type Row } from "../describe.js";

const HEADER = [
  "Organisation",
  "Appointee(s) and role",
  "Appointed by",
  "Lead officer",
  "Contribution to Corporate Plan priorities",
  "Funding or contractual relationship with the Council",
  "Conflicts declared",
  "Recommendation",
].map(b);

const top = (category: string): Row[] => [[b("Reading Borough Council - appointments to outside bodies 2026/27")], [b(category)], HEADER];

const JOINT = "Joint Committees";
const COMPANIES = "Council-owned Companies";
const PARTNERSHIPS = "Partnership Bodies";
const VCS = "VCS and local organisations";

const register: CorpusRegister = {
  id: "reading-borough",
  publisher: "Reading Borough Council",
  kind: "borough council (unitary; outside bodies)",
  shape: "one sheet per category of outside body, the same header on each",
  sources: ["https://democracy.reading.gov.uk/ieListDocuments.aspx?CId=387&MId=5372", "https://democracy.reading.gov.uk/mgAi.aspx?ID=13435"],
  today: "2026-11-30",
  saved: "2026-06-02",
  sheets: [
    {
      name: JOINT,
      widths: [40, 44, 28, 36, 36, 40, 24, 16],
      rows: [
        ...top(JOINT),
        p({ name: "re3 Joint Waste Disposal Board", clean: true }, [
          "re3 Joint Waste Disposal Board", "Cllr M Adeyinka (Lead Councillor for Environment)", "Policy Committee 18/05/2026", "Assistant Director, Environmental Services",
          "A healthy environment", "£1.9m (Reading's share of the re3 budget)", "Yes", "Continue",
        ]),
        p({ name: "Berkshire Local Transport Body", planted: ["approval-missing"] }, [
          "Berkshire Local Transport Body", "Cllr S Chaudhry (Lead Councillor for Transport)", null, "Assistant Director, Planning, Transport and Public Protection",
          "Thriving communities", "None", "Yes", "Continue",
        ]),
      ],
    },
    {
      name: COMPANIES,
      widths: [40, 44, 28, 36, 36, 40, 24, 16],
      rows: [
        ...top(COMPANIES),
        p({ name: "Reading Transport Ltd (Reading Buses)", planted: ["fiduciary-role"] }, [
          "Reading Transport Ltd (Reading Buses)", "Cllr D Harrington (Director)", "Policy Committee 18/05/2026", "Executive Director of Resources",
          "Thriving communities", "Council is sole shareholder", "Yes - register of interests", "Continue",
        ]),
        p({ name: "Homes for Reading Ltd", planted: ["fiduciary-role", "conflicts-not-recorded"] }, [
          "Homes for Reading Ltd", "Cllr L Nwosu (Director)", "Policy Committee 18/05/2026", "Executive Director of Resources", "Good homes for everyone",
          "Council-owned housing company; loan facility", null, "Continue",
        ]),
      ],
    },
    {
      name: PARTNERSHIPS,
      widths: [40, 44, 28, 36, 36, 40, 24, 16],
      rows: [
        ...top(PARTNERSHIPS),
        p({ name: "Reading Community Safety Partnership", clean: true }, [
          "Reading Community Safety Partnership", "Cllr K Obi (Lead Councillor for Community)", "Policy Committee 18/05/2026", "Assistant Director, Community Safety",
          "Safer communities", "Officer time (the council hosts the partnership team)", "Yes", "Continue",
        ]),
        p({ name: "Berkshire Prosperity Board", planted: ["priority-link-missing"] }, [
          "Berkshire Prosperity Board", "Cllr J Fairweather (Leader of the Council)", "Policy Committee 18/05/2026", "Assistant Director, Economic Growth",
          null, "Annual subscription", "Yes", "Continue",
        ]),
      ],
    },
    {
      name: VCS,
      widths: [40, 44, 28, 36, 36, 40, 24, 16],
      rows: [
        ...top(VCS),
        p({ name: "Reading Voluntary Action", clean: true }, [
          "Reading Voluntary Action", "Cllr T Brennan (observer)", "Policy Committee 18/05/2026", "Assistant Director, Communities", "Thriving communities",
          "£45,000 grant (SLA)", "Yes", "Continue",
        ]),
        p({ name: "South Reading Community Centre Association", planted: ["representative-missing"] }, [
          "South Reading Community Centre Association", "Vacancy", "Policy Committee 18/05/2026", "Assistant Director, Communities", "Thriving communities",
          "Lease of council building", "N/A", "Discontinue - no contact from the organisation",
        ]),
      ],
    },
  ],
  registerSheets: [JOINT, COMPANIES, PARTNERSHIPS, VCS],
  columns: {
    A: "name",
    B: "representatives",
    C: "approvalToParticipate",
    D: { roles: ["sponsoringOfficer", "accountableOfficer"] },
    E: "corporatePriority",
    F: ["annualContribution", null],
    G: "conflictsDeclared",
    H: null,
  },
};

export default register;
