// North Yorkshire Council reports the governance of its partnerships to Audit Committee every year: partnerships in
// scope are strategic, have elected Members on the governing board, a financial input of £50k a year or more, the
// council as accountable body, or a high or medium overall risk ranking from the partnership governance risk
// assessment. Here the appendix register has a two-row header with merged group headings ("Governance",
// "Risk register", "Council resources"). People are invented.
import { b, d, p, type CorpusRegister } from "../describe.js";

const row = (cells: (string | Date)[]) => cells;

const register: CorpusRegister = {
  id: "north-yorkshire-county",
  publisher: "North Yorkshire Council",
  kind: "county council (now unitary)",
  shape: "two-row header with merged group headings (Governance, Risk register, Council resources)",
  sources: [
    "https://www.northyorks.gov.uk/info/annual-governance-statement-201920",
    "https://northyorks.gov.uk/your-council/council-plan-constitution-and-strategies/strategies-plans-and-policies/local-code-corporate-governance-march-2024",
    "(search result without address) North Yorkshire Council, Audit Committee 23 October 2023: Annual Report on Partnership Governance 2022/2023",
  ],
  today: "2026-11-30",
  saved: "2026-11-09",
  sheets: [
    {
      name: "Appendix A",
      widths: [42, 26, 34, 32, 32, 12, 14, 14, 14, 10, 12, 30, 30, 14, 12],
      merges: ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:I5", "J5:K5", "L5:M5", "N5:N6", "O5:O6"],
      rows: [
        [b("North Yorkshire Council")],
        [b("Annual Report on Partnership Governance 2025/26 - Appendix A: register of partnerships")],
        ["Audit Committee, 23 November 2026"],
        [],
        [
          "Partnership", "Directorate", "Sponsoring director", "Lead officer (monitoring)", "Elected Members on governing board", "Accountable body?",
          "Governance", null, null, "Risk register", null, "Council resources", null, "Date of last review", "Overall risk ranking",
        ].map(b),
        [null, null, null, null, null, null, "Terms of reference", "Exit strategy", "Information sharing", "In place?", "Last reviewed", "2026/27", "Approved", null, null].map(b),
        p({ name: "North Yorkshire Safeguarding Children Partnership", clean: true }, row([
          "North Yorkshire Safeguarding Children Partnership", "Children and Young People's Service", "C Ashworth, Corporate Director CYPS", "L Brennan, Partnership Manager",
          "Cllr A Prentice", "Yes", "Yes", "Yes", "Yes", "Yes", d("2026-03-18"), "£310,000", "Yes - Executive 14/01/2026", d("2026-05-12"), "Medium",
        ])),
        p({ name: "Better Care Fund (section 75 with Humber and North Yorkshire ICB)", planted: ["risk-register-review-overdue"] }, row([
          "Better Care Fund (section 75 with Humber and North Yorkshire ICB)", "Health and Adult Services", "R Haigh, Corporate Director HAS", "M Kaur, Head of Integration",
          "Cllr D Mahmood", "Yes", "Yes", "Yes", "Yes", "Yes", d("2025-06-30"), "£62.4m (pooled)", "Yes - Executive 14/01/2026", d("2026-05-20"), "High",
        ])),
        p({ name: "North Yorkshire Local Resilience Forum", planted: ["annual-review-overdue"] }, row([
          "North Yorkshire Local Resilience Forum", "Central Services", "J Featherstone, Assistant Chief Executive", "S Oduya, Head of Resilience and Emergencies",
          "Cllr A Prentice", "No", "Yes", "Yes", "Yes", "Yes", d("2026-09-01"), "£95,000", "Yes - 2026/27 budget", d("2025-07-15"), "Medium",
        ])),
        p({ name: "North Yorkshire Community Safety Partnership", planted: ["unbudgeted-commitment"] }, row([
          "North Yorkshire Community Safety Partnership", "Community Development", "H Sowerby, Corporate Director Community Development", "T Marsh, Community Safety Manager",
          "Cllr G Lund; Cllr A Prentice", "No", "Yes", "Yes", "Yes", "Yes", d("2026-04-14"), "£120,000", "No", d("2026-06-02"), "Medium",
        ])),
        p({ name: "Nidderdale National Landscape Partnership", planted: ["exit-strategy-missing"] }, row([
          "Nidderdale National Landscape Partnership", "Environment", "K Ibbotson, Corporate Director Environment", "F Hoyle, National Landscape Manager",
          "Cllr P Birtwhistle", "Yes", "Yes", "No", "N/A", "Yes", d("2026-02-10"), "£88,000", "Yes - 2026/27 budget", d("2026-02-24"), "Low",
        ])),
        p({ name: "North Yorkshire Sport (Active Partnership)", planted: ["information-sharing-missing"] }, row([
          "North Yorkshire Sport (Active Partnership)", "Community Development", "H Sowerby, Corporate Director Community Development", "R Iqbal, Active Communities Lead",
          "Cllr G Lund", "No", "Yes", "Yes", "No", "Yes", d("2026-05-05"), "£55,000", "Yes - 2026/27 budget", d("2026-07-08"), "Low",
        ])),
        p({ name: "York and North Yorkshire Growth Hub", clean: true }, row([
          "York and North Yorkshire Growth Hub", "Economic Development", "N Carr, Assistant Director Economic Development", "B Ellison, Business Support Manager",
          "Cllr D Mahmood", "Yes", "Yes", "Yes", "Yes", "Yes", d("2026-01-20"), "£45,000 (feasibility studies)", "Yes - Executive 14/01/2026", d("2026-04-16"), "Medium",
        ])),
        p({ name: "Yorkshire Dales and Harrogate Tourism Partnership", clean: true }, row([
          "Yorkshire Dales and Harrogate Tourism Partnership", "Economic Development", "N Carr, Assistant Director Economic Development", "V Oldroyd, Visitor Economy Officer",
          "Cllr P Birtwhistle", "No", "Yes", "Yes", "N/A", "Yes", d("2026-06-11"), "Officer time", "N/A", d("2026-09-29"), "Low",
        ])),
      ],
    },
  ],
  registerSheets: ["Appendix A"],
  columns: {
    A: "name",
    B: "directorate",
    C: "sponsoringOfficer",
    D: "accountableOfficer",
    E: "representatives",
    F: ["councilIsLead", null],
    G: "governanceDocument",
    H: "exitStrategy",
    I: "informationSharing",
    J: "riskRegister",
    K: "riskRegisterReviewed",
    L: "annualContribution",
    M: "budgetApproved",
    N: "lastReviewDate",
    O: ["significance", null],
  },
};

export default register;
