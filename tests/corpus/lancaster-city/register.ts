// Lancaster City Council mapped its partnerships and scored the significant ones with a Partnership Assessment
// Scorecard (PAS): 'major', 'moderate' or 'limited' significance. The council's own scorecard layout is not in the
// source; here it is written as councils often write a comparison of a few partnerships: transposed, one
// partnership per column, the questions down column A. People are invented.
import { b, d, type CorpusRegister, type Cell } from "../describe.js";

const names = [
  "Lancaster District Community Safety Partnership",
  "City and County Museums Partnership",
  "Arnside & Silverdale National Landscape Partnership",
  "Morecambe Bay Partnership",
  "Eden Project Morecambe Delivery Partnership",
  "Lancaster District Homelessness Partnership",
];

const line = (label: string, ...values: Cell[]): Cell[] => [b(label), ...values];

const register: CorpusRegister = {
  id: "lancaster-city",
  publisher: "Lancaster City Council",
  kind: "city council (district)",
  shape: "transposed: one partnership per column, the questions down column A",
  sources: ["https://committeeadmin.lancaster.gov.uk/mgAi.aspx?ID=17204"],
  today: "2026-11-30",
  saved: "2026-10-20",
  sheets: [
    {
      name: "PAS scorecard",
      widths: [34, 30, 30, 30, 30, 30, 30],
      rows: [
        [b("Lancaster City Council")],
        [b("Partnership Assessment Scorecard (PAS) - significant partnerships 2026/27")],
        [],
        line("Partnership", ...names),
        line("Significance (PAS)", "Major", "Moderate", "Moderate", "Major", "Major", "Limited"),
        line(
          "Lead officer",
          "D Whitlow, Community Safety Manager",
          "R Sarwar, Head of Culture",
          "M Ashton, Planning and Place Manager",
          "M Ashton, Planning and Place Manager",
          "K Brannigan, Director of Economic Growth",
          "O Nakamura, Housing Strategy Manager",
        ),
        line(
          "Cabinet member",
          "Cllr L Ferris",
          "Cllr G Tomlinson",
          "Cllr N Qureshi",
          "Cllr N Qureshi",
          "Cllr G Tomlinson",
          "Cllr A Bolton",
        ),
        line("Corporate priority", "Healthy and happy communities", null, "A sustainable district", "A sustainable district", "An inclusive and prosperous local economy", "Healthy and happy communities"),
        line("Terms of reference / agreement", "Yes", "Yes - museums agreement with the county council", "Yes", "Yes", "Yes - collaboration agreement", "Yes"),
        line("Risk register", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes"),
        line("Exit strategy", "N/A - statutory", "Yes", "Yes", "Not agreed", "Yes", "Yes"),
        line("Last evaluation", d("2026-03-12"), d("2026-06-30"), d("2026-01-28"), d("2026-05-19"), d("2026-09-14"), "Autumn 2024"),
        line("Council contribution 2026/27", "£22,000", "£148,000", "£9,400", "£15,000", "£250,000", "Officer time"),
        line("Budget approved", "Yes - Budget Council Feb 2026", "Yes - Budget Council Feb 2026", "Yes - Budget Council Feb 2026", "Yes - Budget Council Feb 2026", "Awaiting Cabinet decision", "N/A"),
        line("PAS score", 31, 24, 22, 29, 34, 14),
      ],
      partnershipColumns: [
        { column: "B", p: { name: names[0]!, clean: true } },
        { column: "C", p: { name: names[1]!, planted: ["priority-link-missing"] } },
        { column: "D", p: { name: names[2]!, clean: true } },
        { column: "E", p: { name: names[3]!, planted: ["exit-strategy-missing"] } },
        { column: "F", p: { name: names[4]!, planted: ["unbudgeted-commitment"] } },
        { column: "G", p: { name: names[5]!, planted: ["annual-review-overdue"] } },
      ],
    },
  ],
  registerSheets: ["PAS scorecard"],
  columns: {
    Partnership: "name",
    "Significance (PAS)": "significance",
    "Lead officer": { roles: ["sponsoringOfficer", "accountableOfficer"] },
    "Cabinet member": "representatives",
    "Corporate priority": "corporatePriority",
    "Terms of reference / agreement": "governanceDocument",
    "Risk register": "riskRegister",
    "Exit strategy": "exitStrategy",
    "Last evaluation": "lastReviewDate",
    "Council contribution 2026/27": "annualContribution",
    "Budget approved": "budgetApproved",
    "PAS score": null,
  },
};

export default register;
